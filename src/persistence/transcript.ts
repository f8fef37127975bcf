// The conversation with the assistant as stored: its turns (the `turns` table, oldest first),
// what the assistant remembers between turns (the dialogue state) and the console's own settings
// (the room the person speaks from, spoken replies). Every row is validated when read back: a
// broken turn is repaired or left out, a broken dialogue state or settings row falls back to
// "nothing remembered" and the defaults. None of it is in backups: a restored backup is another
// home, so its conversation would not make sense there.
import { offerStateSchema, turnUndoSchema } from '../domain/assistant/offerState.ts';
import { z } from '../domain/zod.ts';
import { HA_INTENTS, OWN_INTENTS, type Interpretation } from '../domain/language/types.ts';
import type { DialogueState, TurnResult } from '../domain/assistant/types.ts';
import { teachStateSchema } from '../domain/teaching/dialogueState.ts';
import { skillSessionSchema } from '../domain/blueprints/session.ts';
import { mediaChoiceSchema } from '../domain/learning/preferences/types.ts';
import { explanationSchema, rewriteUsedSchema } from './turnSchemas.ts';
import type { ObservedTurn } from '../domain/learning/types.ts';
import type { SettingKey, TeachableHomeDb, TurnRow } from './db.ts';
import { humanErrors, issueToProblem, limitProblems, quote } from './problems.ts';
import { reportRestore, restore } from './restore.ts';

/** The transcript keeps this many turns: older ones are forgotten as new ones arrive. */
export const TRANSCRIPT_CAP = 500;

// Each schema is typed as the domain type it stores, so the two cannot drift apart unnoticed.
const text = z.string();
const intentSchema = z.enum([...HA_INTENTS, ...OWN_INTENTS]);
const ids = z.array(z.string());
const number = z.optional(z.number());
const word = z.optional(z.string());

const slotsSchema = z.object({
  name: word,
  area: word,
  floor: word,
  domain: word,
  device_class: word,
  brightness: number,
  color: word,
  temperature: number,
  temperature_unit: z.optional(z.enum(['C', 'F'])),
  position: number,
  volume_level: number,
  state: word,
  direction: z.optional(z.enum(['up', 'down'])),
  amount: number,
  query: z.optional(z.enum(['one', 'all', 'any', 'which', 'count'])),
  concept: word,
});

const interpretationSchema: z.ZodMiniType<Interpretation> = z.object({
  text,
  intent: intentSchema,
  slots: slotsSchema,
  targets: ids,
  ambiguous: z.optional(ids),
  unresolved: z.optional(z.object({ name: word, area: word, floor: word, concept: word })),
  fromContext: z.optional(z.array(z.enum(['area', 'targets', 'intent', 'answer']))),
  corrections: z.optional(z.array(z.object({ said: text, meant: text }))),
  template: word,
  routine: z.optional(z.object({ id: text, phrase: text })),
  taught: z.optional(z.object({ id: text, phrase: text })),
  names: z.optional(z.array(text)),
  skill: z.optional(z.object({ id: text, phrase: text, ask: word })),
  media: z.optional(ids),
  rewrite: z.optional(rewriteUsedSchema),
  // A compound request holds its parts: the same shape, one level down (and so on).
  get parts() {
    return z.optional(z.array(interpretationSchema));
  },
});

const dialogueStateSchema: z.ZodMiniType<DialogueState> = z.object({
  previous: z.optional(z.object({ intent: intentSchema, slots: slotsSchema, targets: ids })),
  pending: z.optional(
    z.object({
      kind: z.literal('which'),
      options: ids,
      interpretation: interpretationSchema,
    }),
  ),
  teach: z.optional(teachStateSchema),
  skill: z.optional(skillSessionSchema),
  offer: z.optional(offerStateSchema),
  media: z.optional(mediaChoiceSchema),
  undo: z.optional(turnUndoSchema),
});

