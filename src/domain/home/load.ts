// Loading a home file in Home Assistant's shape (DESIGN §2) into the model. Files are looser
// than the model: areas and floors are referred to by name or id, ids may have capitals or
// spaces, attributes are missing or in Home Assistant's own units, and there are domains and
// sensor classes the simulation does not have. The loader fills defaults per domain, converts,
// and skips what it cannot simulate — saying so in `warnings`. Only a file that cannot be read as
// a home at all (not an object, no entity list, entities without ids, duplicate ids) fails, with
// errors that say where ("entities[3]: no id").
import type { Area, Entity, Floor, Home } from './model.ts';
import { homeSchema } from './model.ts';
import type { Context, Loaded, Skip } from './loadDevices.ts';
import {
  loadCover,
  loadFan,
  loadLight,
  loadLock,
  loadMedia,
  loadPerson,
  loadSwitch,
} from './loadDevices.ts';
import { loadBinarySensor, loadClimate, loadSensor } from './loadMeasured.ts';
import {
  isObject,
  nameFromId,
  num,
  objectSlug,
  slug,
  temperatureUnit,
  text,
  type Loose,
} from './loadValues.ts';

export type LoadResult =
  { ok: true; home: Home; warnings: string[] } | { ok: false; errors: string[] };

const CONVERTERS: Record<string, (e: Loaded, ctx: Context) => Entity | Skip> = {
  light: loadLight,
  switch: loadSwitch,
  fan: loadFan,
  cover: loadCover,
  lock: loadLock,
  climate: loadClimate,
  media_player: loadMedia,
  sensor: loadSensor,
  binary_sensor: loadBinarySensor,
  person: loadPerson,
};

const MAX_ERRORS = 50;
/** A floor before levels are given to those the file left without. */
type PendingFloor = Omit<Floor, 'level'> & { level: number | undefined };
const shortName = (s: string): string => s.slice(0, 120);

