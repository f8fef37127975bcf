// What a turn teaches the learning layer, and what it says of it. A request that a learned rewrite
// read counts for that rewrite (it failed, or it stood) and "Why?" says so; a request that
// rephrases one that failed or was taken back just before is observed (learning/learn.ts), and a
// new candidate is offered at the end of the reply — "From now on, shall I take “kill the big
// lamp” to mean “turn off the living room lamp”?" — unless another dialogue holds the next words.
// The turn also keeps how to take back what it changed, for "that's wrong" (feedbackTurn.ts).
import { undoCommands } from '../awareness/undo.ts';
import { reportOutcome } from '../learning/learn.ts';
import { observe } from '../learning/observe.ts';
import { rephraseIn } from '../learning/signals.ts';
import { sensitiveReason } from '../learning/whyWords.ts';
import { REPHRASE_WINDOW_MS, type LearningState, type ObservedTurn } from '../learning/types.ts';
import { taughtWhen } from '../teaching/words.ts';
import { offerReason, withOffer, zoneOf } from './offerTurn.ts';
import { curly } from './words.ts';
import type {
  DialogueState,
  OfferExplanation,
  RewriteOffer,
  TurnInput,
  TurnResult,
  TurnUndo,
} from './types.ts';
import { vocabularyContext } from './vocabularyContext.ts';

/** What a turn that read other words than those said tells `learnFromTurn`. */
export interface LearningHints {
  /** The words that worked, when they are not what was said ("no, I meant …"). */
  worked?: string;
  /** The recent turn this one took back (by its time and words), to be read as undone. */
  undone?: { at: number; text: string };
  /** A rewrite this turn already counted as taken back (not to be counted twice). */
  counted?: string;
  /** How many of the turn's events took the last turn back: they are not this turn's own. */
  takenBack?: number;
  /** `worked` is the request in full words, not the words as said (which leaned on context). */
  canonical?: boolean;
}

const SUCCEEDED = new Set(['acted', 'answered']);

/** "I understood “kill the big lamp” as “turn off the living room lamp” (learned on 3 March)." */
export function rewriteLine(from: string, to: string, learnedAt: number, input: TurnInput): string {
  const when = taughtWhen({ taughtAt: learnedAt }, zoneOf(input), input.now);
  return `I understood ${curly(from)} as ${curly(to)} (learned ${when}).`;
}

/** "From now on, shall I take “X” to mean “Y”?" */
export const rewriteQuestion = (from: string, to: string) =>
  `From now on, shall I take ${curly(from)} to mean ${curly(to)}?`;

/**
 * How to take back what the turn changed: each change read backwards, newest first. The first
 * `skip` events took the turn before back ("no, I meant …"): they are not this turn's to undo.
 */
export function withUndo(input: TurnInput, result: TurnResult, skip = 0): TurnResult {
  const events = result.execution?.events.slice(skip) ?? [];
  const commands = [...events].reverse().flatMap(undoCommands);
  const { undo: _old, ...rest } = result.state;
  void _old;
  if (commands.length === 0) return { ...result, state: rest };
  const rewriteId = result.interpretation.rewrite?.id;
  const undo: TurnUndo = {
    text: input.text.slice(0, 500),
    at: input.now,
    commands,
    ...(rewriteId !== undefined ? { rewriteId } : {}),
  };
  return { ...result, state: { ...rest, undo } };
}

/** Whether another dialogue holds the next words, so no offer may be made. */
function busy(state: DialogueState, result: TurnResult): boolean {
  return (
    state.offer !== undefined ||
    state.pending !== undefined ||
    state.teach !== undefined ||
    state.skill !== undefined ||
    result.learned !== undefined
  );
}

