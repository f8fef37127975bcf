// The home model, in Home Assistant's shape (the open model of this field): floors, areas and
// entities with a domain, a state string and attributes. Each domain's attributes are typed by a
// zod schema, which is the single source of truth for the TypeScript types, for validating a
// loaded home file and for validating backups.
import { z } from '../zod.ts';
import { BINARY_CLASSES } from './binaryClasses.ts';
import { readingProblem, SENSOR_CLASSES } from './sensorClasses.ts';

/** Internal temperatures are always degrees Celsius; °F exists only at the edges (display, input). */
export const TEMPERATURE_LIMITS = { min: 5, max: 35 } as const;

const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
const id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(/^[a-z0-9_.-]+$/, 'ids are lower-case letters, digits, _ . and -'),
  );
// z.number() already refuses NaN and ±Infinity.
const percent = z.number().check(z.minimum(0), z.maximum(100));

export const floorSchema = z.strictObject({
  id,
  name: shortText,
  /** 0 = ground floor, 1 = first floor upstairs, -1 = basement. Orders floors in the panel. */
  level: z.int().check(z.minimum(-10), z.maximum(200)),
});

export const areaSchema = z.strictObject({
  id,
  name: shortText,
  floor: z.optional(id),
  /** Where the room comes on its floor in the panel (stored rows come back in id order). */
  order: z.optional(z.int().check(z.minimum(0), z.maximum(10_000))),
});

const base = {
  id: z
    .string()
    .check(z.regex(/^[a-z_]+\.[a-z0-9_]+$/, 'entity ids look like "light.kitchen_ceiling"')),
  name: shortText,
  area: z.optional(id),
  aliases: z.optional(z.array(shortText).check(z.maxLength(20))),
};

export const LIGHT_KELVIN = { min: 2000, max: 6500 } as const;

export const lightSchema = z.strictObject({
  ...base,
  domain: z.literal('light'),
  state: z.enum(['on', 'off']),
  attributes: z.strictObject({
    /** Percent, kept while off so "turn on" restores it. */
    brightness: percent,
    /** Which of colour / colour temperature is showing. */
    color_mode: z.enum(['onoff', 'brightness', 'color_temp', 'rgb']),
    /** Only for rgb lights: the colour as #rrggbb. */
    rgb_color: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/))),
    /** Only for lights with white tuning. */
    color_temp_kelvin: z.optional(
      z.int().check(z.minimum(LIGHT_KELVIN.min), z.maximum(LIGHT_KELVIN.max)),
    ),
    supported_color_modes: z
      .array(z.enum(['onoff', 'brightness', 'color_temp', 'rgb']))
      .check(z.minLength(1), z.maxLength(4)),
  }),
});

export const switchSchema = z.strictObject({
  ...base,
  domain: z.literal('switch'),
  state: z.enum(['on', 'off']),
  attributes: z.strictObject({
    device_class: z.enum(['outlet', 'switch']),
    /** What is plugged in, in plain words ("kettle"), for tiles and explanations. */
    plugged_in: z.optional(shortText),
  }),
});

export const fanSchema = z.strictObject({
  ...base,
  domain: z.literal('fan'),
  state: z.enum(['on', 'off']),
  attributes: z.strictObject({
    /** Speed in percent; kept while off so "turn on" restores it. */
    percentage: percent,
  }),
});

export const COVER_CLASSES = ['garage', 'blind', 'curtain', 'shade', 'window', 'door'] as const;
export const coverSchema = z.strictObject({
  ...base,
  domain: z.literal('cover'),
  state: z.enum(['open', 'closed', 'opening', 'closing']),
  attributes: z.strictObject({
    device_class: z.enum(COVER_CLASSES),
    /** 0 = closed, 100 = fully open. */
    position: percent,
    /** Where it is travelling to while opening or closing. */
    target_position: z.optional(percent),
    /** Seconds for a full travel from closed to open. */
    travel_seconds: z.number().check(z.minimum(0), z.maximum(600)),
    /** Garage doors only open or close; blinds and curtains stop anywhere. */
    supports_position: z.boolean(),
  }),
});

export const lockSchema = z.strictObject({
  ...base,
  domain: z.literal('lock'),
  state: z.enum(['locked', 'unlocked']),
  attributes: z.strictObject({}),
});

export const HVAC_MODES = ['off', 'heat', 'cool', 'heat_cool'] as const;
export const climateSchema = z.strictObject({
  ...base,
  domain: z.literal('climate'),
  state: z.enum(HVAC_MODES),
  attributes: z.strictObject({
    /** Target, °C. */
    temperature: z
      .number()
      .check(z.minimum(TEMPERATURE_LIMITS.min), z.maximum(TEMPERATURE_LIMITS.max)),
    /** Room temperature, °C. Moves toward the target over simulated time. */
    current_temperature: z.number().check(z.minimum(-60), z.maximum(80)),
    hvac_action: z.enum(['off', 'idle', 'heating', 'cooling']),
    /** The room's humidity in percent, when the thermostat measures it. */
    current_humidity: z.optional(percent),
  }),
});

