// What "Remember this as…" offers: the devices whose state can be kept, grouped by room in the
// panel's order, the room to start from and what ticking a room means. Plain functions of the
// home, so the dialog stays a thin view of them.
import type { Area, Entity, Home } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { preselect, rememberable } from '../../../domain/teaching/showing.ts';
import { groupHome } from '../layout.ts';

export interface DeviceGroup {
  /** The room's id; devices in no room are grouped under NO_ROOM. */
  id: string;
  name: string;
  devices: Entity[];
}

export const NO_ROOM = '';

/** Rooms with at least one device that can be remembered, as the panel orders them. */
export function rememberGroups(home: Home): DeviceGroup[] {
  const { floors, unplaced } = groupHome(home);
  const groups: DeviceGroup[] = floors
    .flatMap((f) => f.rooms)
    .map(({ area, entities }) => ({
      id: area.id,
      name: area.name,
      devices: entities.filter(rememberable),
    }));
  groups.push({ id: NO_ROOM, name: 'Not in a room', devices: unplaced.filter(rememberable) });
  return groups.filter((g) => g.devices.length > 0);
}

/** The rooms a person may start from: those with something to remember in them. */
export function roomChoices(home: Home): Area[] {
  const ids = new Set(rememberGroups(home).map((g) => g.id));
  const byId = new Map(home.areas.map((a) => [a.id, a]));
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}

/**
 * The room "Remember this" starts in: where most lights are on (the room being set up, most
 * likely), else the first room with something to remember; undefined for a home with no rooms.
 */
export function defaultRoom(home: Home): string | undefined {
  const rooms = roomChoices(home);
  const lightsOn = (area: Area) =>
    home.entities.filter((e) => e.area === area.id && e.domain === 'light' && e.state === 'on')
      .length;
  let best = rooms[0];
  for (const room of rooms) if (best && lightsOn(room) > lightsOn(best)) best = room;
  return best?.id;
}

/** The devices ticked to begin with in a room: its lights, blinds and TVs or speakers. */
export function preselectIn(home: Home, room: string | undefined): string[] {
  return preselect(home, room === NO_ROOM ? undefined : room).filter((id) =>
    home.entities.some((e) => e.id === id && rememberable(e)),
  );
}

/** Every device of a room that can be remembered. */
export function allIn(home: Home, room: string | undefined): string[] {
  return rememberGroups(home)
    .filter((g) => g.id === room)
    .flatMap((g) => g.devices.map((d) => d.id));
}

/** `ids` with `more` added, in the checklist's order. */
export function withTicks(home: Home, ids: readonly string[], more: readonly string[]): string[] {
  const wanted = new Set([...ids, ...more]);
  return rememberGroups(home)
    .flatMap((g) => g.devices.map((d) => d.id))
    .filter((id) => wanted.has(id));
}

/** A device's state as it will be kept, in words after its name: "on · 45 %", "closed". */
export function stateWords(entity: Entity, unit: TemperatureUnit): string {
  const words = describeState(entity, unit);
  return words.charAt(0).toLowerCase() + words.slice(1);
}
