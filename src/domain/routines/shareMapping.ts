// Fitting a shared routine to this home: which of this home's devices, rooms and routines stand in
// for the ones it names. suggestMapping guesses, in an order a person can predict (the same id,
// then the same name, then a device of that kind in a room of that name); the person corrects
// the guesses; applyMapping builds the routine, or says what is still to choose. A routine never
// gets a device of another kind than the one it was written for.
import { DOMAIN_WORDS, type Area, type Entity, type Home } from '../home/model.ts';
import { importedName } from '../sharing/names.ts';
import { routineSchema, type Routine } from './model.ts';
import { own, type SharedDevice, type SharedRoutine } from './shareFormat.ts';
import { routineRefs, swapRefs } from './shareRefs.ts';

/** Ids in the shared routine → ids in this home; undefined: not chosen yet. */
export interface ImportMapping {
  devices: Record<string, string | undefined>;
  areas: Record<string, string | undefined>;
  routines: Record<string, string | undefined>;
}

export interface DeviceChoice {
  /** Its id in the shared routine. */
  id: string;
  device: SharedDevice;
  /** This home's devices that can stand in for it: the same kind; the same class first. */
  candidates: Entity[];
  suggested: string | undefined;
}

export interface AreaChoice {
  id: string;
  name: string;
  candidates: Area[];
  suggested: string | undefined;
}

export interface RoutineChoice {
  id: string;
  name: string;
  candidates: Routine[];
  suggested: string | undefined;
}

export interface ImportPlan {
  /** Devices and people, in the order the routine first mentions them. */
  devices: DeviceChoice[];
  areas: AreaChoice[];
  routines: RoutineChoice[];
  /** The suggestions, ready to be changed by the person. */
  mapping: ImportMapping;
}

/** Names as people see them: "Living Room " is "living room". */
const same = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() ===
  b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function deviceClassOf(entity: Entity): string | undefined {
  return 'device_class' in entity.attributes ? entity.attributes.device_class : undefined;
}

/** A temperature sensor cannot stand in for a humidity one; a blind for a curtain can. */
const CLASS_MATTERS = new Set<Entity['domain']>(['sensor', 'binary_sensor']);

function candidatesFor(device: SharedDevice, home: Home): Entity[] {
  const sameKind = home.entities.filter((e) => e.domain === device.domain);
  if (device.deviceClass === undefined) return sameKind;
  const cls = device.deviceClass;
  return [
    ...sameKind.filter((e) => deviceClassOf(e) === cls),
    ...sameKind.filter((e) => deviceClassOf(e) !== cls),
  ];
}

function suggestDevices(shared: SharedRoutine, home: Home): DeviceChoice[] {
  const ids = routineRefs(shared.routine).entities;
  const choices = ids.flatMap((id) => {
    const device = own(shared.devices, id);
    return device ? [{ id, device, candidates: candidatesFor(device, home) }] : [];
  });
  const areaName = (e: Entity) => home.areas.find((a) => a.id === e.area)?.name;
  const chosen = new Map<string, string>();
  const used = new Set<string>();
  // Passes, each over every device, so a weak guess for one device never takes what a strong
  // guess would give another: the same id, then the same name, then the same room's name.
  const pass = (pick: (c: (typeof choices)[number]) => Entity | undefined) => {
    for (const choice of choices) {
      if (chosen.has(choice.id)) continue;
      const found = pick(choice);
      if (found) {
        chosen.set(choice.id, found.id);
        used.add(found.id);
      }
    }
  };
  pass(({ id, candidates }) => candidates.find((e) => e.id === id));
  pass(({ device, candidates }) => candidates.find((e) => same(e.name, device.name)));
  pass(({ device, candidates }) => {
    const room = device.area;
    if (room === undefined) return undefined;
    const inRoom = candidates.filter((e) => {
      const name = areaName(e);
      return name !== undefined && same(name, room);
    });
    const fits = CLASS_MATTERS.has(device.domain)
      ? inRoom.filter((e) => deviceClassOf(e) === device.deviceClass)
      : inRoom;
    // Two lamps of one room go to two lamps here, while there are enough.
    return fits.find((e) => !used.has(e.id)) ?? fits[0];
  });
  return choices.map((c) => ({ ...c, suggested: chosen.get(c.id) }));
}