export const mediaSchema = z.strictObject({
  ...base,
  domain: z.literal('media_player'),
  state: z.enum(['off', 'idle', 'playing', 'paused']),
  attributes: z.strictObject({
    device_class: z.enum(['tv', 'speaker']),
    volume: percent,
    muted: z.boolean(),
    /** Catalogue id of what is loaded (see catalogue.ts). */
    media_id: z.optional(z.string().check(z.maxLength(120))),
    /** Seconds into the current item. */
    media_position: z.number().check(z.minimum(0), z.maximum(24 * 3600)),
    /** Catalogue ids still to play after the current one. */
    queue: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(500)),
  }),
});

export { SENSOR_CLASSES } from './sensorClasses.ts';
/** A unit as the home file gives it ("lux", "MB/s", "EUR"); temperatures are always °C. */
const unitText = z.string().check(z.trim(), z.minLength(1), z.maxLength(24));
export const sensorSchema = z
  .strictObject({
    ...base,
    domain: z.literal('sensor'),
    /**
     * Text, as in Home Assistant: a number ("21.5", temperatures in °C) for measuring classes, a
     * date ("2024-04-01") for the date class, any short text for a sensor with no class.
     */
    state: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
    attributes: z.strictObject({
      /** None: a generic sensor, as in Home Assistant. */
      device_class: z.optional(z.enum(SENSOR_CLASSES)),
      unit_of_measurement: z.optional(unitText),
    }),
  })
  // What a state may be depends on the class; temperatures are stored in °C only.
  .check(
    z.refine((s) => readingProblem(s.attributes.device_class, s.state) !== 'number', {
      message: 'a sensor state is a number',
      path: ['state'],
    }),
    z.refine((s) => readingProblem(s.attributes.device_class, s.state) !== 'date', {
      message: 'a date sensor state is a date like 2024-04-01',
      path: ['state'],
    }),
    z.refine(
      (s) =>
        s.attributes.device_class !== 'temperature' || s.attributes.unit_of_measurement === '°C',
      { message: 'temperatures are kept in °C', path: ['attributes', 'unit_of_measurement'] },
    ),
  );

export { BINARY_CLASSES as BINARY_SENSOR_CLASSES } from './binaryClasses.ts';
export const binarySensorSchema = z.strictObject({
  ...base,
  domain: z.literal('binary_sensor'),
  state: z.enum(['on', 'off']),
  attributes: z.strictObject({
    device_class: z.enum(BINARY_CLASSES),
    /** Motion sensors clear themselves this many seconds after the last detection. */
    auto_off_seconds: z.optional(z.int().check(z.minimum(0), z.maximum(3600))),
    /** When it last turned on (simulated epoch ms), for auto-off. */
    last_triggered: z.optional(z.number()),
  }),
});

export const personSchema = z.strictObject({
  ...base,
  domain: z.literal('person'),
  state: z.enum(['home', 'not_home']),
  attributes: z.strictObject({}),
});

export const entitySchema = z.discriminatedUnion('domain', [
  lightSchema,
  switchSchema,
  fanSchema,
  coverSchema,
  lockSchema,
  climateSchema,
  mediaSchema,
  sensorSchema,
  binarySensorSchema,
  personSchema,
]);

export const homeSchema = z.strictObject({
  floors: z.array(floorSchema).check(z.maxLength(50)),
  areas: z.array(areaSchema).check(z.maxLength(500)),
  entities: z.array(entitySchema).check(z.maxLength(5000)),
});

export type Floor = z.infer<typeof floorSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Home = z.infer<typeof homeSchema>;
export type Domain = Entity['domain'];
export type EntityOf<D extends Domain> = Extract<Entity, { domain: D }>;
export type LightEntity = EntityOf<'light'>;
export type SwitchEntity = EntityOf<'switch'>;
export type FanEntity = EntityOf<'fan'>;
export type CoverEntity = EntityOf<'cover'>;
export type LockEntity = EntityOf<'lock'>;
export type ClimateEntity = EntityOf<'climate'>;
export type MediaEntity = EntityOf<'media_player'>;
export type SensorEntity = EntityOf<'sensor'>;
export type BinarySensorEntity = EntityOf<'binary_sensor'>;
export type PersonEntity = EntityOf<'person'>;

export const DOMAINS: readonly Domain[] = [
  'light',
  'switch',
  'fan',
  'cover',
  'lock',
  'climate',
  'media_player',
  'sensor',
  'binary_sensor',
  'person',
];

/** Plain words for each domain, singular and plural, for tiles, filters and messages. */
export const DOMAIN_WORDS: Record<Domain, { one: string; many: string }> = {
  light: { one: 'light', many: 'lights' },
  switch: { one: 'plug', many: 'plugs' },
  fan: { one: 'fan', many: 'fans' },
  cover: { one: 'blind or door', many: 'blinds and doors' },
  lock: { one: 'lock', many: 'locks' },
  climate: { one: 'thermostat', many: 'thermostats' },
  media_player: { one: 'TV or speaker', many: 'TVs and speakers' },
  sensor: { one: 'sensor', many: 'sensors' },
  binary_sensor: { one: 'sensor', many: 'sensors' },
  person: { one: 'person', many: 'people' },
};
