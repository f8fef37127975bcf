// The teach dialogue's state, as plain data with a zod schema: it is saved with the assistant's
// dialogue state between turns (and read back through the schema, like every stored row), so the
// dialogue survives a reload. One state per step; `misses` counts bad answers at the step.
import type { Command } from '../home/commands.ts';
import { actionSchema } from '../routines/model.ts';
import { z } from '../zod.ts';
import type { CollisionContext } from './collisions.ts';
import {
  CONCEPT_DOMAINS,
  conceptSettingsSchema,
  MAX_TAUGHT_STEPS,
  type TaughtItem,
} from './model.ts';
import type { TaughtPlan } from './run.ts';

const text = z.string().check(z.maxLength(500));
const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
const recordId = z.string().check(z.minLength(1), z.maxLength(120));
const entityId = z.string().check(z.regex(/^[a-z_]+\.[a-z0-9_]+$/), z.maxLength(120));
const misses = z.int().check(z.minimum(0), z.maximum(10));

/** What is being taught. */
export const teachTopicSchema = z.discriminatedUnion('kind', [
  /** A phrase that does things: "movie mode". */
  z.strictObject({ kind: z.literal('command'), phrase: shortText }),
  /** A word meaning settings for a kind of device, and the devices of the request to apply it to. */
  z.strictObject({
    kind: z.literal('concept'),
    word: shortText,
    domain: z.enum(CONCEPT_DOMAINS),
    entityIds: z.array(entityId).check(z.maxLength(500)),
  }),
  /** Another name for a device or a room, and the request to try again once it is known. */
  z.strictObject({
    kind: z.literal('name'),
    name: shortText,
    expects: z.enum(['device', 'room']),
    request: z.optional(text),
  }),
]);

/** The meaning understood so far, repeated back before saving. */
export const teachDraftSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('command'),
    steps: z.array(actionSchema).check(z.minLength(1), z.maxLength(MAX_TAUGHT_STEPS)),
  }),
  z.strictObject({
    kind: z.literal('concept'),
    settings: conceptSettingsSchema,
    taughtOn: z.optional(entityId),
  }),
  z.strictObject({
    kind: z.literal('name'),
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('entity'), entityId }),
      z.strictObject({ kind: z.literal('area'), areaId: recordId }),
    ]),
  }),
]);

const collisionSchema = z.strictObject({
  text,
  with: z.enum(['built-in', 'dialogue', 'routine', 'skill', 'taught', 'device', 'room']),
  refuse: z.boolean(),
  replaces: z.optional(recordId),
});

export const teachStateSchema = z.discriminatedUnion('step', [
  /** Asked "Do you want to teach me?" about an unknown phrase. */
  z.strictObject({
    step: z.literal('offer'),
    topic: teachTopicSchema,
    misses,
  }),
  /** Asked "What should I learn?" (teaching on purpose). */
  z.strictObject({ step: z.literal('phrase'), misses }),
  /** Asked what it means: what it should do, what the word means, which device it is. */
  z.strictObject({ step: z.literal('meaning'), topic: teachTopicSchema, misses }),
  /** Repeated the meaning back and asked "Shall I save that?" (saying any collisions). */
  z.strictObject({
    step: z.literal('confirm'),
    topic: teachTopicSchema,
    draft: teachDraftSchema,
    collisions: z.array(collisionSchema).check(z.maxLength(20)),
    misses,
  }),
]);

export type TeachTopic = z.infer<typeof teachTopicSchema>;
export type TeachDraft = z.infer<typeof teachDraftSchema>;
export type TeachState = z.infer<typeof teachStateSchema>;

/** What the dialogue needs from the turn; it reads nothing else, so it stays pure. */
export interface TeachContext extends CollisionContext {
  /** Area id of the room the person speaks from ("like it is now" means this room). */
  area?: string;
  /** Simulated epoch ms: when the item was taught. */
  now: number;
  /** An id for a new taught item. */
  newId: () => string;
}

export type TeachOutcome =
  /** Asked something and waits for the answer (`state` is set). */
  | 'asked'
  /** Saved `save`; `run` says what to do now, `retry` what to say again. */
  | 'saved'
  /** Cancelled or declined: nothing saved. */
  | 'cancelled'
  /** Too many answers not understood: nothing saved. */
  | 'gave_up'
  /**
   * The text was no answer but a request of its own ("what's the temperature?"): the teaching is
   * dropped and the turn handles the text as usual. `reply` is empty.
   */
  | 'not_an_answer';

/** What to do now that something was taught. */
export interface TeachRun {
  /** Commands for execute() (cause: the taught item), in order. */
  commands: Command[];
  /** Routines to start, by id. */
  routines: string[];
  say: string[];
  notify: TaughtPlan['notify'];
}

export interface TeachResult {
  /** The state for the next turn; undefined when the dialogue is over. */
  state: TeachState | undefined;
  reply: string;
  outcome: TeachOutcome;
  /** The item to save (a new id, or the id of the item whose meaning it replaces). */
  save?: TaughtItem;
  /** A new command or concept is carried out at once: "… saves, and does it". */
  run?: TeachRun;
  /** A new name: the request that failed, to be handled again now that the name is known. */
  retry?: string;
}