const turnRowSchema: z.ZodMiniType<TurnRow> = z.object({
  seq: z.number(),
  id: z.string().check(z.minLength(1)),
  at: z.number(),
  area: word,
  text,
  reply: text,
  outcome: z.enum(['acted', 'answered', 'asked', 'failed', 'said']),
  explanation: explanationSchema,
  interpretation: z.object({
    intent: intentSchema,
    slots: slotsSchema,
    targets: ids,
    rewrite: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  }),
  routine: z.optional(z.object({ name: text, runId: text })),
});

/** The console's own settings. */
export const consoleSettingsSchema = z.object({
  /** Area id of the room the person speaks from; unset: the app's default room. */
  area: z.optional(z.string().check(z.minLength(1))),
  /** Read replies aloud (speechSynthesis). Off until switched on. */
  speak: z.boolean(),
});
export type ConsoleSettings = z.infer<typeof consoleSettingsSchema>;
export const DEFAULT_CONSOLE_SETTINGS: ConsoleSettings = { speak: false };

/** A turn as the store hands it over: everything but the sequence number the table assigns. */
export type NewTurn = Omit<TurnRow, 'seq'>;

/** What a turn keeps of its result: the words, the outcome, "Why?" and the gist of the meaning. */
export function turnRecord(
  result: TurnResult,
  said: { id: string; at: number; text: string; area?: string },
): NewTurn {
  const { intent, slots, targets, rewrite } = result.interpretation;
  return {
    id: said.id,
    at: said.at,
    ...(said.area !== undefined && { area: said.area }),
    text: said.text,
    reply: result.reply,
    outcome: result.outcome,
    explanation: result.explanation,
    interpretation: { intent, slots, targets, ...(rewrite && { rewrite: rewrite.id }) },
  };
}

/** Every stored turn, oldest first; a row beyond repair is left out (and reported). */
export async function readTranscript(db: TeachableHomeDb): Promise<TurnRow[]> {
  const turns: TurnRow[] = [];
  for (const row of await db.turns.toArray()) {
    const result = restore(turnRowSchema, row);
    if (result.ok) turns.push(result.value);
    else
      reportRestore(
        `Left a broken turn (seq ${quote(String(row.seq))}) out of the conversation: ${result.problems.join('; ')}`,
      );
  }
  return turns;
}

function refuse(what: string, error: z.core.$ZodError): Error {
  const problems = limitProblems(error.issues.map((i) => issueToProblem(i, [what])));
  return new Error(`Refusing to save invalid ${what}: ${problems.join('; ')}`);
}

/** Adds a turn at the end, then forgets the oldest ones beyond the cap. Returns the stored row. */
export async function addTurn(db: TeachableHomeDb, turn: NewTurn): Promise<TurnRow> {
  const checked = turnRowSchema.safeParse({ ...turn, seq: 0 }, { error: humanErrors });
  if (!checked.success) throw refuse('turn', checked.error);
  const { seq: _unassigned, ...row } = checked.data;
  return db.transaction('rw', db.turns, async () => {
    const seq = await db.turns.add(row as TurnRow);
    const extra = (await db.turns.count()) - TRANSCRIPT_CAP;
    if (extra > 0) await db.turns.bulkDelete(await db.turns.limit(extra).primaryKeys());
    return { ...row, seq };
  });
}

async function readSetting<T>(
  db: TeachableHomeDb,
  key: SettingKey,
  schema: z.ZodMiniType<T>,
): Promise<T | undefined> {
  const stored = (await db.settings.get(key))?.value;
  if (stored === undefined) return undefined;
  const result = schema.safeParse(stored, { error: humanErrors });
  if (result.success) return result.data;
  reportRestore(
    `Ignored the broken ${key} row: ${result.error.issues.map((i) => issueToProblem(i)).join('; ')}`,
  );
  return undefined;
}

async function writeSetting<T>(
  db: TeachableHomeDb,
  key: SettingKey,
  schema: z.ZodMiniType<T>,
  value: T,
): Promise<T> {
  const result = schema.safeParse(value, { error: humanErrors });
  if (!result.success) throw refuse(key, result.error);
  await db.settings.put({ key, value: result.data });
  return result.data;
}

