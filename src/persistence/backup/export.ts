// Writing a backup: everything in the database, read in one transaction so the file is a
// consistent snapshot even while the simulation keeps writing.
import { eventSchema, type HomeEvent } from '../../domain/activity/event.ts';
import type { Routine } from '../../domain/routines/model.ts';
import type { Run } from '../../domain/routines/run.ts';
import type { TeachableHomeDb } from '../db.ts';
import { readHome } from '../home.ts';
import { reportRestore, restore } from '../restore.ts';
import { getRunnerState } from '../routineRunner.ts';
import { listRoutines } from '../routines.ts';
import { runSchema } from '../runSchema.ts';
import { listSkills } from '../skills.ts';
import { restoreMemory } from '../../domain/awareness/memory.ts';
import { restoreLearning } from '../learning.ts';
import { listTaught } from '../taught.ts';
import { getClockState, getHomeSettings, getMeta } from '../settings.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  routineVersionSchema,
  type Backup,
  type BackupRoutineVersion,
} from './format.ts';

/** Reads all events in insert order; rows beyond repair are left out (and reported). */
async function allEvents(db: TeachableHomeDb): Promise<HomeEvent[]> {
  const events: HomeEvent[] = [];
  // toArray is one getAll() call: far faster than a cursor over 100,000 rows.
  for (const row of await db.events.toArray()) {
    const { seq, causeKind: _kind, ...event } = row;
    const result = restore(eventSchema, event);
    if (result.ok) events.push(result.value);
    else
      reportRestore(
        `Left a broken event (seq ${seq}) out of the backup: ${result.problems.join('; ')}`,
      );
  }
  return events;
}

interface RoutinesPart {
  routines: Routine[];
  routineVersions: BackupRoutineVersion[];
  routineRuns: Run[];
}

/**
 * The routines that are not deleted, with their kept versions in save order and their runs
 * (oldest first, for a readable file); a deleted routine's history goes with it. Broken rows
 * are left out and reported.
 */
async function allRoutines(db: TeachableHomeDb): Promise<RoutinesPart> {
  const [routines, versionRows, runRows] = await Promise.all([
    listRoutines(db),
    db.routineVersions.toArray(),
    db.routineRuns.toArray(),
  ]);
  const live = new Set(routines.map((r) => r.id));
  const routineVersions: BackupRoutineVersion[] = [];
  for (const { seq, ...row } of versionRows) {
    if (!live.has(row.routineId)) continue;
    const result = restore(routineVersionSchema, row);
    if (result.ok && result.value.routine.id === row.routineId) {
      routineVersions.push(result.value);
      continue;
    }
    // A version holding another routine would overwrite that one when restored.
    const why = result.ok ? 'it holds another routine' : result.problems.join('; ');
    reportRestore(`Left a broken routine version (seq ${seq}) out of the backup: ${why}`);
  }
  const routineRuns: Run[] = [];
  for (const row of runRows) {
    if (!live.has(row.routineId)) continue;
    const result = restore(runSchema, row);
    if (result.ok) routineRuns.push(result.value);
    else
      reportRestore(
        `Left a broken routine run (${String(row.id)}) out of the backup: ${result.problems.join('; ')}`,
      );
  }
  routineRuns.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { routines, routineVersions, routineRuns };
}

/** A backup of everything; `now` (simulated ms) is its exportedAt. */
export async function exportBackup(db: TeachableHomeDb, now: number): Promise<Backup> {
  return db.transaction('r', db.tables, async () => {
    const [
      home,
      settings,
      clock,
      meta,
      routines,
      runner,
      taught,
      skills,
      awareness,
      learning,
      events,
    ] = await Promise.all([
      readHome(db),
      getHomeSettings(db),
      getClockState(db),
      getMeta(db),
      allRoutines(db),
      getRunnerState(db),
      // Deleted items awaiting undo are left out, like deleted routines; broken ones are reported.
      listTaught(db),
      // The same for skills, with what each remembers. One whose form its blueprint no longer
      // accepts is written as the draft it is read as, not dropped: import then names it.
      listSkills(db),
      db.settings.get('awareness'),
      // Read leniently: a broken rewrite is left out rather than making the backup unreadable.
      db.settings.get('learning'),
      allEvents(db),
    ]);
    const live = new Set(routines.routines.map((r) => r.id));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      meta: meta ?? { scenario: 'imported', simulatedUntil: now, createdAt: now },
      settings,
      ...(clock && { clock }),
      home,
      ...routines,
      // A trigger held for a deleted routine would only be skipped by the runner.
      ...(runner && {
        runner: { ...runner, held: runner.held.filter((h) => live.has(h.routineId)) },
      }),
      taught,
      skills,
      ...(awareness && { awareness: restoreMemory(awareness.value) }),
      ...(learning && { learning: restoreLearning(learning.value) }),
      events,
    };
  });
}

function rows(list: readonly unknown[], indent: string): string {
  if (list.length === 0) return '[]';
  return `[\n${list.map((row) => `${indent}  ${JSON.stringify(row)}`).join(',\n')}\n${indent}]`;
}

/**
 * The backup as text: small parts indented, one line per floor, area, entity, routine (and saved
 * version, and run), taught item, skill, learned rewrite and preference, and event, so the file is readable, diffs well, and 100,000
 * events are joined in one pass rather than indented by JSON.stringify's slow path. The same
 * backup always gives the same text.
 */
export function backupToText(backup: Backup): string {
  const inline = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  const parts = [
    `  "format": ${JSON.stringify(backup.format)}`,
    `  "version": ${backup.version}`,
    `  "exportedAt": ${backup.exportedAt}`,
    `  "meta": ${inline(backup.meta)}`,
    `  "settings": ${inline(backup.settings)}`,
    ...(backup.clock ? [`  "clock": ${inline(backup.clock)}`] : []),
    `  "home": {\n    "floors": ${rows(backup.home.floors, '    ')},\n    "areas": ${rows(backup.home.areas, '    ')},\n    "entities": ${rows(backup.home.entities, '    ')}\n  }`,
    `  "routines": ${rows(backup.routines, '  ')}`,
    `  "routineVersions": ${rows(backup.routineVersions, '  ')}`,
    `  "routineRuns": ${rows(backup.routineRuns, '  ')}`,
    ...(backup.runner ? [`  "runner": ${inline(backup.runner)}`] : []),
    `  "taught": ${rows(backup.taught, '  ')}`,
    `  "skills": ${rows(backup.skills, '  ')}`,
    ...(backup.awareness ? [`  "awareness": ${inline(backup.awareness)}`] : []),
    ...(backup.learning
      ? [
          `  "learning": {\n    "rewrites": ${rows(backup.learning.rewrites, '    ')},\n    "preferences": ${rows(backup.learning.preferences, '    ')},\n    "paused": ${backup.learning.paused}\n  }`,
        ]
      : []),
    `  "events": ${rows(backup.events, '  ')}`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}
