// The one IndexedDB database of the app, owned by Dexie. Every table's rows are plain domain
// objects (validated again when read back, see restore.ts), so the schema below lists only keys
// and indexes, never shapes.
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Area, Entity, Floor } from '../domain/home/model.ts';
import type { HomeEvent } from '../domain/activity/event.ts';
import type { CauseKind } from '../domain/activity/cause.ts';
import type { TurnExplanation, TurnOutcome } from '../domain/assistant/types.ts';
import type { IntentName, Slots } from '../domain/language/types.ts';
import type { Routine } from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import type { TaughtItem } from '../domain/teaching/model.ts';
import type { Skill } from '../domain/blueprints/model.ts';

/**
 * An event as stored: `seq` orders events that share a millisecond (and is the stable cursor for
 * paging); `causeKind` is `cause.kind`, copied out because IndexedDB cannot index a nested field
 * inside a compound index.
 */
export type EventRow = HomeEvent & { seq: number; causeKind: CauseKind };

/**
 * One turn of the conversation with the assistant, as the console shows it: what was said, the
 * reply, and "Why?". `seq` orders the transcript; `at` is simulated ms; `area` the area id of the
 * room the person spoke from. The interpretation is kept in summary only (the full one can hold
 * a whole compound request), enough for "Why?" and for debugging.
 */
export interface TurnRow {
  seq: number;
  id: string;
  at: number;
  area?: string;
  text: string;
  reply: string;
  outcome: TurnOutcome;
  explanation: TurnExplanation;
  /** `rewrite`: the id of the learned rewrite the request was read with, if any. */
  interpretation: { intent: IntentName; slots: Slots; targets: string[]; rewrite?: string };
  /** Words a routine said on its own (no request: `text` is empty), with the run that said them. */
  routine?: { name: string; runId: string };
}

/** A routine as stored: `deletedAt` (simulated ms) marks one deleted but still undoable. */
export type RoutineRow = Routine & { deletedAt?: number };

/** One saved version of a routine (routines.ts): `seq` orders the saves, `savedAt` is simulated ms. */
export interface RoutineVersionRow {
  seq: number;
  routineId: string;
  savedAt: number;
  routine: Routine;
}

/** A taught command, concept or name as stored: `deletedAt` (simulated ms) marks one deleted but still undoable. */
export type TaughtRow = TaughtItem & { deletedAt?: number };

/** A skill made from a blueprint, as stored: `deletedAt` (simulated ms) marks one deleted but still undoable. */
export type SkillRow = Skill & { deletedAt?: number };

/**
 * 'home' -> HomeSettings, 'clock' -> SimClockState, 'meta' -> Meta; the assistant's
 * 'dialogue' -> DialogueState and 'console' -> ConsoleSettings (transcript.ts); 'runner' ->
 * RunnerState (routineRunner.ts); 'awareness' -> AwarenessMemory (awareness.ts); 'learning' ->
 * LearningState (learning.ts).
 */
export type SettingKey =
  'home' | 'clock' | 'meta' | 'dialogue' | 'console' | 'runner' | 'awareness' | 'learning';
export interface SettingRow {
  key: SettingKey;
  value: unknown;
}

export const DEFAULT_DB_NAME = 'teachable-home';

export class TeachableHomeDb extends Dexie {
  floors!: Table<Floor, string>;
  areas!: Table<Area, string>;
  entities!: Table<Entity, string>;
  events!: EntityTable<EventRow, 'seq'>;
  settings!: Table<SettingRow, SettingKey>;
  turns!: EntityTable<TurnRow, 'seq'>;
  routines!: Table<RoutineRow, string>;
  routineVersions!: EntityTable<RoutineVersionRow, 'seq'>;
  routineRuns!: Table<Run, string>;
  taught!: Table<TaughtRow, string>;
  skills!: Table<SkillRow, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    // Versions are history: never edit a declared version, since browsers already hold databases
    // created by it. To change the schema, append a new version that lists only the tables it
    // adds or changes (null deletes a table) and, when rows must be rewritten, an upgrade, e.g.
    //   this.version(3).stores({ routines: 'id, name' });
    //   this.version(4).stores({ events: '++seq, &id, at, ...' }).upgrade((tx) =>
    //     tx.table('events').toCollection().modify((row) => { ... }));
    // Dexie runs every missing upgrade in order, in one versionchange transaction, so a database
    // several versions behind is brought forward step by step. Bump the backup format as well
    // (backup/format.ts) whenever what a backup holds changes (the transcript is not in backups).
    this.version(1).stores({
      floors: 'id',
      areas: 'id',
      entities: 'id, domain, area',
      events: '++seq, &id, at, [entityId+at], [area+at], [causeKind+at]',
      settings: 'key',
    });
    // The assistant's conversation (transcript.ts): added, nothing else changes.
    this.version(2).stores({ turns: '++seq, &id' });
    // Routines, every saved version of them, and their runs' traces (routines.ts): added only.
    this.version(3).stores({
      routines: 'id',
      routineVersions: '++seq, [routineId+seq]',
      routineRuns: 'id, [routineId+startedAt], status',
    });
    // What a person taught the assistant: commands, concepts and names (taught.ts): added only.
    this.version(4).stores({ taught: 'id, kind, updatedAt' });
    // Skills made from blueprints, with what each remembers between sessions (skills.ts): added only.
    this.version(5).stores({ skills: 'id, blueprint, updatedAt' });
  }
}

/**
 * Opens (lazily, on first use) the database with that name. Tests pass a unique name, and in
 * Node `{ indexedDB, IDBKeyRange }` from fake-indexeddb unless 'fake-indexeddb/auto' is loaded.
 */
export function openDatabase(
  name: string = DEFAULT_DB_NAME,
  options?: DexieOptions,
): TeachableHomeDb {
  return new TeachableHomeDb(name, options);
}
