// A large home for measurements: 200 devices in 20 rooms on 3 floors, every device domain, and
// the names people give a big house ("Bedroom 3 reading lamp"). The same device types repeat
// from room to room on purpose: that is what makes a big home hard to talk to, since "the reading
// lamp" means a different lamp in each bedroom. Deterministic: no randomness, no clock.
import type { Area, Entity, Floor, Home } from '../model.ts';
import { objectSlug } from '../loadValues.ts';
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import {
  area,
  binary,
  cover,
  fan,
  floor,
  lastWallClock,
  light,
  lock,
  media,
  plug,
  sensor,
  thermostat,
} from './make.ts';
import type { Scenario } from './types.ts';

/** The kinds of device a room can hold; each maps to one builder of make.ts. */
const KINDS = [
  'onoff',
  'dimmable',
  'white',
  'color',
  'plug',
  'fan',
  'blind',
  'curtain',
  'shade',
  'window',
  'garage',
  'lock',
  'thermostat',
  'tv',
  'speaker',
  'temperature',
  'humidity',
  'illuminance',
  'power',
  'motion',
  'door_sensor',
  'window_sensor',
  'garage_sensor',
  'smoke',
  'leak',
] as const;
type Kind = (typeof KINDS)[number];
const isKind = (word: string): word is Kind => (KINDS as readonly string[]).includes(word);

/**
 * Ten devices per kind of room, as "kind name" separated by commas: the device is called by the
 * room's name and then its own ("Bedroom 3" + "reading lamp").
 */
const ROOMS = {
  bedroom:
    'white ceiling light, color reading lamp, dimmable bedside lamp, curtain curtains, blind blinds, fan ceiling fan, thermostat thermostat, speaker speaker, window_sensor window, temperature temperature',
  bathroom:
    'white ceiling light, dimmable mirror light, fan extractor fan, plug towel rail, blind blind, thermostat thermostat, speaker speaker, humidity humidity, leak leak sensor, motion motion',
  living:
    'white ceiling light, color floor lamp, color TV backlight, blind blinds, curtain curtains, tv TV, speaker soundbar, thermostat thermostat, fan ceiling fan, humidity humidity',
  kitchen:
    'white ceiling light, dimmable counter lights, white pendant lights, plug kettle, plug coffee machine, blind blind, speaker speaker, lock back door, temperature temperature, smoke smoke alarm',
  dining:
    'white pendant, dimmable wall lights, dimmable sideboard lamp, curtain curtains, blind blinds, speaker speaker, thermostat thermostat, window_sensor window, temperature temperature, plug hot plate',
  garage:
    'onoff light, dimmable workbench light, garage garage door, lock side door, plug freezer, plug car charger, fan fan, motion motion, garage_sensor door sensor, temperature temperature',
  laundry:
    'dimmable ceiling light, onoff cupboard light, plug washing machine, plug dryer, fan extractor fan, window window, humidity humidity, leak leak sensor, motion motion, power washer power',
  gym: 'white ceiling light, dimmable spotlights, fan fan, tv TV, speaker speaker, blind blinds, thermostat thermostat, plug treadmill, temperature temperature, motion motion',
  cinema:
    'dimmable ceiling light, color wall lights, tv projector, speaker speakers, curtain curtains, thermostat thermostat, plug popcorn machine, fan fan, motion motion, temperature temperature',
  hall: 'dimmable ceiling light, white chandelier, onoff cupboard light, lock front door, door_sensor front door sensor, motion motion, smoke smoke alarm, thermostat thermostat, speaker speaker, illuminance light level',
  office:
    'white ceiling light, white desk lamp, shade shade, fan desk fan, plug printer, plug monitor, thermostat thermostat, speaker speaker, temperature temperature, window_sensor window',
  playroom:
    'dimmable ceiling light, color night light, plug fairy lights, blind blinds, speaker speaker, tv TV, fan fan, temperature temperature, window_sensor window, motion motion',
  conservatory:
    'white ceiling light, dimmable wall lights, shade roof blinds, window windows, fan ceiling fan, thermostat thermostat, plug heater, temperature temperature, humidity humidity, lock door',
  garden:
    'dimmable porch light, color garden lights, onoff path lights, lock gate, speaker speaker, motion motion, temperature temperature, humidity humidity, illuminance light level, plug fountain',
  landing:
    'dimmable ceiling light, dimmable night light, blind blind, window window, motion motion, smoke smoke alarm, thermostat thermostat, speaker speaker, temperature temperature, plug air purifier',
} as const satisfies Record<string, string>;

type RoomKind = keyof typeof ROOMS;

const FLOORS: readonly Floor[] = [
  floor('basement', 'Basement', -1),
  floor('ground_floor', 'Ground floor', 0),
  floor('upstairs', 'Upstairs', 1),
];