/** Areas and floors, found by id or by name (case-insensitive), as home files do both. */
class Places<P extends { id: string; name: string }> {
  readonly list: P[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, string>();

  add(place: P, index: number): number | undefined {
    const previous = this.byId.get(place.id);
    if (previous !== undefined) return previous;
    this.byId.set(place.id, index);
    if (!this.byName.has(place.name.toLowerCase()))
      this.byName.set(place.name.toLowerCase(), place.id);
    this.list.push(place);
    return undefined;
  }

  find(ref: string): string | undefined {
    const id = slug(ref);
    return this.byId.has(id) ? id : this.byName.get(ref.trim().toLowerCase());
  }
}

function listOf(file: Loose, key: string, errors: string[], required: boolean): unknown[] {
  const value = file[key];
  if (value === undefined && !required) return [];
  if (Array.isArray(value)) return value;
  errors.push(
    value === undefined
      ? `"${key}" is missing: a home file lists its entities`
      : `"${key}" is not a list`,
  );
  return [];
}

/** Reads id and name of a floor or area; both may stand in for the other. */
function place(
  raw: unknown,
  where: string,
  idKey: string,
  errors: string[],
): { id: string; name: string } | undefined {
  if (!isObject(raw)) {
    errors.push(`${where}: not an object`);
    return undefined;
  }
  const given = text(raw.id) ?? text(raw[idKey]);
  const name = text(raw.name);
  if (given === undefined && name === undefined) {
    errors.push(`${where}: no id or name`);
    return undefined;
  }
  const id = slug(given ?? name ?? '');
  if (id === '') {
    errors.push(`${where}: id "${given ?? name}" has no letters or digits`);
    return undefined;
  }
  return { id, name: shortName(name ?? nameFromId(id)) };
}

export function loadHomeFile(input: unknown): LoadResult {
  if (!isObject(input))
    return {
      ok: false,
      errors: ['a home file is a JSON object with "floors", "areas" and "entities"'],
    };
  // A whole corpus file ({ fixtures: { ... } }) is accepted too: its home is the fixtures.
  const file = input.entities === undefined && isObject(input.fixtures) ? input.fixtures : input;
  const errors: string[] = [];
  const warnings: string[] = [];
  const rawFloors = listOf(file, 'floors', errors, false);
  const rawAreas = listOf(file, 'areas', errors, false);
  const rawEntities = listOf(file, 'entities', errors, true);
  if (errors.length > 0) return { ok: false, errors };
  const unit = temperatureUnit(file.temperature_unit ?? file.unit_system) ?? 'C';

  const floors = new Places<PendingFloor>();
  rawFloors.forEach((raw, i) => {
    const p = place(raw, `floors[${i}]`, 'floor_id', errors);
    if (!p) return;
    const level = num((raw as Loose).level);
    const twin = floors.add(
      { ...p, level: level === undefined ? undefined : Math.round(level) },
      i,
    );
    if (twin !== undefined)
      errors.push(`floors[${i}]: duplicate id "${p.id}" (also floors[${twin}])`);
  });

  const areas = new Places<Area>();
  const floorOf = (ref: string, where: string): string => {
    const found = floors.find(ref);
    if (found) return found;
    const id = slug(ref) || 'floor';
    warnings.push(`${where}: floor "${ref}" is not in the file's floors; added it`);
    floors.add({ id, name: shortName(ref), level: undefined }, -1);
    return id;
  };
  rawAreas.forEach((raw, i) => {
    const p = place(raw, `areas[${i}]`, 'area_id', errors);
    if (!p) return;
    const ref = text((raw as Loose).floor) ?? text((raw as Loose).floor_id);
    const twin = areas.add(
      { ...p, ...(ref ? { floor: floorOf(ref, `areas[${i}] (${p.id})`) } : {}) },
      i,
    );
    if (twin !== undefined)
      errors.push(`areas[${i}]: duplicate id "${p.id}" (also areas[${twin}])`);
  });
  const areaOf = (ref: string, where: string): string => {
    const found = areas.find(ref);
    if (found) return found;
    const id = slug(ref) || 'area';
    warnings.push(`${where}: area "${ref}" is not in the file's areas; added it`);
    areas.add({ id, name: shortName(ref) }, -1);
    return id;
  };

  const entities: Entity[] = [];
  const seen = new Map<string, number>();
  rawEntities.forEach((raw, i) => {
    if (!isObject(raw)) return void errors.push(`entities[${i}]: not an object`);
    const given = text(raw.id) ?? text(raw.entity_id);
    if (given === undefined) return void errors.push(`entities[${i}]: no id`);
    const dot = given.indexOf('.');
    const prefix = dot > 0 ? given.slice(0, dot).trim().toLowerCase() : undefined;
    const domain = text(raw.domain)?.toLowerCase() ?? prefix;
    if (domain === undefined)
      return void errors.push(
        `entities[${i}] (${given}): no domain, and the id does not start with one`,
      );
    const objectId = objectSlug(dot > 0 ? given.slice(dot + 1) : given);
    if (objectId === '')
      return void errors.push(`entities[${i}] (${given}): id has no letters or digits`);
    const id = `${objectSlug(domain)}.${objectId}`;
    const twin = seen.get(id);
    if (twin !== undefined)
      return void errors.push(`entities[${i}]: duplicate id "${id}" (also entities[${twin}])`);
    seen.set(id, i);

    const where = `entities[${i}] (${id})`;
    const convert = CONVERTERS[domain];
    if (!convert)
      return void warnings.push(`${where}: skipped: the "${domain}" domain is not simulated`);
    if (prefix !== undefined && prefix !== domain)
      warnings.push(`${where}: id "${given}" does not start with its domain "${domain}"`);
    else if (id !== given) warnings.push(`${where}: id "${given}" written as "${id}"`);
    if (raw.attributes !== undefined && !isObject(raw.attributes))
      warnings.push(`${where}: attributes are not an object; ignored`);

    const areaRef = text(raw.area) ?? text(raw.area_id);
    const aliases = (Array.isArray(raw.aliases) ? raw.aliases : [])
      .flatMap((a) => text(a) ?? [])
      .map(shortName)
      .slice(0, 20);
    const loaded: Loaded = {
      id,
      name: shortName(text(raw.name) ?? nameFromId(objectId)),
      ...(areaRef === undefined ? {} : { area: areaOf(areaRef, where) }),
      ...(aliases.length > 0 ? { aliases } : {}),
      state: text(raw.state),
      attributes: isObject(raw.attributes) ? raw.attributes : {},
    };
    const result = convert(loaded, {
      warn: (m) => warnings.push(`${where}: ${m}`),
      temperatureUnit: unit,
    });
    if ('skip' in result) warnings.push(`${where}: skipped: ${result.skip}`);
    else entities.push(result);
  });

  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  const home = { floors: withLevels(floors.list), areas: areas.list, entities };
  const parsed = homeSchema.safeParse(home);
  if (!parsed.success) {
    return {
      ok: false,
      errors: capped(parsed.error.issues.map((issue) => describeIssue(issue, home.entities))),
    };
  }
  return { ok: true, home: parsed.data, warnings };
}

/** Floors without a level get the next free levels in file order (0, 1, 2 …). */
function withLevels(list: PendingFloor[]): Floor[] {
  const used = new Set(list.flatMap((f) => (f.level === undefined ? [] : [f.level])));
  let next = 0;
  return list.map((f) => {
    if (f.level !== undefined) return { id: f.id, name: f.name, level: f.level };
    while (used.has(next)) next++;
    used.add(next);
    return { id: f.id, name: f.name, level: next };
  });
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`];
}

function describeIssue(
  issue: { path: PropertyKey[]; message: string },
  entities: Entity[],
): string {
  let where = '';
  issue.path.forEach((key, n) => {
    if (typeof key === 'number') {
      where += `[${key}]`;
      const entity = n === 1 && issue.path[0] === 'entities' ? entities[key] : undefined;
      if (entity) where += ` (${entity.id})`;
    } else where += where === '' ? String(key) : `.${String(key)}`;
  });
  return `${where || 'home'}: ${issue.message}`;
}
