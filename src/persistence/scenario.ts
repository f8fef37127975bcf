// Starting over: the ?scenario= URL parameter, "Reset" in Settings and window.teachableHome.reset()
// all replace the whole database with a scenario (a home, its history, settings and a clock).
import type { z } from '../domain/zod.ts';
import { homeSchema, type Home } from '../domain/home/model.ts';
import type { HomeEvent } from '../domain/activity/event.ts';
import {
  DEFAULT_SETTINGS,
  homeSettingsSchema,
  type HomeSettings,
} from '../domain/settings/settings.ts';
import { simClockStateSchema, type SimClockState } from '../domain/clock/simClock.ts';
import type { TeachableHomeDb } from './db.ts';
import { toEventRow } from './events.ts';
import type { Routine } from '../domain/routines/model.ts';
import { homeProblems, humanErrors, issueToProblem, limitProblems } from './problems.ts';
import { metaSchema, type Meta } from './settings.ts';

export interface ResetData {
  /** The scenario's name, kept in meta ("demo", "empty", …). */
  scenario: string;
  home: Home;
  events?: HomeEvent[];
  /** Merged over DEFAULT_SETTINGS. */
  settings?: Partial<HomeSettings>;
  /** Routines to start with. */
  routines?: Routine[];
  /** Omitted: no clock is stored and the app starts one. */
  clock?: SimClockState;
  /** Simulated ms the scenario starts at: meta's createdAt and simulatedUntil. */
  now: number;
}

function check<T>(what: string, result: z.core.util.SafeParseResult<T>): T {
  if (result.success) return result.data;
  const problems = limitProblems(result.error.issues.map((i) => issueToProblem(i, [what])));
  throw new Error(`Invalid scenario data: ${problems.join('; ')}`);
}

/**
 * Clears every table and writes the scenario, in one transaction. Everything is validated before
 * the transaction starts, so a faulty scenario throws and leaves the database as it was.
 */
export async function resetDatabase(db: TeachableHomeDb, data: ResetData): Promise<Meta> {
  const home = check('home', homeSchema.safeParse(data.home, { error: humanErrors }));
  const problems = homeProblems(home);
  if (problems.length > 0)
    throw new Error(`Invalid scenario data: ${limitProblems(problems).join('; ')}`);
  const settings = check(
    'settings',
    homeSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...data.settings }, { error: humanErrors }),
  );
  const clock =
    data.clock === undefined
      ? undefined
      : check('clock', simClockStateSchema.safeParse(data.clock, { error: humanErrors }));
  const meta = check(
    'meta',
    metaSchema.safeParse(
      { scenario: data.scenario, simulatedUntil: data.now, createdAt: data.now },
      { error: humanErrors },
    ),
  );
  const events = (data.events ?? []).map(toEventRow);
  // Scenarios are the app's own code and their routines are checked by the scenarios' tests: the
  // routine schema is not loaded here, on the first page, for them.
  const routines = data.routines ?? [];

  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.floors.bulkAdd(home.floors);
    await db.areas.bulkAdd(home.areas);
    await db.entities.bulkAdd(home.entities);
    if (events.length > 0) await db.events.bulkAdd(events);
    if (routines.length > 0) {
      await db.routines.bulkAdd(routines);
      // Each routine's history starts with the version it came with.
      await db.routineVersions.bulkAdd(
        routines.map((routine) => ({ routineId: routine.id, savedAt: data.now, routine })),
      );
    }
    await db.settings.bulkPut([
      { key: 'home', value: settings },
      { key: 'meta', value: meta },
      ...(clock ? [{ key: 'clock' as const, value: clock }] : []),
    ]);
  });
  return meta;
}