/** The turn with what it used and what it taught counted, and a rewrite offered when one is new. */
export function learnFromTurn(
  input: TurnInput,
  result: TurnResult,
  hints: LearningHints = {},
): TurnResult {
  const learning = input.learning;
  if (!learning) return result;
  let state: LearningState = result.learning ?? learning.state;
  let next = result;

  // The turn just before used a rewrite and the person set its change back by hand since.
  const before = learning.recent.at(-1);
  if (before?.undone && before.rewriteId !== undefined && before.rewriteId !== hints.counted)
    state = reportOutcome(state, before.rewriteId, 'undone', input.now).state;

  const used = result.interpretation.rewrite;
  if (used) {
    const outcome = result.outcome === 'failed' ? 'failed' : 'worked';
    for (const id of used.all) state = reportOutcome(state, id, outcome, input.now).state;
    const line = rewriteLine(used.from, used.to, used.learnedAt, input);
    next = {
      ...next,
      explanation: {
        ...next.explanation,
        reasons: [line, ...next.explanation.reasons],
        rewrite: { from: used.from, to: used.to, learnedAt: used.learnedAt, line },
      },
    };
  }

  // A session or a teach dialogue hears answers, not requests: nothing to pair there. (A teach
  // dialogue the words dropped, being a request of their own, is no longer one.)
  const taught = result.state.teach !== undefined || result.learned !== undefined;
  const inDialogue = input.state.skill !== undefined || taught;
  if (!inDialogue && SUCCEEDED.has(result.outcome)) {
    const { pair, learned } = rephrase(input, result, state, hints);
    if (learned) {
      state = learned.state;
      const rewrite = learned.rewrite;
      if (pair && rewrite && rewrite.status === 'candidate' && !busy(next.state, next)) {
        const offer: RewriteOffer = {
          id: rewrite.id,
          from: pair.failed.text,
          to: pair.worked.text,
          question: rewriteQuestion(pair.failed.text, pair.worked.text),
          at: input.now,
        };
        // Why this one waits for a yes, before the question.
        const why = rewrite.sensitive
          ? `I'll only learn that one with your yes: ${sensitiveReason(rewrite)}. `
          : '';
        next = {
          ...next,
          reply: `${next.reply} ${why}${offer.question}`.trim(),
          state: withOffer(next.state, { kind: 'rewrite', rewrite: offer }),
          explanation: {
            ...next.explanation,
            reasons: [
              ...next.explanation.reasons,
              offerReason({ kind: 'rewrite', rewrite: offer }),
            ],
            offer: rewriteExplanation(offer),
          },
        };
      } else if (pair && rewrite?.status === 'promoted' && learned.change === 'promoted') {
        const said = `I'll take ${curly(pair.failed.text)} to mean ${curly(pair.worked.text)} from now on.`;
        next = { ...next, reply: `${next.reply} ${said}`.trim() };
      }
    }
  }
  return state === learning.state && result.learning === undefined
    ? next
    : { ...next, learning: state };
}

/** The rephrase this turn makes of a recent one, and what observing it learned. */
function rephrase(
  input: TurnInput,
  result: TurnResult,
  state: LearningState,
  hints: LearningHints,
) {
  // Words that leaned on the turns before ("turn it off") mean something else later: a rewrite to
  // them could end up unlocking a door.
  const leaned = result.interpretation.fromContext?.some((f) => f !== 'area');
  if (leaned && !hints.canonical) return {};
  const recent = (input.learning?.recent ?? [])
    .filter((t) => input.now - t.at <= REPHRASE_WINDOW_MS && t.at <= input.now)
    .map((t) =>
      t.at === hints.undone?.at && t.text === hints.undone.text ? { ...t, undone: true } : t,
    );
  // "I don't know “the big lamp”. Which device is it?" answered with a request of its own: the
  // question was asked because the request was not understood, so it failed.
  const last = recent.at(-1);
  if (input.state.teach && last?.outcome === 'asked')
    recent[recent.length - 1] = { ...last, outcome: 'failed' };
  if (recent.length === 0) return {};
  const now: ObservedTurn = {
    text: hints.worked ?? input.text,
    at: input.now,
    outcome: result.outcome,
    targets: result.interpretation.targets,
  };
  const context = vocabularyContext(input);
  const pair = rephraseIn([...recent, now], context);
  if (!pair) return {};
  return { pair, learned: observe(state, pair, context, input.now) };
}

export const rewriteExplanation = (offer: RewriteOffer): OfferExplanation => ({
  kind: 'rewrite',
  question: offer.question,
  reason: offerReason({ kind: 'rewrite', rewrite: offer }),
});
