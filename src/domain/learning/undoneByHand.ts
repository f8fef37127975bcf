// "Reversing its change by hand within a short time" (issue 8): a turn whose change a person set
// back on the device panel soon after did the wrong thing, as surely as "that's wrong" said. A
// turn's changes are the events it caused at its own instant (voice, possibly through a routine or
// a taught command); a later change by hand, within the rephrase window, that puts any of those
// values back to what it was before takes the turn back.
import type { Cause } from '../activity/cause.ts';
import type { HomeEvent } from '../activity/event.ts';
import { REPHRASE_WINDOW_MS, type ObservedTurn } from './types.ts';

/** The cause a chain started from: a request, a routine run by a request, … */
function rootOf(cause: Cause): Cause {
  let c = cause;
  while (c.parent) c = c.parent;
  return c;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The turns with `undone` set on those a person took back by hand; `events` oldest first. */
export function markUndoneByHand(
  turns: readonly ObservedTurn[],
  events: readonly HomeEvent[],
): ObservedTurn[] {
  return turns.map((turn) => {
    if (turn.undone || turn.outcome !== 'acted') return turn;
    // The turn's own changes: at its instant, started by these words (a paused clock gives
    // several turns one instant, so the words tell them apart).
    const own = events.flatMap((e, index) => {
      const root = rootOf(e.cause);
      return e.at === turn.at && root.kind === 'voice' && root.utterance === turn.text
        ? [{ e, index }]
        : [];
    });
    const last = own.at(-1);
    if (!last) return turn;
    const undone = events.some(
      (later, index) =>
        index > last.index &&
        later.cause.kind === 'manual' &&
        later.at - turn.at <= REPHRASE_WINDOW_MS &&
        own.some(
          ({ e }) =>
            e.entityId === later.entityId &&
            later.changes.some((c) => e.changes.some((d) => d.key === c.key && same(c.to, d.from))),
        ),
    );
    return undone ? { ...turn, undone: true } : turn;
  });
}
