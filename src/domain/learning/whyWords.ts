// Why a rewrite waits for the person's yes, in words: the same on "Things I've learned" and in
// the offer to remember it.
import type { LearnedRewrite, SensitiveWhy } from './types.ts';

const WHY_WORDS: Record<SensitiveWhy, string> = {
  unlock: 'it would unlock a door',
  open: 'it would open a door or the garage',
  guard: 'it would switch off something that keeps the home safe',
  steps: 'it runs steps you may change later',
};

/** "it would unlock a door"; a general reason when the safety rule's reason is unknown. */
export const sensitiveReason = (r: Pick<LearnedRewrite, 'why'>): string =>
  r.why
    ? WHY_WORDS[r.why]
    : 'it could unlock, open or switch off something that keeps the home safe';
