// Parts of a stored turn for transcript.ts: "Why?" (the explanation), and what a turn keeps for
// self-learning (issue 8): the rewrite an interpretation used and the "Why?" line of a rewrite
// (how to take back the last turn and the offer to remember a rephrase are domain schemas,
// `assistant/offerState.ts`). Typed as the domain types where
// they can be, so the two cannot drift apart. zod drops unknown keys, so a field of the domain
// types missing here would be lost silently on save.
import type { TurnExplanation } from '../domain/assistant/types.ts';
import type { RewriteUsed } from '../domain/language/types.ts';
import { z } from '../domain/zod.ts';

const text = z.string();
const time = z.number().check(z.minimum(0));
const word = z.optional(z.string());

export const rewriteUsedSchema: z.ZodMiniType<RewriteUsed> = z.object({
  id: text,
  from: text,
  to: text,
  learnedAt: time,
  all: z.array(text),
});

export const rewriteExplanationSchema: z.ZodMiniType<NonNullable<TurnExplanation['rewrite']>> =
  z.object({ from: text, to: text, learnedAt: time, line: text });

/** "Why?" for a turn, as TurnExplanation. */
export const explanationSchema: z.ZodMiniType<TurnExplanation> = z.object({
  understood: text,
  intent: text,
  slots: z.record(z.string(), z.union([z.string(), z.number()])),
  targets: z.array(z.object({ id: text, name: text })),
  changes: z.array(text),
  reasons: z.array(text),
  skill: z.optional(
    z.object({
      id: text,
      name: text,
      template: text,
      session: z.array(text),
      matched: word,
    }),
  ),
  offer: z.optional(
    z.object({
      kind: z.enum(['hunch', 'followUp', 'rewrite']),
      question: text,
      reason: text,
      text: z.optional(text),
      rule: z.optional(text),
      acceptance: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
      answer: z.optional(z.enum(['yes', 'no', 'never'])),
    }),
  ),
  rewrite: z.optional(rewriteExplanationSchema),
});
