// Routines as stored: the routines themselves, every saved version of each (so an earlier one can
// be seen and restored), and their runs' traces. Deleting only marks a routine (`deletedAt`), so
// it can be undone; lists leave marked ones out. Every row is validated when read back: a broken
// one is repaired where that is unambiguous, otherwise left out with a warning, never fatal.
// Both histories are capped, and the caps are exported so the page can say what is kept.
import { Dexie } from 'dexie';
import { z } from '../domain/zod.ts';
import { routineSchema, type Routine } from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import type { EventRow, RoutineRow, RoutineVersionRow, TeachableHomeDb } from './db.ts';
import { humanErrors, issueToProblem, limitProblems, quote } from './problems.ts';
import { reportRestore, restore } from './restore.ts';
import { runSchema } from './runSchema.ts';

/** Saved versions kept per routine; the oldest are forgotten first. */
export const VERSIONS_KEPT = 50;
/** Runs kept per routine; the oldest finished ones are forgotten first. */
export const RUNS_KEPT = 100;

const routineRowSchema: z.ZodMiniType<RoutineRow> = z.extend(routineSchema, {
  deletedAt: z.optional(z.number()),
});

const versionRowSchema: z.ZodMiniType<RoutineVersionRow> = z.object({
  seq: z.number(),
  routineId: z.string(),
  savedAt: z.number(),
  routine: routineSchema,
});

/** One saved version, as the history lists it. */
export type RoutineVersion = RoutineVersionRow;

function readRows<T>(what: string, rows: unknown[], schema: z.ZodMiniType<T>): T[] {
  const kept: T[] = [];
  for (const row of rows) {
    const result = restore(schema, row);
    if (result.ok) {
      kept.push(result.value);
      if (result.fixes.length > 0)
        reportRestore(`Repaired a stored ${what}: ${result.fixes.join('; ')}`);
    } else {
      const { id, seq } = row as { id?: unknown; seq?: unknown };
      reportRestore(
        `Left a broken ${what} (${quote(String(id ?? seq))}) out: ${result.problems.join('; ')}`,
      );
    }
  }
  return kept;
}

function refuse(what: string, error: z.core.$ZodError): Error {
  const problems = limitProblems(error.issues.map((i) => issueToProblem(i, [what])));
  return new Error(`Refusing to save invalid ${what}: ${problems.join('; ')}`);
}

function withoutMark(row: RoutineRow): Routine {
  const { deletedAt: _deleted, ...routine } = row;
  void _deleted;
  return routine;
}

/** The stored row, deleted or not; undefined when missing or broken beyond repair. */
async function readRow(db: TeachableHomeDb, id: string): Promise<RoutineRow | undefined> {
  const row = await db.routines.get(id);
  return row === undefined ? undefined : readRows('routine', [row], routineRowSchema)[0];
}

const versionsOf = (db: TeachableHomeDb, routineId: string) =>
  db.routineVersions
    .where('[routineId+seq]')
    .between([routineId, Dexie.minKey], [routineId, Dexie.maxKey]);

const runsOf = (db: TeachableHomeDb, routineId: string) =>
  db.routineRuns
    .where('[routineId+startedAt]')
    .between([routineId, Dexie.minKey], [routineId, Dexie.maxKey]);

