// What the assistant remembers for the next turn. "It" and "a bit more" refer to the last request
// that acted or answered about devices; a question asked back waits only for the next turn.
import type { Interpretation } from '../language/types.ts';
import type { PartResult } from './part.ts';
import type { DialogueState } from './types.ts';

export function nextState(
  state: DialogueState,
  parts: readonly { part: Interpretation; result: PartResult }[],
): DialogueState {
  const keep = state.previous ? { previous: state.previous } : {};
  const asked = parts.find(({ result }) => result.pending !== undefined)?.result.pending;
  if (asked) return { ...keep, pending: asked };
  const last = parts.findLast(
    ({ result }) =>
      (result.outcome === 'acted' || result.outcome === 'answered') && result.targets.length > 0,
  );
  if (!last) return keep;
  const { part, result } = last;
  return { previous: { intent: part.intent, slots: part.slots, targets: result.targets } };
}
