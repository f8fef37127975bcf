// React views of routines, their saved versions and their runs (see hooks.ts for how live
// queries work). Each returns undefined until the first read completes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Routine } from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import type { EventRow, TeachableHomeDb } from './db.ts';
import { getDb } from './instance.ts';
import {
  countRuns,
  getRoutine,
  getRun,
  lastRuns,
  listRoutines,
  listRuns,
  listVersions,
  runEvents,
  type RoutineVersion,
} from './routines.ts';

/** The routines that are not deleted, by name. */
export function useRoutines(db: TeachableHomeDb = getDb()): Routine[] | undefined {
  return useLiveQuery(() => listRoutines(db), [db]);
}

/** One routine; `null` once read and there is none (or it was deleted). */
export function useRoutine(id: string, db: TeachableHomeDb = getDb()): Routine | null | undefined {
  return useLiveQuery(async () => (await getRoutine(db, id)) ?? null, [db, id]);
}

/** Every kept version, newest (the current one) first. */
export function useRoutineVersions(
  id: string,
  db: TeachableHomeDb = getDb(),
): RoutineVersion[] | undefined {
  return useLiveQuery(() => listVersions(db, id), [db, id]);
}

/** A routine's latest runs, newest first. */
export function useRoutineRuns(
  id: string,
  limit = 100,
  db: TeachableHomeDb = getDb(),
): Run[] | undefined {
  return useLiveQuery(() => listRuns(db, id, limit), [db, id, limit]);
}

/** How many runs of a routine are kept (at most RUNS_KEPT). */
export function useRunCount(id: string, db: TeachableHomeDb = getDb()): number | undefined {
  return useLiveQuery(() => countRuns(db, id), [db, id]);
}

/** The latest run of every routine that has one, by routine id. */
export function useLastRuns(db: TeachableHomeDb = getDb()): Map<string, Run> | undefined {
  return useLiveQuery(() => lastRuns(db), [db]);
}

/** One run by id; `null` once read and it is not kept. */
export function useRun(id: string, db: TeachableHomeDb = getDb()): Run | null | undefined {
  return useLiveQuery(async () => (await getRun(db, id)) ?? null, [db, id]);
}

/** What one run changed, newest first, with the run; undefined while reading. */
export function useRunEvents(
  runId: string | undefined,
  db: TeachableHomeDb = getDb(),
): { run: Run | undefined; events: EventRow[] } | undefined {
  return useLiveQuery(
    async () => (runId ? runEvents(db, runId) : { run: undefined, events: [] }),
    [db, runId],
  );
}
