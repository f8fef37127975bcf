// The backup file: one JSON document holding everything the database holds. Its `version` is
// the version of this format (not of the app or of the database schema); each older version has
// an upgrade step in upgrades/, applied in order on import.
//
// When what a backup holds changes (a new table such as routines, a changed row shape): bump
// BACKUP_VERSION, add upgrades/vN-to-vN+1.ts, register it in parse.ts, and keep a fixture of the
// old version in fixtures/ with a test that upgrading it keeps everything.
import { z } from '../../domain/zod.ts';
import { homeSchema, type Home } from '../../domain/home/model.ts';
import { eventSchema, type HomeEvent } from '../../domain/activity/event.ts';
import { homeSettingsSchema, type HomeSettings } from '../../domain/settings/settings.ts';
import { simClockStateSchema, type SimClockState } from '../../domain/clock/simClock.ts';
import { metaSchema, type Meta } from '../settings.ts';

export const BACKUP_FORMAT = 'teachable-home-backup';
export const BACKUP_VERSION = 2;

/** 100 MB of text: about 300,000 events, far beyond a year of a busy simulated home. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024;
export const MAX_BACKUP_EVENTS = 500_000;
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
  /** Oldest insert first, so events that share a millisecond keep their order. */
  events: HomeEvent[];
}

export const backupSchema: z.ZodMiniType<Backup> = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().check(z.minimum(0)),
  meta: metaSchema,
  settings: homeSettingsSchema,
  clock: z.optional(simClockStateSchema),
  home: homeSchema,
  events: z.array(eventSchema).check(z.maxLength(MAX_BACKUP_EVENTS)),
});

export type ParseResult =
  | { ok: true; backup: Backup; upgradedFrom?: number }
  | { ok: false; message: string; problems: string[] };
