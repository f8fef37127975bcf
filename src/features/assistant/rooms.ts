// The rooms a person can speak from, grouped by floor as the panel shows them.
import type { Area, Home } from '../../domain/home/model.ts';

export interface FloorRooms {
  /** The floor's name, or "Other rooms" for rooms on no floor. */
  name: string;
  rooms: Area[];
}

export function roomsByFloor(home: Home): FloorRooms[] {
  const floors = [...home.floors].sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
  // The panel's order: as the scenario listed them, else by name.
  const rooms = [...home.areas].sort(
    (a, b) => (a.order ?? 10_000) - (b.order ?? 10_000) || a.name.localeCompare(b.name),
  );
  const known = new Set(floors.map((f) => f.id));
  const groups: FloorRooms[] = floors.map((floor) => ({
    name: floor.name,
    rooms: rooms.filter((a) => a.floor === floor.id),
  }));
  groups.push({
    name: 'Other rooms',
    rooms: rooms.filter((a) => a.floor === undefined || !known.has(a.floor)),
  });
  return groups.filter((g) => g.rooms.length > 0);
}
