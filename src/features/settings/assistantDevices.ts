// The devices the assistant can have hunches about, by room, for "Put things right on its own":
// the kinds that rest in a usual state (lights, plugs, fans, locks, thermostats, media players)
// and the covers that should not be left open by mistake (garage doors, doors, windows) — not
// blinds and curtains, which are left open on purpose, nor sensors and people.
import { isAskable } from '../../domain/awareness/hunches.ts';
import type { Area, Entity, Home } from '../../domain/home/model.ts';

/** The same devices the assistant has hunches about: one rule for both. */
export const canActOnItsOwn = (entity: Entity): boolean => isAskable(entity);

export interface DeviceRoom {
  /** Undefined for devices in no room. */
  area: Area | undefined;
  name: string;
  devices: Entity[];
}

/** Rooms in the panel's order (then by name), devices by name; rooms with none are left out. */
export function devicesByRoom(home: Home): DeviceRoom[] {
  const areas = [...home.areas].sort(
    (a, b) => (a.order ?? 10_000) - (b.order ?? 10_000) || a.name.localeCompare(b.name),
  );
  const known = new Set(areas.map((a) => a.id));
  const devices = home.entities.filter(canActOnItsOwn).sort((a, b) => a.name.localeCompare(b.name));
  const rooms: DeviceRoom[] = areas.map((area) => ({
    area,
    name: area.name,
    devices: devices.filter((d) => d.area === area.id),
  }));
  rooms.push({
    area: undefined,
    name: 'Not in a room',
    devices: devices.filter((d) => !d.area || !known.has(d.area)),
  });
  return rooms.filter((r) => r.devices.length > 0);
}