export function suggestMapping(
  shared: SharedRoutine,
  home: Home,
  routines: readonly Routine[],
): ImportPlan {
  const refs = routineRefs(shared.routine);
  const devices = suggestDevices(shared, home);
  const areas: AreaChoice[] = refs.areas.map((id) => {
    const name = own(shared.areas, id) ?? id;
    const match = home.areas.find((a) => a.id === id) ?? home.areas.find((a) => same(a.name, name));
    return { id, name, candidates: home.areas, suggested: match?.id };
  });
  const byName = [...routines].sort((a, b) => a.name.localeCompare(b.name));
  const runs: RoutineChoice[] = refs.routines.map((id) => {
    const name = own(shared.routines, id) ?? id;
    return {
      id,
      name,
      candidates: byName,
      suggested: byName.find((r) => same(r.name, name))?.id,
    };
  });
  const toRecord = (list: readonly { id: string; suggested: string | undefined }[]) =>
    Object.fromEntries(list.map((c) => [c.id, c.suggested]));
  return {
    devices,
    areas,
    routines: runs,
    mapping: { devices: toRecord(devices), areas: toRecord(areas), routines: toRecord(runs) },
  };
}

/** The routine's own name, or "… (imported)" when this home already has a routine called so. */
export function suggestName(shared: SharedRoutine, routines: readonly Routine[]): string {
  return importedName(
    shared.routine.name,
    routines.map((r) => r.name),
    120,
  );
}

export type ApplyResult = { ok: true; routine: Routine } | { ok: false; problems: string[] };

const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

function deviceProblem(device: SharedDevice, chosen: Entity | undefined): string | undefined {
  const person = device.domain === 'person';
  if (!chosen)
    return person
      ? `Choose who “${device.name}” is in this home.`
      : `Choose which device is “${device.name}” in this home.`;
  if (chosen.domain !== device.domain)
    return `“${chosen.name}” is ${an(DOMAIN_WORDS[chosen.domain].one)}, and “${device.name}” is ${an(DOMAIN_WORDS[device.domain].one)}: choose ${person ? 'a person' : `${an(DOMAIN_WORDS[device.domain].one)}`} for “${device.name}”.`;
  return undefined;
}

/**
 * The routine to save: the shared one with this home's ids, a fresh id and dates, switched on.
 * Its phrases, times and values are kept as they are. Problems name everything still to choose.
 */
export function applyMapping(
  shared: SharedRoutine,
  mapping: ImportMapping,
  target: { home: Home; routines: readonly Routine[] },
  make: { id: string; now: number; name?: string },
): ApplyResult {
  const refs = routineRefs(shared.routine);
  const problems: string[] = [];
  // In the order the import page shows them: devices, then people, rooms, routines.
  const people = new Set(
    refs.entities.filter((id) => own(shared.devices, id)?.domain === 'person'),
  );
  const entities = [
    ...refs.entities.filter((id) => !people.has(id)),
    ...refs.entities.filter((id) => people.has(id)),
  ];
  for (const id of entities) {
    const device = own(shared.devices, id);
    if (!device) continue;
    const chosenId = own(mapping.devices, id);
    const chosen = target.home.entities.find((e) => e.id === chosenId);
    const problem = deviceProblem(device, chosen);
    if (problem) problems.push(problem);
  }
  for (const id of refs.areas) {
    const chosenId = own(mapping.areas, id);
    if (!target.home.areas.some((a) => a.id === chosenId))
      problems.push(`Choose which room is “${own(shared.areas, id) ?? id}” in this home.`);
  }
  for (const id of refs.routines) {
    const chosenId = own(mapping.routines, id);
    if (!target.routines.some((r) => r.id === chosenId))
      problems.push(`Choose which routine is “${own(shared.routines, id) ?? id}” in this home.`);
  }
  const name = (make.name ?? shared.routine.name).trim();
  if (name === '') problems.push('Give the routine a name.');
  else if (name.length > 120) problems.push('The name is too long: 120 characters at most.');
  if (problems.length > 0) return { ok: false, problems };

  const swap = (record: Record<string, string | undefined>) => (id: string) =>
    own(record, id) ?? id;
  const body = swapRefs(shared.routine, {
    entity: swap(mapping.devices),
    area: swap(mapping.areas),
    routine: swap(mapping.routines),
  });
  const routine: Routine = {
    ...body,
    id: make.id,
    name,
    enabled: true,
    createdAt: make.now,
    updatedAt: make.now,
  };
  // The parts were checked one by one; the whole is checked too, so nothing invalid is saved.
  const checked = routineSchema.safeParse(routine);
  if (!checked.success)
    return {
      ok: false,
      problems: ['This routine can’t be added: it doesn’t fit this home as it is.'],
    };
  return { ok: true, routine: checked.data };
}
