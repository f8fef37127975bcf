// Single-row records kept in the settings table: the person's home settings, the simulated
// clock, and facts about the database itself (which scenario it was made from, how far the
// simulation has run).
import { z } from '../domain/zod.ts';
import {
  DEFAULT_SETTINGS,
  homeSettingsSchema,
  locationSchema,
  temperatureUnitSchema,
  type HomeSettings,
} from '../domain/settings/settings.ts';
import { simClockStateSchema, type SimClockState } from '../domain/clock/simClock.ts';
import type { SettingKey, TeachableHomeDb } from './db.ts';
import { humanErrors, issueToProblem, limitProblems } from './problems.ts';
import { reportRestore } from './restore.ts';

export const metaSchema = z.strictObject({
  /** The scenario the database was last reset to ("demo", "empty", or "imported"). */
  scenario: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Simulated ms up to which the simulation has been run, so a reload catches up from there. */
  simulatedUntil: z.number().check(z.minimum(0)),
  /** Simulated ms when the database was reset or imported. */
  createdAt: z.number().check(z.minimum(0)),
});
export type Meta = z.infer<typeof metaSchema>;

async function read(db: TeachableHomeDb, key: SettingKey): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function writeSetting<T>(
  db: TeachableHomeDb,
  key: SettingKey,
  schema: z.ZodMiniType<T>,
  value: T,
): Promise<T> {
  const result = schema.safeParse(value, { error: humanErrors });
  if (!result.success) {
    const problems = limitProblems(result.error.issues.map((i) => issueToProblem(i, [key])));
    throw new Error(`Refusing to save invalid ${key} settings: ${problems.join('; ')}`);
  }
  await db.settings.put({ key, value: result.data });
  return result.data;
}

/**
 * Field by field: each part that is valid is kept, each part that is missing or broken falls
 * back to its default. A settings row from an older build thus keeps what still makes sense.
 */
export function restoreHomeSettings(stored: unknown): { settings: HomeSettings; fixes: string[] } {
  const whole = homeSettingsSchema.safeParse(stored);
  if (whole.success) return { settings: whole.data, fixes: [] };
  const fixes: string[] = [];
  const bag =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const unit = temperatureUnitSchema.safeParse(bag.temperatureUnit);
  if (!unit.success) fixes.push('temperatureUnit');
  const location = locationSchema.safeParse(bag.location);
  let restoredLocation = DEFAULT_SETTINGS.location;
  if (location.success) restoredLocation = location.data;
  else {
    const given =
      typeof bag.location === 'object' && bag.location !== null
        ? (bag.location as Record<string, unknown>)
        : {};
    const fields = Object.keys(DEFAULT_SETTINGS.location) as (keyof HomeSettings['location'])[];
    const merged: Record<string, unknown> = {};
    for (const field of fields) {
      const ok = locationSchema.shape[field].safeParse(given[field]);
      merged[field] = ok.success ? ok.data : DEFAULT_SETTINGS.location[field];
      if (!ok.success) fixes.push(`location.${field}`);
    }
    restoredLocation = locationSchema.parse(merged);
  }
  return {
    settings: {
      temperatureUnit: unit.success ? unit.data : DEFAULT_SETTINGS.temperatureUnit,
      location: restoredLocation,
    },
    fixes,
  };
}

/** The home settings; defaults for whatever is missing or broken (never throws on bad data). */
export async function getHomeSettings(db: TeachableHomeDb): Promise<HomeSettings> {
  const stored = await read(db, 'home');
  const { settings, fixes } = restoreHomeSettings(stored);
  if (stored !== undefined && fixes.length > 0) {
    reportRestore(`Home settings: used the default for ${fixes.join(', ')}`);
  }
  return settings;
}

/** Saves settings after validating them; throws (and saves nothing) if they are invalid. */
export async function saveHomeSettings(
  db: TeachableHomeDb,
  settings: HomeSettings,
): Promise<HomeSettings> {
  return writeSetting(db, 'home', homeSettingsSchema, settings);
}

export async function readSetting<T>(
  db: TeachableHomeDb,
  key: SettingKey,
  schema: z.ZodMiniType<T>,
): Promise<T | undefined> {
  const stored = await read(db, key);
  if (stored === undefined) return undefined;
  const result = schema.safeParse(stored, { error: humanErrors });
  if (result.success) return result.data;
  reportRestore(
    `Ignored broken ${key} settings: ${result.error.issues.map((i) => issueToProblem(i)).join('; ')}`,
  );
  return undefined;
}

/** The saved clock, or undefined when there is none (or it is broken): start a new one then. */
export async function getClockState(db: TeachableHomeDb): Promise<SimClockState | undefined> {
  return readSetting(db, 'clock', simClockStateSchema);
}

export async function saveClockState(
  db: TeachableHomeDb,
  state: SimClockState,
): Promise<SimClockState> {
  return writeSetting(db, 'clock', simClockStateSchema, state);
}

/** Undefined for a database that was never reset to a scenario (a first visit). */
export async function getMeta(db: TeachableHomeDb): Promise<Meta | undefined> {
  return readSetting(db, 'meta', metaSchema);
}

export async function saveMeta(db: TeachableHomeDb, meta: Meta): Promise<Meta> {
  return writeSetting(db, 'meta', metaSchema, meta);
}
