// The cause of what a turn does: the person's words (as much as the event schema keeps) and the
// room they spoke from.
import type { Cause } from '../activity/cause.ts';
import type { TurnInput } from './types.ts';

/** Causes keep at most this much of the utterance (the event schema's limit). */
const MAX_UTTERANCE = 500;

export function voiceCause(input: Pick<TurnInput, 'text' | 'area'>): Cause {
  return {
    kind: 'voice',
    utterance: input.text.slice(0, MAX_UTTERANCE),
    ...(input.area !== undefined ? { area: input.area } : {}),
  };
}
