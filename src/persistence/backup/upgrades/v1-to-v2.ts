// Backup format 1, written by the pre-release builds, and its upgrade to format 2.
//
// Format 1 (see ../fixtures/backup-v1.json):
//   { format: 'teachable-home-backup', version: 1,
//     exportedAt: ISO date-time text,              (2: simulated epoch ms)
//     scenario?: string,                           (2: meta.scenario)
//     home: {
//       floors: [{ id, name }],                    (2: + level; format 1 listed floors bottom-up)
//       areas: [{ id, name, floor? }],             (unchanged)
//       entities: [{ id, name, domain, area?, aliases?, state, attributes }] },
//     events: [{ id, at, entityId, entityName, domain, area?, changes,
//                cause: 'manual'|'voice'|'routine'|'automatic'|'simulation',
//                causeDetail?: string }],          (2: a structured cause object)
//     settings: { unit: 'celsius'|'fahrenheit', city: { name, lat, lon, tz } },
//     clock?: { time, rate, paused } }             (2: an anchored SimClockState, plus meta)
// Entities and their events' changes differed from format 2 as in Home Assistant's raw states:
//   light        brightness 0-255; color_mode and supported_color_modes could be missing
//   climate      temperature, current_temperature in the person's unit (°F with 'fahrenheit')
//   media_player volume_level 0-1 instead of volume 0-100; no media_position, no queue
//   sensor       state a number instead of numeric text
//   person       'away' instead of 'not_home'
// Everything else had its format-2 shape. Format 2's schema checks the result.
import { z } from '../../../domain/zod.ts';
import { humanErrors, issueToProblem } from '../../problems.ts';
import { MAX_BACKUP_EVENTS, type UpgradeResult } from '../format.ts';

const text = z.string().check(z.maxLength(500));
const id = z.string().check(z.minLength(1), z.maxLength(200));
const value = z.union([
  z.string().check(z.maxLength(2000)),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
]);

const entityV1 = z
  .strictObject({
    id,
    name: text,
    domain: z.string().check(z.maxLength(40)),
    area: z.optional(id),
    aliases: z.optional(z.array(text).check(z.maxLength(20))),
    state: z.union([z.string().check(z.maxLength(200)), z.number()]),
    attributes: z.record(z.string().check(z.maxLength(60)), value),
  })
  .check(
    z.superRefine((entity, ctx) => {
      const b = entity.attributes.brightness;
      if (entity.domain === 'light' && (typeof b !== 'number' || b < 0 || b > 255)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attributes', 'brightness'],
          message: 'must be between 0 and 255 (format 1)',
        });
      }
    }),
  );

const CAUSES_V1 = ['manual', 'voice', 'routine', 'automatic', 'simulation'] as const;

const backupV1Schema = z.strictObject({
  format: z.string(),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  scenario: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  home: z.strictObject({
    floors: z.array(z.strictObject({ id, name: text })).check(z.maxLength(50)),
    areas: z
      .array(z.strictObject({ id, name: text, floor: z.optional(id) }))
      .check(z.maxLength(500)),
    entities: z.array(entityV1).check(z.maxLength(5000)),
  }),
  events: z
    .array(
      z.strictObject({
        id,
        at: z.int().check(z.minimum(0)),
        entityId: id,
        entityName: text,
        domain: z.string().check(z.maxLength(40)),
        area: z.optional(id),
        changes: z
          .array(z.strictObject({ key: z.string().check(z.maxLength(60)), from: value, to: value }))
          .check(z.minLength(1), z.maxLength(50)),
        cause: z.enum(CAUSES_V1),
        causeDetail: z.optional(text),
      }),
    )
    .check(z.maxLength(MAX_BACKUP_EVENTS)),
  settings: z.strictObject({
    unit: z.enum(['celsius', 'fahrenheit']),
    city: z.strictObject({
      name: text,
      lat: z.number(),
      lon: z.number(),
      tz: z.string().check(z.maxLength(60)),
    }),
  }),
  clock: z.optional(
    z.strictObject({
      time: z.number().check(z.minimum(0)),
      rate: z.number().check(z.minimum(0)),
      paused: z.boolean(),
    }),
  ),
});