/** What the assistant remembers from the last turns; nothing when none is stored (or it broke). */
export async function getDialogueState(db: TeachableHomeDb): Promise<DialogueState> {
  return (await readSetting(db, 'dialogue', dialogueStateSchema)) ?? {};
}

export async function saveDialogueState(
  db: TeachableHomeDb,
  state: DialogueState,
): Promise<DialogueState> {
  return writeSetting(db, 'dialogue', dialogueStateSchema, state);
}

/** The console's settings, each missing or broken one at its default. */
export async function getConsoleSettings(db: TeachableHomeDb): Promise<ConsoleSettings> {
  const stored = await readSetting(db, 'console', consoleSettingsSchema);
  return stored ?? DEFAULT_CONSOLE_SETTINGS;
}

/** Changes some of the console's settings, keeping the others as stored. */
export async function updateConsoleSettings(
  db: TeachableHomeDb,
  patch: Partial<ConsoleSettings>,
): Promise<ConsoleSettings> {
  return db.transaction('rw', db.settings, async () =>
    writeSetting(db, 'console', consoleSettingsSchema, {
      ...(await getConsoleSettings(db)),
      ...patch,
    }),
  );
}

/** What clearing took away, so that Undo can put it back. */
export interface ClearedConversation {
  turns: TurnRow[];
  dialogue: DialogueState;
}

/** Forgets the conversation: every turn, and what the assistant remembered from it. */
export async function clearTranscript(db: TeachableHomeDb): Promise<ClearedConversation> {
  return db.transaction('rw', db.turns, db.settings, async () => {
    const cleared = { turns: await db.turns.toArray(), dialogue: await getDialogueState(db) };
    await db.turns.clear();
    await db.settings.delete('dialogue');
    return cleared;
  });
}

/**
 * Undo of clearTranscript: the turns come back where they were (by their sequence numbers, so
 * before anything said since), and the dialogue state too unless a newer one was saved since.
 */
export async function restoreTranscript(
  db: TeachableHomeDb,
  cleared: ClearedConversation,
): Promise<void> {
  await db.transaction('rw', db.turns, db.settings, async () => {
    await db.turns.bulkPut(cleared.turns);
    if ((await db.settings.get('dialogue')) === undefined)
      await writeSetting(db, 'dialogue', dialogueStateSchema, cleared.dialogue);
    const extra = (await db.turns.count()) - TRANSCRIPT_CAP;
    if (extra > 0) await db.turns.bulkDelete(await db.turns.limit(extra).primaryKeys());
  });
}

/** A turn whose words answered a question: a skill's, an offer's or a teach dialogue's. */
const answeredSomething = (row: TurnRow): boolean =>
  row.explanation?.skill !== undefined ||
  row.explanation?.offer?.answer !== undefined ||
  ['AnswerOffer', 'SkillTurn', 'Teach'].includes(row.interpretation?.intent);

/**
 * The person's last turns said at or after `since`, oldest first, as learning reads them
 * (words, time, outcome, targets); what routines said on their own is left out.
 */
export async function recentTurns(
  db: TeachableHomeDb,
  since: number,
  limit = 10,
): Promise<ObservedTurn[]> {
  const rows = await db.turns.orderBy('seq').reverse().limit(limit).toArray();
  return rows
    .filter((row) => row.at >= since && typeof row.text === 'string' && row.text.trim() !== '')
    .reverse()
    .map((row) => ({
      text: row.text,
      at: row.at,
      outcome: row.outcome,
      targets: Array.isArray(row.interpretation?.targets) ? row.interpretation.targets : [],
      ...(typeof row.interpretation?.rewrite === 'string' && {
        rewriteId: row.interpretation.rewrite,
      }),
      ...(answeredSomething(row) && { inDialogue: true }),
    }));
}
