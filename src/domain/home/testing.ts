// Small, valid entities for tests. Each factory takes overrides (attributes merge shallowly) and
// validates the result with the model's schema, so a test can't build an impossible device by
// accident. Not used by the app itself.
import type { Cause } from '../activity/cause.ts';
import type { Command } from './commands.ts';
import { execute, type ExecuteResult } from './execute.ts';
import {
  binarySensorSchema,
  climateSchema,
  coverSchema,
  fanSchema,
  lightSchema,
  lockSchema,
  mediaSchema,
  personSchema,
  sensorSchema,
  switchSchema,
  type BinarySensorEntity,
  type ClimateEntity,
  type CoverEntity,
  type Entity,
  type FanEntity,
  type Home,
  type LightEntity,
  type LockEntity,
  type MediaEntity,
  type PersonEntity,
  type SensorEntity,
  type SwitchEntity,
} from './model.ts';

export type Overrides<E extends Entity> = Partial<Omit<E, 'domain' | 'attributes'>> & {
  attributes?: Partial<E['attributes']>;
};

interface Parser<E> {
  parse(value: unknown): E;
}

function factory<E extends Entity>(
  domain: E['domain'],
  schema: Parser<E>,
  base: Omit<E, 'domain'>,
) {
  return (overrides: Overrides<E> = {}): E => {
    const { attributes: changes, ...rest } = overrides;
    const attributes: Record<string, unknown> = { ...base.attributes, ...changes };
    // Explicit `undefined` overrides remove an attribute, as an absent optional one would be.
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined) delete attributes[key];
    }
    return schema.parse({ ...base, ...rest, domain, attributes });
  };
}

export const makeLight = factory<LightEntity>('light', lightSchema, {
  id: 'light.kitchen_ceiling',
  name: 'Kitchen ceiling',
  area: 'kitchen',
  state: 'off',
  attributes: {
    brightness: 80,
    color_mode: 'color_temp',
    color_temp_kelvin: 2700,
    supported_color_modes: ['color_temp', 'rgb'],
  },
});

/** A light that only turns on and off. */
export const makePlainLight = (overrides: Overrides<LightEntity> = {}) =>
  makeLight({
    id: 'light.porch',
    name: 'Porch light',
    area: 'garden',
    ...overrides,
    attributes: {
      brightness: 100,
      color_mode: 'onoff',
      supported_color_modes: ['onoff'],
      color_temp_kelvin: undefined,
      ...overrides.attributes,
    },
  });

export const makeSwitch = factory<SwitchEntity>('switch', switchSchema, {
  id: 'switch.kettle',
  name: 'Kettle plug',
  area: 'kitchen',
  state: 'off',
  attributes: { device_class: 'outlet', plugged_in: 'kettle' },
});

export const makeFan = factory<FanEntity>('fan', fanSchema, {
  id: 'fan.bedroom',
  name: 'Bedroom fan',
  area: 'bedroom',
  state: 'off',
  attributes: { percentage: 50 },
});

export const makeCover = factory<CoverEntity>('cover', coverSchema, {
  id: 'cover.living_room_blind',
  name: 'Living room blind',
  area: 'living_room',
  state: 'closed',
  attributes: { device_class: 'blind', position: 0, travel_seconds: 20, supports_position: true },
});

export const makeGarageDoor = (overrides: Overrides<CoverEntity> = {}) =>
  makeCover({
    id: 'cover.garage_door',
    name: 'Garage door',
    area: 'garage',
    ...overrides,
    attributes: {
      device_class: 'garage',
      travel_seconds: 15,
      supports_position: false,
      ...overrides.attributes,
    },
  });

export const makeLock = factory<LockEntity>('lock', lockSchema, {
  id: 'lock.front_door',
  name: 'Front door',
  area: 'hall',
  state: 'locked',
  attributes: {},
});

export const makeClimate = factory<ClimateEntity>('climate', climateSchema, {
  id: 'climate.living_room',
  name: 'Living room thermostat',
  area: 'living_room',
  state: 'heat',
  attributes: { temperature: 20, current_temperature: 20, hvac_action: 'idle' },
});

export const makeMedia = factory<MediaEntity>('media_player', mediaSchema, {
  id: 'media_player.kitchen_speaker',
  name: 'Kitchen speaker',
  area: 'kitchen',
  state: 'off',
  attributes: { device_class: 'speaker', volume: 30, muted: false, media_position: 0, queue: [] },
});

export const makeSensor = factory<SensorEntity>('sensor', sensorSchema, {
  id: 'sensor.hall_temperature',
  name: 'Hall temperature',
  area: 'hall',
  state: '20',
  attributes: { device_class: 'temperature', unit_of_measurement: '°C' },
});

export const makeBinarySensor = factory<BinarySensorEntity>('binary_sensor', binarySensorSchema, {
  id: 'binary_sensor.hall_motion',
  name: 'Hall motion',
  area: 'hall',
  state: 'off',
  attributes: { device_class: 'motion', auto_off_seconds: 60 },
});

export const makePerson = factory<PersonEntity>('person', personSchema, {
  id: 'person.alex',
  name: 'Alex',
  state: 'home',
  attributes: {},
});

/** A home holding exactly these entities, with the areas the factories use by default. */
export function makeHome(...entities: Entity[]): Home {
  const areas = ['kitchen', 'bedroom', 'living_room', 'hall', 'garage', 'garden'].map((id) => ({
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1).replace('_', ' '),
  }));
  return { floors: [], areas, entities };
}

export const MANUAL: Cause = { kind: 'manual' };

/** 3 March 2025, 12:00 UTC: a fixed "now" for tests. */
export const NOW = Date.UTC(2025, 2, 3, 12, 0, 0);

/** A command without its entity id, for tables of commands run against one entity. */
export type CommandBody = Command extends infer C
  ? C extends Command
    ? Omit<C, 'entityId'>
    : never
  : never;

/** Runs one command against a home holding only `entity`; `after` is the entity afterwards. */
export function runOne<E extends Entity>(
  entity: E,
  command: CommandBody,
  options: { cause?: Cause; now?: number } = {},
): { after: E; result: ExecuteResult } {
  const home = makeHome(entity);
  const result = execute(
    home,
    [{ ...command, entityId: entity.id } as Command],
    options.cause ?? MANUAL,
    options.now ?? NOW,
  );
  return { after: result.home.entities[0] as E, result };
}