/** The routines that are not deleted, by name. */
export async function listRoutines(db: TeachableHomeDb): Promise<Routine[]> {
  const rows = readRows('routine', await db.routines.toArray(), routineRowSchema);
  return rows
    .filter((row) => row.deletedAt === undefined)
    .map(withoutMark)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** One routine; undefined when there is none, it is deleted, or its row is broken. */
export async function getRoutine(db: TeachableHomeDb, id: string): Promise<Routine | undefined> {
  const row = await readRow(db, id);
  return row === undefined || row.deletedAt !== undefined ? undefined : withoutMark(row);
}

/** The body of a save, inside a transaction over routines and routineVersions. */
async function write(db: TeachableHomeDb, routine: Routine, now: number): Promise<Routine> {
  const previous = await readRow(db, routine.id);
  const saved: Routine = {
    ...routine,
    createdAt: previous?.createdAt ?? routine.createdAt,
    updatedAt: now,
  };
  // Every save is appended, so the version a save replaces is already kept, except for a routine
  // that reached the table some other way (an older build, by hand): keep that one first.
  if (previous !== undefined && (await versionsOf(db, routine.id).count()) === 0)
    await db.routineVersions.add({
      routineId: routine.id,
      savedAt: previous.updatedAt,
      routine: withoutMark(previous),
    } as RoutineVersionRow);
  // Saving a deleted routine (an editor left open, a restored version) brings it back.
  await db.routines.put(saved);
  await db.routineVersions.add({
    routineId: routine.id,
    savedAt: now,
    routine: saved,
  } as RoutineVersionRow);
  const keys = await versionsOf(db, routine.id).primaryKeys();
  const extra = keys.length - VERSIONS_KEPT;
  if (extra > 0) await db.routineVersions.bulkDelete(keys.slice(0, extra));
  return saved;
}

/**
 * Saves a routine (new or changed) and keeps the save in its history, in one transaction.
 * `createdAt` stays as first saved; `updatedAt` becomes `now`. Throws, saving nothing, when
 * the routine is invalid. Returns the routine as stored.
 */
export async function saveRoutine(
  db: TeachableHomeDb,
  routine: Routine,
  now: number,
): Promise<Routine> {
  const checked = routineSchema.safeParse(routine, { error: humanErrors });
  if (!checked.success) throw refuse('routine', checked.error);
  return db.transaction('rw', db.routines, db.routineVersions, () => write(db, checked.data, now));
}

/** Every kept version of a routine, newest (the current one) first. */
export async function listVersions(
  db: TeachableHomeDb,
  routineId: string,
): Promise<RoutineVersion[]> {
  const rows = await versionsOf(db, routineId).reverse().toArray();
  return readRows('routine version', rows, versionRowSchema);
}

/**
 * Makes an earlier version the current one, as a new save (so the restore itself can be undone
 * from the history). The enabled switch stays as it is now: it is not part of an edit.
 */
export async function restoreVersion(
  db: TeachableHomeDb,
  routineId: string,
  seq: number,
  now: number,
): Promise<Routine> {
  return db.transaction('rw', db.routines, db.routineVersions, async () => {
    const row = await db.routineVersions.get(seq);
    const version = row && readRows('routine version', [row], versionRowSchema)[0];
    if (version === undefined || version.routineId !== routineId)
      throw new Error('That version of the routine is no longer kept.');
    const current = await readRow(db, routineId);
    return write(
      db,
      { ...version.routine, enabled: current?.enabled ?? version.routine.enabled },
      now,
    );
  });
}

/** Marks a routine deleted (it stops running and leaves the list). False when there is none. */
export async function deleteRoutine(
  db: TeachableHomeDb,
  id: string,
  now: number,
): Promise<boolean> {
  const changed = await db.routines
    .where('id')
    .equals(id)
    .modify((row) => {
      row.deletedAt = now;
    });
  return changed > 0;
}

/** Undo of deleteRoutine. False when there is no such routine. */
export async function undoDeleteRoutine(db: TeachableHomeDb, id: string): Promise<boolean> {
  const changed = await db.routines
    .where('id')
    .equals(id)
    .modify((row) => {
      delete row.deletedAt;
    });
  return changed > 0;
}

/**
 * Switches a routine on or off. Not a new version: the switch is not an edit, and restoring an
 * earlier version keeps it as it is. False when there is no such routine (or it is deleted).
 */
export async function setRoutineEnabled(
  db: TeachableHomeDb,
  id: string,
  enabled: boolean,
  now: number,
): Promise<boolean> {
  const changed = await db.routines
    .where('id')
    .equals(id)
    .modify((row) => {
      if (row.deletedAt !== undefined) return;
      row.enabled = enabled;
      row.updatedAt = now;
    });
  return changed > 0 && (await getRoutine(db, id))?.enabled === enabled;
}

/**
 * Stores a run (new, or carried on), then forgets the routine's oldest finished runs beyond
 * RUNS_KEPT; waiting runs are never forgotten. Returns how many were forgotten.
 */
export async function saveRun(db: TeachableHomeDb, run: Run): Promise<{ dropped: number }> {
  const checked = runSchema.safeParse(run, { error: humanErrors });
  if (!checked.success) throw refuse('run', checked.error);
  return db.transaction('rw', db.routineRuns, async () => {
    await db.routineRuns.put(checked.data);
    const runs = await runsOf(db, run.routineId).toArray();
    const extra = runs.length - RUNS_KEPT;
    if (extra <= 0) return { dropped: 0 };
    const forgotten = runs.filter((r) => r.status !== 'waiting').slice(0, extra);
    await db.routineRuns.bulkDelete(forgotten.map((r) => r.id));
    return { dropped: forgotten.length };
  });
}

/** How many runs of a routine are kept. */
export async function countRuns(db: TeachableHomeDb, routineId: string): Promise<number> {
  return runsOf(db, routineId).count();
}

/** A routine's latest runs, newest first. */
export async function listRuns(
  db: TeachableHomeDb,
  routineId: string,
  limit: number,
): Promise<Run[]> {
  const rows = await runsOf(db, routineId).reverse().limit(limit).toArray();
  return readRows('run', rows, runSchema);
}

/** Runs left waiting (on a wait action), soonest due first: to carry on or mark interrupted. */
export async function waitingRuns(db: TeachableHomeDb): Promise<Run[]> {
  const rows = await db.routineRuns.where('status').equals('waiting').toArray();
  return readRows('run', rows, runSchema)
    .filter((run) => run.status === 'waiting')
    .sort((a, b) => (a.resumeAt ?? a.startedAt) - (b.resumeAt ?? b.startedAt));
}

/** One run by id; undefined when it is not kept (or its row is broken). */
export async function getRun(db: TeachableHomeDb, id: string): Promise<Run | undefined> {
  const row = await db.routineRuns.get(id);
  return row === undefined ? undefined : readRows('run', [row], runSchema)[0];
}

/** The latest run of every routine that has one, by routine id. */
export async function lastRuns(db: TeachableHomeDb): Promise<Map<string, Run>> {
  const latest = new Map<string, Run>();
  const ids = new Set((await db.routines.toCollection().primaryKeys()).map(String));
  for (const id of ids) {
    const row = await runsOf(db, id).last();
    const run = row && readRows('run', [row], runSchema)[0];
    if (run) latest.set(id, run);
  }
  return latest;
}

/** What one run changed: its events as stored, newest first, with the run (undefined if not kept). */
export async function runEvents(
  db: TeachableHomeDb,
  runId: string,
): Promise<{ run: Run | undefined; events: EventRow[] }> {
  const run = await getRun(db, runId);
  if (!run) return { run, events: [] };
  const ids = run.steps.flatMap((s) => s.eventIds);
  const rows = await db.events.where('id').anyOf(ids).toArray();
  return { run, events: rows.sort((a, b) => b.at - a.at || b.seq - a.seq) };
}
