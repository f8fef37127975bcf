// The home as the teaching page's choices: rooms in the panel's order and devices grouped by room,
// by name, never by id. Used by the concept's "Try it" device list, the name's "What it names" and
// "Use the home as it is now".
import type { Area, Entity, Home } from '../../domain/home/model.ts';

export interface DeviceGroup {
  /** The room, or undefined for devices in no room. */
  area: Area | undefined;
  /** The room's name, or "Not in a room". */
  label: string;
  entities: Entity[];
}

/** Ground floor first, then upstairs, then basements; rooms on no floor last (as the panel). */
function floorRank(home: Home, area: Area): number {
  const floor = home.floors.find((f) => f.id === area.floor);
  if (!floor) return 10_000;
  return floor.level >= 0 ? floor.level : 1000 - floor.level;
}

/** The rooms in the order the home panel shows them. */
export function orderedAreas(home: Home): Area[] {
  return [...home.areas].sort(
    (a, b) =>
      floorRank(home, a) - floorRank(home, b) ||
      (a.order ?? 10_000) - (b.order ?? 10_000) ||
      a.name.localeCompare(b.name),
  );
}

/**
 * The devices `keep` accepts, one group per room in the panel's order, each by name, then those
 * in no room. People are never devices here.
 */
export function deviceGroups(home: Home, keep: (entity: Entity) => boolean): DeviceGroup[] {
  const shown = home.entities
    .filter((e) => e.domain !== 'person' && keep(e))
    .sort((a, b) => a.name.localeCompare(b.name));
  const groups: DeviceGroup[] = [];
  for (const area of orderedAreas(home)) {
    const entities = shown.filter((e) => e.area === area.id);
    if (entities.length > 0) groups.push({ area, label: area.name, entities });
  }
  const areaIds = new Set(home.areas.map((a) => a.id));
  const unplaced = shown.filter((e) => e.area === undefined || !areaIds.has(e.area));
  if (unplaced.length > 0)
    groups.push({ area: undefined, label: 'Not in a room', entities: unplaced });
  return groups;
}
