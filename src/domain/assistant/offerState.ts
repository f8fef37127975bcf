// The schema of an offer kept in the dialogue state between turns (`DialogueState.offer`), for the
// code that saves the conversation and reads it back: a hunch, a follow-up or a rewrite to learn,
// with the commands "yes" would run; and how to take back the last turn (`DialogueState.undo`). Commands are checked for their shape only; execute() checks their values.
import type { FollowUpOffer, Hunch } from '../awareness/types.ts';
import type { Command } from '../home/commands.ts';
import { z } from '../zod.ts';
import type { OfferState, TurnUndo } from './types.ts';

const text = z.string().check(z.maxLength(1000));
const id = z.string().check(z.minLength(1), z.maxLength(200));
const moment = z.enum(['bedtime', 'leaving']);

export const offerCommandSchema = z.looseObject({
  entityId: id,
  type: z.string().check(z.minLength(1), z.maxLength(40)),
  brightness: z.optional(z.number()),
  by: z.optional(z.number()),
  kelvin: z.optional(z.number()),
  percentage: z.optional(z.number()),
  position: z.optional(z.number()),
  temperature: z.optional(z.number()),
  volume: z.optional(z.number()),
  value: z.optional(z.number()),
  color: z.optional(text),
  mode: z.optional(text),
  mediaId: z.optional(text),
}) as unknown as z.ZodMiniType<Command>;

/** "when nobody was home": the days the usual state was read from were chosen by it. */
const nobodyHome = z.optional(z.boolean());
const populationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days'), nobodyHome }),
  z.object({ kind: z.literal('dayType'), dayType: z.enum(['weekday', 'weekend']), nobodyHome }),
  z.object({
    kind: z.literal('weekday'),
    weekday: z.int().check(z.minimum(1), z.maximum(7)),
    nobodyHome,
  }),
  z.object({ kind: z.literal('moment'), moment }),
]);

export const hunchSchema: z.ZodMiniType<Hunch> = z.object({
  id,
  entityId: id,
  entityName: text,
  domain: text,
  area: z.optional(text),
  actual: text,
  kind: text,
  evidence: z.object({
    population: populationSchema,
    usual: text,
    agreeing: z.number(),
    sampled: z.number(),
    samples: z.array(z.object({ at: z.number(), state: text })).check(z.maxLength(100)),
    since: z.optional(z.number()),
    byNow: z.boolean(),
  }),
  fix: offerCommandSchema,
  text,
  question: text,
  spoken: text,
  confidence: z.number(),
});

export const followUpOfferSchema: z.ZodMiniType<FollowUpOffer> = z.object({
  ruleId: id,
  question: text,
  reason: text,
  commands: z.optional(z.array(offerCommandSchema).check(z.maxLength(50))),
  routineId: z.optional(id),
});

export const offerStateSchema: z.ZodMiniType<OfferState> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hunch'), hunch: hunchSchema }),
  z.object({ kind: z.literal('followUp'), offer: followUpOfferSchema }),
  z.object({
    kind: z.literal('rewrite'),
    rewrite: z.object({ id, from: text, to: text, question: text, at: z.optional(z.number()) }),
  }),
]);

/** How to take back the last turn (`DialogueState.undo`), for "that's wrong". */
export const turnUndoSchema: z.ZodMiniType<TurnUndo> = z.object({
  text,
  at: z.number(),
  commands: z.array(offerCommandSchema).check(z.maxLength(200)),
  rewriteId: z.optional(id),
});
