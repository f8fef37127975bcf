// The backup file: one JSON document holding everything the database holds. Its `version` is
// the version of this format (not of the app or of the database schema); each older version has
// an upgrade step in upgrades/, applied in order on import.
//
// When what a backup holds changes (a new table, a changed row shape): bump
// BACKUP_VERSION, add upgrades/vN-to-vN+1.ts, register it in parse.ts, and keep a fixture of the
// old version in fixtures/ with a test that upgrading it keeps everything.
import { z } from '../../domain/zod.ts';
import { homeSchema, type Home } from '../../domain/home/model.ts';
import { eventSchema, type HomeEvent } from '../../domain/activity/event.ts';
import { homeSettingsSchema, type HomeSettings } from '../../domain/settings/settings.ts';
import { simClockStateSchema, type SimClockState } from '../../domain/clock/simClock.ts';
import { routineSchema, type Routine } from '../../domain/routines/model.ts';
import { taughtItemSchema, type TaughtItem } from '../../domain/teaching/model.ts';
import { skillSchema, type Skill } from '../../domain/blueprints/model.ts';
import type { Run } from '../../domain/routines/run.ts';
import type { RoutineVersionRow } from '../db.ts';
import { runnerStateSchema, type RunnerState } from '../routineRunner.ts';
import { RUNS_KEPT, VERSIONS_KEPT } from '../routines.ts';
import { runSchema } from '../runSchema.ts';
import { awarenessMemorySchema } from '../../domain/awareness/memory.ts';
import type { AwarenessMemory } from '../../domain/awareness/types.ts';
import { learningStateSchema, type LearningState } from '../../domain/learning/types.ts';
import { metaSchema, type Meta } from '../settings.ts';

export const BACKUP_FORMAT = 'teachable-home-backup';
export const BACKUP_VERSION = 7;

/** 100 MB of text: about 300,000 events, far beyond a year of a busy simulated home. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024;
export const MAX_BACKUP_EVENTS = 500_000;
/** Far more routines than anyone writes by hand; their histories are capped per routine. */
export const MAX_BACKUP_ROUTINES = 1000;
export const MAX_BACKUP_ROUTINE_VERSIONS = MAX_BACKUP_ROUTINES * VERSIONS_KEPT;
/** Waiting runs are never forgotten, so a routine may keep a few more than RUNS_KEPT. */
export const MAX_BACKUP_ROUTINE_RUNS = MAX_BACKUP_ROUTINES * (RUNS_KEPT + 10);
/** Twenty times the 500 taught items the interpreter is measured with. */
export const MAX_BACKUP_TAUGHT = 10_000;
/** Far more skills than anyone fills in by hand (each one is a whole form). */
export const MAX_BACKUP_SKILLS = 1000;
/** Deeper than any real backup (a cause chain is at most 8 deep); stops stack-exhausting files. */
export const MAX_BACKUP_DEPTH = 40;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** Simulated ms when the backup was made. */
  exportedAt: number;
  meta: Meta;
  settings: HomeSettings;
  /** Absent when the database had no clock saved yet. */
  clock?: SimClockState;
  home: Home;
  /** Routines that are not deleted (one deleted but still undoable is not worth restoring). */
  routines: Routine[];
  /** Every kept version of those routines, oldest save first, so the history keeps its order. */
  routineVersions: BackupRoutineVersion[];
  /** Their kept runs' traces. */
  routineRuns: Run[];
  /** Absent when the routine runner has not run yet. */
  runner?: RunnerState;
  /** Taught commands, concepts and names that are not deleted (since format 4). */
  taught: TaughtItem[];
  /**
   * Skills made from blueprints that are not deleted, each with what it remembers between
   * sessions (since format 5). Their forms are checked by their blueprints on import (parse.ts).
   */
  skills: Skill[];
  /**
   * What the assistant remembers of the person's answers to its hunches and offers (since format
   * 6); absent when it has not been asked anything yet.
   */
  awareness?: AwarenessMemory;
  /**
   * What the assistant learned from how the person says things: rewrites, preferences among
   * versions of a title, and the pause switch (since format 7); absent when nothing was stored.
   */
  learning?: LearningState;
  /** Oldest insert first, so events that share a millisecond keep their order. */
  events: HomeEvent[];
}

/** A saved version without its `seq`: the import re-adds versions in file order. */
export type BackupRoutineVersion = Omit<RoutineVersionRow, 'seq'>;

export const routineVersionSchema: z.ZodMiniType<BackupRoutineVersion> = z.strictObject({
  routineId: z.string().check(z.minLength(1), z.maxLength(120)),
  savedAt: z.number(),
  routine: routineSchema,
});

export const backupSchema: z.ZodMiniType<Backup> = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().check(z.minimum(0)),
  meta: metaSchema,
  settings: homeSettingsSchema,
  clock: z.optional(simClockStateSchema),
  home: homeSchema,
  routines: z.array(routineSchema).check(z.maxLength(MAX_BACKUP_ROUTINES)),
  routineVersions: z.array(routineVersionSchema).check(z.maxLength(MAX_BACKUP_ROUTINE_VERSIONS)),
  routineRuns: z.array(runSchema).check(z.maxLength(MAX_BACKUP_ROUTINE_RUNS)),
  runner: z.optional(runnerStateSchema),
  taught: z.array(taughtItemSchema).check(z.maxLength(MAX_BACKUP_TAUGHT)),
  skills: z.array(skillSchema).check(z.maxLength(MAX_BACKUP_SKILLS)),
  awareness: z.optional(awarenessMemorySchema),
  learning: z.optional(learningStateSchema),
  events: z.array(eventSchema).check(z.maxLength(MAX_BACKUP_EVENTS)),
});

/** One upgrade step's result; the caller validates the final shape with backupSchema. */
export type UpgradeResult = { ok: true; value: unknown } | { ok: false; problems: string[] };

export type ParseResult =
  | { ok: true; backup: Backup; upgradedFrom?: number }
  | { ok: false; message: string; problems: string[] };
