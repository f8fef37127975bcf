// Grouping the home for the panel: floors in a sensible reading order, rooms, tiles in a stable
// order within a room (lights first, sensors last), people apart.
import type { Area, Entity, Floor, Home, PersonEntity } from '../../domain/home/model.ts';

const DOMAIN_ORDER: Record<Entity['domain'], number> = {
  light: 0,
  climate: 1,
  media_player: 2,
  cover: 3,
  lock: 4,
  fan: 5,
  switch: 6,
  sensor: 7,
  binary_sensor: 8,
  person: 9,
};

export interface RoomGroup {
  area: Area;
  entities: Entity[];
}
export interface FloorGroup {
  floor: Floor | undefined;
  rooms: RoomGroup[];
}

/** Ground floor first, then upstairs, then basements; rooms with no floor at the end. */
function floorRank(floor: Floor | undefined): number {
  if (!floor) return 10_000;
  return floor.level >= 0 ? floor.level : 1000 - floor.level;
}

export function groupHome(home: Home): {
  floors: FloorGroup[];
  people: PersonEntity[];
  unplaced: Entity[];
} {
  const byArea = new Map<string, Entity[]>();
  const people: PersonEntity[] = [];
  const unplaced: Entity[] = [];
  const areaIds = new Set(home.areas.map((a) => a.id));
  for (const e of home.entities) {
    if (e.domain === 'person') people.push(e);
    else if (e.area && areaIds.has(e.area)) {
      const list = byArea.get(e.area) ?? [];
      list.push(e);
      byArea.set(e.area, list);
    } else unplaced.push(e);
  }
  const sortEntities = (list: Entity[]) =>
    list.sort(
      (a, b) => DOMAIN_ORDER[a.domain] - DOMAIN_ORDER[b.domain] || a.name.localeCompare(b.name),
    );
  const floorsById = new Map(home.floors.map((f) => [f.id, f]));
  const groups = new Map<string | undefined, RoomGroup[]>();
  const ordered = [...home.areas].sort(
    (a, b) => (a.order ?? 10_000) - (b.order ?? 10_000) || a.name.localeCompare(b.name),
  );
  for (const area of ordered) {
    const key = area.floor && floorsById.has(area.floor) ? area.floor : undefined;
    const rooms = groups.get(key) ?? [];
    rooms.push({ area, entities: sortEntities(byArea.get(area.id) ?? []) });
    groups.set(key, rooms);
  }
  const floors = [...groups.entries()]
    .map(([id, rooms]) => ({ floor: id ? floorsById.get(id) : undefined, rooms }))
    .sort((a, b) => floorRank(a.floor) - floorRank(b.floor));
  return { floors, people, unplaced: sortEntities(unplaced) };
}

/** A one-line overview for the top of the panel. */
export function summarize(home: Home): string[] {
  const count = (pred: (e: Entity) => boolean) => home.entities.filter(pred).length;
  const lights = count((e) => e.domain === 'light' && e.state === 'on');
  const unlocked = count((e) => e.domain === 'lock' && e.state === 'unlocked');
  const open = count(
    (e) => e.domain === 'cover' && e.attributes.device_class === 'garage' && e.state !== 'closed',
  );
  const playing = count((e) => e.domain === 'media_player' && e.state === 'playing');
  const home_ = count((e) => e.domain === 'person' && e.state === 'home');
  const people = count((e) => e.domain === 'person');
  const parts = [`${lights} ${lights === 1 ? 'light' : 'lights'} on`];
  parts.push(
    unlocked === 0
      ? 'all doors locked'
      : `${unlocked} ${unlocked === 1 ? 'door' : 'doors'} unlocked`,
  );
  if (open > 0) parts.push('garage open');
  if (playing > 0) parts.push(`${playing} playing`);
  if (people > 0) parts.push(`${home_} of ${people} people home`);
  return parts;
}
