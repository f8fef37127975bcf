// What the routine runner keeps between steps, and its step as one transaction. The runner state
// says up to when schedules have been run (`until`: a reopened app knows what it missed) and
// which device triggers are being held ("open for 5 minutes"), so a reload or another tab taking
// over carries them on. A step reads the home, the routines, the settings, the waiting runs and
// this state, lets a pure function decide, and writes the home, its events, the runs and the new
// state together: a tile changed by hand meanwhile can never interleave with half a step.
import { z } from '../domain/zod.ts';
import { causeSchema } from '../domain/activity/cause.ts';
import type { HomeEvent } from '../domain/activity/event.ts';
import type { Home } from '../domain/home/model.ts';
import type { HeldTrigger } from '../domain/routines/engine.ts';
import {
  numericTriggerSchema,
  presenceTriggerSchema,
  stateTriggerSchema,
  type Routine,
} from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import type { HomeSettings } from '../domain/settings/settings.ts';
import type { TaughtCommand } from '../domain/teaching/model.ts';
import { vocabulary } from './taught.ts';
import type { TeachableHomeDb } from './db.ts';
import { updateHome } from './home.ts';
import { listRoutines, saveRun, waitingRuns } from './routines.ts';
import { getHomeSettings, readSetting, writeSetting } from './settings.ts';

export interface RunnerState {
  /** Simulated ms up to which schedules have been run (or recorded as missed). */
  until: number;
  held: HeldTrigger[];
}

const heldSchema: z.ZodMiniType<HeldTrigger> = z.object({
  routineId: z.string(),
  trigger: z.discriminatedUnion('type', [
    stateTriggerSchema,
    numericTriggerSchema,
    presenceTriggerSchema,
  ]),
  at: z.number(),
  words: z.string().check(z.maxLength(500)),
  depth: z.int().check(z.minimum(0)),
  parent: z.optional(causeSchema),
});

/** Also checks the runner state a backup holds (backup/format.ts). */
export const runnerStateSchema: z.ZodMiniType<RunnerState> = z.object({
  until: z.number(),
  held: z.array(heldSchema).check(z.maxLength(1000)),
});

export function getRunnerState(db: TeachableHomeDb): Promise<RunnerState | undefined> {
  return readSetting(db, 'runner', runnerStateSchema);
}

export function saveRunnerState(db: TeachableHomeDb, state: RunnerState): Promise<RunnerState> {
  return writeSetting(db, 'runner', runnerStateSchema, state);
}

/** The clock was set back (or restarted somewhere): schedules are run from `to` on. */
export async function rewindRunner(db: TeachableHomeDb, to: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const state = await getRunnerState(db);
    if (state && to < state.until) await saveRunnerState(db, { ...state, until: to });
  });
}

export interface StepInput {
  home: Home;
  routines: Routine[];
  settings: HomeSettings;
  /** Runs left waiting, soonest due first. */
  waiting: Run[];
  /** Undefined on a first run ever: nothing is missed then. */
  state: RunnerState | undefined;
  /** Taught commands, for steps that do one. */
  taught: readonly TaughtCommand[];
}

export interface StepOutput {
  home: Home;
  events: HomeEvent[];
  /** Runs to store (new, or changed). */
  runs: Run[];
  /** The runner state after the step; undefined leaves it as it was. */
  state?: RunnerState;
}

/**
 * One step of the runner in one read-write transaction. If `step` throws, or what it returns is
 * invalid, nothing is written.
 */
export async function runnerStep<T extends StepOutput>(
  db: TeachableHomeDb,
  step: (input: StepInput) => T,
): Promise<T> {
  const tables = [
    db.floors,
    db.areas,
    db.entities,
    db.events,
    db.settings,
    db.routines,
    db.routineRuns,
    db.taught,
  ];
  return db.transaction('rw', tables, async () => {
    const [routines, settings, waiting, state, taught] = await Promise.all([
      listRoutines(db),
      getHomeSettings(db),
      waitingRuns(db),
      getRunnerState(db),
      vocabulary(db),
    ]);
    let output: T | undefined;
    await updateHome(db, (home) => {
      output = step({ home, routines, settings, waiting, state, taught: taught.commands });
      return { home: output.home, events: output.events };
    });
    if (!output) throw new Error('The home could not be read.');
    for (const run of output.runs) await saveRun(db, run);
    // Unchanged, it is not written: every write wakes the pages that watch the settings.
    if (output.state && JSON.stringify(output.state) !== JSON.stringify(state))
      await saveRunnerState(db, output.state);
    return output;
  });
}

/** The clock was placed somewhere new on purpose (?now=): schedules run from `at` on, none missed. */
export async function restartRunner(db: TeachableHomeDb, at: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const state = await getRunnerState(db);
    if (state) await saveRunnerState(db, { ...state, until: at });
  });
}