/** Room name, kind, floor id: 4 rooms in the basement, 8 on each of the other floors. */
const LAYOUT: readonly (readonly [string, RoomKind, string])[] = [
  ['Garage', 'garage', 'basement'],
  ['Laundry room', 'laundry', 'basement'],
  ['Gym', 'gym', 'basement'],
  ['Cinema room', 'cinema', 'basement'],
  ['Entrance hall', 'hall', 'ground_floor'],
  ['Living room', 'living', 'ground_floor'],
  ['Kitchen', 'kitchen', 'ground_floor'],
  ['Dining room', 'dining', 'ground_floor'],
  ['Study', 'office', 'ground_floor'],
  ['Playroom', 'playroom', 'ground_floor'],
  ['Conservatory', 'conservatory', 'ground_floor'],
  ['Garden', 'garden', 'ground_floor'],
  ['Landing', 'landing', 'upstairs'],
  ['Bedroom 1', 'bedroom', 'upstairs'],
  ['Bedroom 2', 'bedroom', 'upstairs'],
  ['Bedroom 3', 'bedroom', 'upstairs'],
  ['Bedroom 4', 'bedroom', 'upstairs'],
  ['Bathroom 1', 'bathroom', 'upstairs'],
  ['Bathroom 2', 'bathroom', 'upstairs'],
  ['Office', 'office', 'upstairs'],
];

/** A spread of values that looks lived-in but is the same on every run. */
const spread = (n: number, from: number, to: number, step: number): number =>
  from + ((n * 37) % Math.floor((to - from) / step + 1)) * step;

function device(kind: Kind, name: string, areaId: string, n: number): Entity {
  const id = objectSlug(name);
  const on = n % 3 === 0;
  const level = spread(n, 10, 100, 5);
  switch (kind) {
    case 'onoff':
    case 'dimmable':
    case 'white':
    case 'color':
      return light(`light.${id}`, name, areaId, kind, on, {
        brightness: level,
        kelvin: spread(n, 2200, 5000, 100),
        ...(kind === 'color' && n % 2 === 0 ? { rgb: '#ffa94d' } : {}),
      });
    case 'plug':
      return plug(`switch.${id}`, name, areaId, on);
    case 'fan':
      return fan(`fan.${id}`, name, areaId, on, level);
    case 'blind':
    case 'curtain':
    case 'shade':
    case 'window':
    case 'garage':
      return cover(
        `cover.${id}`,
        name,
        areaId,
        kind,
        kind === 'garage' ? 0 : spread(n, 0, 100, 25),
      );
    case 'lock':
      return lock(`lock.${id}`, name, areaId, n % 4 !== 0);
    case 'thermostat':
      return thermostat(`climate.${id}`, name, areaId, 'heat', spread(n, 17, 22, 1), 19.5);
    case 'tv':
      return media(`media_player.${id}`, name, areaId, 'tv', on ? 'paused' : 'off', {
        volume: spread(n, 10, 40, 5),
        ...(on ? { mediaId: 'episode.nature_2', position: 600, queue: ['episode.nature_3'] } : {}),
      });
    case 'speaker':
      return media(`media_player.${id}`, name, areaId, 'speaker', on ? 'playing' : 'idle', {
        volume: spread(n, 10, 50, 5),
        ...(on ? { mediaId: 'song.so_what', queue: ['song.blue_in_green'] } : {}),
      });
    case 'temperature':
      return sensor(`sensor.${id}`, name, areaId, 'temperature', spread(n, 16, 23, 0.5));
    case 'humidity':
      return sensor(`sensor.${id}`, name, areaId, 'humidity', spread(n, 35, 75, 1));
    case 'illuminance':
      return sensor(`sensor.${id}`, name, areaId, 'illuminance', spread(n, 0, 400, 20));
    case 'power':
      return sensor(`sensor.${id}`, name, areaId, 'power', on ? 450 : 0);
    case 'motion':
      return binary(`binary_sensor.${id}`, name, areaId, 'motion', false, { autoOff: 90 });
    case 'door_sensor':
      return binary(`binary_sensor.${id}`, name, areaId, 'door', false);
    case 'window_sensor':
      return binary(`binary_sensor.${id}`, name, areaId, 'window', n % 5 === 0);
    case 'garage_sensor':
      return binary(`binary_sensor.${id}`, name, areaId, 'garage_door', false);
    case 'smoke':
      return binary(`binary_sensor.${id}`, name, areaId, 'smoke', false);
    case 'leak':
      return binary(`binary_sensor.${id}`, name, areaId, 'moisture', false);
  }
}

/** Splits a ROOMS row into its devices: "color reading lamp" → ["color", "reading lamp"]. */
function devicesOf(kind: RoomKind): [Kind, string][] {
  return ROOMS[kind].split(',').map((item) => {
    const [first = '', ...rest] = item.trim().split(' ');
    if (!isKind(first)) throw new Error(`large home: no device kind "${first}" (${kind})`);
    return [first, rest.join(' ')];
  });
}

export function largeHome(): Home {
  const areas: Area[] = [];
  const entities: Entity[] = [];
  for (const [name, kind, floorId] of LAYOUT) {
    const areaId = objectSlug(name);
    areas.push(area(areaId, name, floorId));
    for (const [deviceKind, deviceName] of devicesOf(kind))
      entities.push(device(deviceKind, `${name} ${deviceName}`, areaId, entities.length));
  }
  return { floors: [...FLOORS], areas, entities };
}

export const largeScenario: Scenario = {
  name: 'large',
  title: 'Large house',
  description:
    'A big three-floor house for measurements: 20 rooms and 200 devices, the same kinds of device in many rooms.',
  build(now) {
    const startAt = lastWallClock(now, DEFAULT_SETTINGS.location.timeZone, 19, 30);
    return { home: largeHome(), settings: { location: { ...DEFAULT_SETTINGS.location } }, startAt };
  },
};
