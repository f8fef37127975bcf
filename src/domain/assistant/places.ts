// Rooms and floors in words, and how to name a group of devices the way a person would: "the
// Kitchen ceiling and the Kitchen counter lights", or past two, "3 lights in the Kitchen".
import { deviceKind } from '../home/capabilities.ts';
import { DOMAIN_WORDS, type Area, type Entity, type Home } from '../home/model.ts';
import type { Slots } from '../language/types.ts';
import { joinList, plural, theName } from './words.ts';

export function areaById(home: Home, id: string | undefined): Area | undefined {
  return id === undefined ? undefined : home.areas.find((area) => area.id === id);
}

export function areaByName(home: Home, name: string | undefined): Area | undefined {
  if (name === undefined) return undefined;
  const wanted = name.trim().toLowerCase();
  return home.areas.find((area) => area.name.toLowerCase() === wanted || area.id === wanted);
}

/** "in the Kitchen". */
export const inArea = (area: Area) => `in the ${area.name}`;

/** "upstairs", "on the Ground floor". */
export function onFloor(name: string): string {
  return /^(up|down)stairs$/i.test(name) ? name.toLowerCase() : `on the ${name}`;
}

/** Where all these devices are, if they share a room (or else a floor): "in the Kitchen". */
export function wherePhrase(home: Home, entities: readonly Entity[]): string | undefined {
  const areaIds = new Set(entities.map((entity) => entity.area));
  if (areaIds.size !== 1) {
    const floors = new Set(entities.map((entity) => areaById(home, entity.area)?.floor));
    const [floorId] = [...floors];
    if (floors.size !== 1 || floorId === undefined) return undefined;
    const floor = home.floors.find((f) => f.id === floorId);
    return floor ? onFloor(floor.name) : undefined;
  }
  const area = areaById(home, entities[0]?.area);
  return area ? inArea(area) : undefined;
}

export interface KindWords {
  one: string;
  many: string;
}

/** What to call these devices together: "light(s)", "plug(s)"; "device(s)" when they differ. */
export function commonKind(entities: readonly Entity[]): KindWords {
  const kinds = new Set(entities.map(deviceKind));
  const [kind] = [...kinds];
  if (kinds.size === 1 && kind !== undefined) return { one: kind, many: plural(kind) };
  const domains = new Set(entities.map((entity) => entity.domain));
  const [domain] = [...domains];
  if (domains.size === 1 && domain !== undefined) return DOMAIN_WORDS[domain];
  return { one: 'device', many: 'devices' };
}

/** "1 light", "3 lights". */
export const countOf = (n: number, kind: KindWords) => `${n} ${n === 1 ? kind.one : kind.many}`;

/** Up to this many kinds are counted one by one: "2 lights and 2 plugs"; more are "devices". */
const KINDS_COUNTED = 3;

/** "3 lights", "2 lights and 2 plugs", "7 devices". */
function countKinds(entities: readonly Entity[]): string {
  const byKind = new Map<string, Entity[]>();
  for (const entity of entities) {
    const kind = deviceKind(entity);
    byKind.set(kind, [...(byKind.get(kind) ?? []), entity]);
  }
  if (byKind.size === 1 || byKind.size > KINDS_COUNTED)
    return countOf(entities.length, commonKind(entities));
  return joinList([...byKind.values()].map((group) => countOf(group.length, commonKind(group))));
}

/** "3 lights in the Kitchen", "5 lights upstairs", "2 lights and 2 plugs in the Kitchen". */
export function countPhrase(home: Home, entities: readonly Entity[]): string {
  const where = wherePhrase(home, entities);
  const what = countKinds(entities);
  return where ? `${what} ${where}` : what;
}

/**
 * The place a request was about, as said or taken from where the person is (" in the Kitchen",
 * " upstairs"), when these devices are all there; otherwise none, rather than a wrong one.
 */
export function placeOf(home: Home, slots: Slots, entities: readonly Entity[]): string {
  const area = areaByName(home, slots.area);
  if (area) return entities.every((e) => e.area === area.id) ? ` ${inArea(area)}` : '';
  const floor = home.floors.find((f) => f.name.toLowerCase() === slots.floor?.toLowerCase());
  if (!floor) return '';
  const onIt = entities.every((e) => areaById(home, e.area)?.floor === floor.id);
  return onIt ? ` ${onFloor(floor.name)}` : '';
}

/**
 * A group as the object of a sentence: one or two by name ("the Front door and the Back door"),
 * more by number ("3 lights in the Kitchen"), because a list of six names is hard to listen to.
 */
export function groupPhrase(home: Home, entities: readonly Entity[]): string {
  if (entities.length <= 2) return joinList(entities.map(theName));
  return countPhrase(home, entities);
}

/** Names for a question or list; a name shared by two devices gets its room ("Lamp (Office)"). */
export function distinctNames(home: Home, entities: readonly Entity[]): string[] {
  return entities.map((entity) => {
    const twins = entities.filter((other) => other.name === entity.name).length;
    const area = areaById(home, entity.area);
    return twins > 1 && area ? `${entity.name} (${area.name})` : entity.name;
  });
}

/**
 * The room nearest to `areaId` that has devices passing `fits`: the same floor first, then by
 * the home's order of rooms (the order of the panel, which lists neighbours together).
 */
export function nearestWith(
  home: Home,
  areaId: string | undefined,
  fits: (entity: Entity) => boolean,
): { area: Area; entities: Entity[] } | undefined {
  const at = home.areas.findIndex((area) => area.id === areaId);
  const floor = home.areas[at]?.floor;
  const ranked = home.areas
    .map((area, index) => ({
      area,
      entities: home.entities.filter((e) => e.area === area.id && fits(e)),
      rank: (area.floor === floor ? 0 : 1000) + Math.abs(index - Math.max(at, 0)),
    }))
    .filter((candidate) => candidate.area.id !== areaId && candidate.entities.length > 0)
    .sort((a, b) => a.rank - b.rank);
  const [best] = ranked;
  return best ? { area: best.area, entities: best.entities } : undefined;
}