export type BackupV1 = z.infer<typeof backupV1Schema>;
type EntityV1 = BackupV1['home']['entities'][number];
type EventV1 = BackupV1['events'][number];
type Value = z.infer<typeof value>;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** One value of one domain's field, from format 1's unit to format 2's. */
function convert(domain: string, key: string, v: Value, fahrenheit: boolean): Value {
  if (domain === 'light' && key === 'brightness' && typeof v === 'number')
    return Math.round((v * 100) / 255);
  if (
    domain === 'climate' &&
    fahrenheit &&
    (key === 'temperature' || key === 'current_temperature')
  ) {
    return typeof v === 'number' ? round1(((v - 32) * 5) / 9) : v;
  }
  if (domain === 'media_player' && key === 'volume_level' && typeof v === 'number')
    return Math.round(v * 100);
  if (domain === 'sensor' && key === 'state' && typeof v === 'number') return String(v);
  if (domain === 'person' && key === 'state' && v === 'away') return 'not_home';
  return v;
}

const renamed = (domain: string, key: string): string =>
  domain === 'media_player' && key === 'volume_level' ? 'volume' : key;

function upgradeEntity(entity: EntityV1, fahrenheit: boolean): Record<string, unknown> {
  const { domain } = entity;
  const attributes: Record<string, Value> = {};
  for (const [key, v] of Object.entries(entity.attributes))
    attributes[renamed(domain, key)] = convert(domain, key, v, fahrenheit);
  if (domain === 'light') {
    const modes = [
      attributes.rgb_color !== undefined && 'rgb',
      attributes.color_temp_kelvin !== undefined && 'color_temp',
    ].filter((m): m is string => m !== false);
    attributes.supported_color_modes ??= modes.length > 0 ? modes : ['brightness'];
    attributes.color_mode ??= modes[0] ?? 'brightness';
  }
  if (domain === 'media_player') {
    attributes.media_position ??= 0;
    attributes.queue ??= [];
  }
  return { ...entity, state: convert(domain, 'state', entity.state, fahrenheit), attributes };
}

const PROCESS: Record<string, string> = {
  climate: 'thermostat',
  cover: 'cover',
  media_player: 'media',
  sensor: 'sensor',
  binary_sensor: 'sensor',
};

function upgradeCause(event: EventV1): Record<string, unknown> {
  const detail = event.causeDetail?.trim() || undefined;
  switch (event.cause) {
    case 'manual':
      return { kind: 'manual' };
    case 'voice':
      return { kind: 'voice', utterance: detail ?? '(not recorded)' };
    case 'routine':
      // Format 1 kept only the routine's name; its id and trigger were never recorded.
      return {
        kind: 'routine',
        routineId: 'format-1',
        routineName: detail ?? 'A routine',
        trigger: 'not recorded',
      };
    case 'automatic':
      return { kind: 'automatic', reason: detail ?? 'Automatic action' };
    case 'simulation':
      return { kind: 'simulation', process: PROCESS[event.domain] ?? 'history' };
  }
}

function upgradeEvent(event: EventV1, fahrenheit: boolean): Record<string, unknown> {
  const { cause: _cause, causeDetail: _detail, changes, ...rest } = event;
  return {
    ...rest,
    changes: changes.map((c) => ({
      key: renamed(event.domain, c.key),
      from: convert(event.domain, c.key, c.from, fahrenheit),
      to: convert(event.domain, c.key, c.to, fahrenheit),
    })),
    cause: upgradeCause(event),
  };
}

/** Format 1 -> format 2 shape. The caller validates the result with format 2's schema. */
export function upgradeV1toV2(data: unknown): UpgradeResult {
  const parsed = backupV1Schema.safeParse(data, { error: humanErrors });
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => issueToProblem(i)) };
  const v1 = parsed.data;
  const fahrenheit = v1.settings.unit === 'fahrenheit';
  const exportedAt = Date.parse(v1.exportedAt);
  const lastEvent = v1.events.reduce((max, e) => Math.max(max, e.at), 0);
  const simulatedUntil = v1.clock?.time ?? Math.max(lastEvent, exportedAt);
  return {
    ok: true,
    value: {
      format: v1.format,
      version: 2,
      exportedAt,
      meta: { scenario: v1.scenario ?? 'imported', simulatedUntil, createdAt: simulatedUntil },
      settings: {
        temperatureUnit: fahrenheit ? 'F' : 'C',
        location: {
          name: v1.settings.city.name,
          latitude: v1.settings.city.lat,
          longitude: v1.settings.city.lon,
          timeZone: v1.settings.city.tz,
        },
      },
      ...(v1.clock && {
        clock: {
          anchorReal: exportedAt,
          anchorSim: v1.clock.time,
          rate: v1.clock.rate,
          paused: v1.clock.paused,
        },
      }),
      home: {
        floors: v1.home.floors.map((floor, level) => ({ ...floor, level })),
        areas: v1.home.areas,
        entities: v1.home.entities.map((e) => upgradeEntity(e, fahrenheit)),
      },
      events: v1.events.map((e) => upgradeEvent(e, fahrenheit)),
    },
  };
}
