// "That's wrong", "undo that", "no, I meant the bedside lamp": said soon after a turn that changed
// the home, the change is taken back (each device set as it was) and, when the person said what
// they meant, that is done instead. "The bedside lamp" alone completes the request taken back, as
// the answer to "which one?" would. A learned rewrite that the person takes back loses standing.
// The words that worked and the turn taken back go to learnFromTurn (learningTurn.ts), which may
// then learn the failed words as the words meant.
import { execute, type ExecuteResult } from '../home/execute.ts';
import type { Command } from '../home/commands.ts';
import { reportOutcome } from '../learning/learn.ts';
import { isSensitiveCommand } from '../learning/sensitive.ts';
import { isContradiction, meantPart } from '../learning/signals.ts';
import { REPHRASE_WINDOW_MS } from '../learning/types.ts';
import { phraseKey } from '../learning/phrase.ts';
import type { Interpretation, PendingQuestion } from '../language/types.ts';
import { changeLines } from './explain.ts';
import type { LearningHints } from './learningTurn.ts';
import { lowerFirst } from './reply.ts';
import type { DialogueState, TurnInput, TurnResult, TurnUndo } from './types.ts';
import { joinList } from './words.ts';
import { voiceCause } from './voiceCause.ts';

/** Words that stop what is happening rather than judge the last turn: the grammar's Cancel. */
const NOT_FEEDBACK = new Set(['stop', 'cancel that'].map(phraseKey));

export interface Feedback {
  result: TurnResult;
  hints: LearningHints;
}

function withoutUndo(state: DialogueState): DialogueState {
  const { undo: _undo, offer: _offer, ...rest } = state;
  void _undo;
  void _offer;
  return rest;
}

/** The take-back that the words may use: recent enough, and nothing else waiting for an answer. */
function undoable(input: TurnInput): TurnUndo | undefined {
  const undo = input.state.undo;
  return undo && input.now - undo.at <= REPHRASE_WINDOW_MS && input.now >= undo.at
    ? undo
    : undefined;
}

/**
 * "The bedside lamp" after "turn on the big lamp" was taken back: the request taken back, with
 * the device named now, read as the answer to "which one?" among devices of the same kind.
 */
function asAnswer(input: TurnInput): PendingQuestion | undefined {
  const previous = input.state.previous;
  if (!previous || previous.targets.length === 0) return undefined;
  const domains = new Set(
    previous.targets.map((id) => input.home.entities.find((e) => e.id === id)?.domain),
  );
  const options = input.home.entities.filter((e) => domains.has(e.domain)).map((e) => e.id);
  const { name: _name, ...slots } = previous.slots;
  void _name;
  const interpretation: Interpretation = {
    text: input.text,
    intent: previous.intent,
    slots,
    targets: [],
  };
  return { kind: 'which', options, interpretation };
}

function combine(first: ExecuteResult, then: ExecuteResult | undefined): ExecuteResult {
  if (!then) return first;
  return {
    home: then.home,
    events: [...first.events, ...then.events],
    errors: [...first.errors, ...then.errors],
  };
}

/** The turn for feedback on the last one, or undefined when the words are not feedback. */
export function feedbackTurn(
  input: TurnInput,
  request: (input: TurnInput) => TurnResult,
): Feedback | undefined {
  const { state } = input;
  if (state.pending || state.teach || state.skill) return undefined;
  if (!isContradiction(input.text) || NOT_FEEDBACK.has(phraseKey(input.text))) return undefined;
  const meant = meantPart(input.text);
  const undo = undoable(input);
  if (!undo && meant === undefined) return undefined;

  const cause = voiceCause(input);
  // Taking back never unlocks, opens an entry or switches off a guard unasked.
  const safe = undo?.commands.filter((c) => !isSensitiveCommand(c, input.home)) ?? [];
  const held = undo?.commands.filter((c) => isSensitiveCommand(c, input.home)) ?? [];
  const back = undo ? execute(input.home, safe, cause, input.now) : undefined;
  const home = back?.home ?? input.home;
  const putBack = back ? putBackWords(input, back, held) : '';
  let learning = input.learning?.state;
  if (undo?.rewriteId && learning)
    learning = reportOutcome(learning, undo.rewriteId, 'undone', input.now).state;
  const hints: LearningHints = undo
    ? {
        undone: { at: undo.at, text: undo.text },
        ...(undo.rewriteId !== undefined ? { counted: undo.rewriteId } : {}),
        takenBack: back?.events.length ?? 0,
      }
    : {};

  if (meant === undefined) {
    const reply = `${putBack} What did you mean? Say it another way and I'll try again.`.trim();
    const result: TurnResult = {
      reply,
      outcome: back && back.events.length > 0 ? 'acted' : 'said',
      interpretation: { text: input.text, intent: 'Feedback', slots: {}, targets: ids(back) },
      commands: undo?.commands ?? [],
      ...(back ? { execution: back } : {}),
      explanation: {
        understood: 'Tell me something went wrong',
        intent: 'Feedback',
        slots: {},
        targets: [],
        changes: back ? changeLines(back.events, back.home, input.unit) : [],
        reasons: undo ? [`You told me “${undo.text}” went wrong, so I took it back.`] : [],
      },
      state: withoutUndo(state),
      ...(learning ? { learning } : {}),
    };
    return { result, hints };
  }

  // What was meant, on the home as it was before the turn taken back.
  const base: TurnInput = {
    ...input,
    home,
    text: meant,
    state: withoutUndo(state),
    ...(input.learning && learning ? { learning: { ...input.learning, state: learning } } : {}),
  };
  let meantResult = request(base);
  let worked = meant;
  const pending = undo && !didWork(meantResult) ? asAnswer(input) : undefined;
  if (pending) {
    const answered = request({ ...base, state: { ...base.state, pending } });
    if (didWork(answered)) {
      meantResult = answered;
      worked = lowerFirst(answered.explanation.understood);
    }
  }
  // What was meant cannot be done: nothing is taken back, and the reply says why.
  if (!didWork(meantResult)) return { result: request({ ...input, text: meant }), hints: {} };
  const execution = back ? combine(back, meantResult.execution) : meantResult.execution;
  const result: TurnResult = {
    ...meantResult,
    reply: `${putBack} ${meantResult.reply}`.trim(),
    interpretation: { ...meantResult.interpretation, text: input.text },
    commands: [...(undo?.commands ?? []), ...meantResult.commands],
    ...(execution ? { execution } : {}),
    explanation: {
      ...meantResult.explanation,
      changes: execution
        ? changeLines(execution.events, execution.home, input.unit)
        : meantResult.explanation.changes,
      reasons: [
        ...(undo ? [`You told me “${undo.text}” was not what you meant, so I took it back.`] : []),
        ...meantResult.explanation.reasons,
      ],
    },
    ...(learning || meantResult.learning ? { learning: meantResult.learning ?? learning } : {}),
  };
  return {
    result,
    hints: { ...hints, worked, ...(worked !== meant ? { canonical: true } : {}) },
  };
}

/** It did something or answered (not asked back, failed or offered to be taught). */
const didWork = (result: TurnResult) => result.outcome === 'acted' || result.outcome === 'answered';

const ids = (back: ExecuteResult | undefined) => [
  ...new Set(back?.events.map((e) => e.entityId) ?? []),
];

/** "Sorry — I put the Living room lamp back as it was.", and what was left as it is. */
function putBackWords(input: TurnInput, back: ExecuteResult, held: readonly Command[]): string {
  const named = (list: readonly string[]) =>
    joinList(list.map((id) => `the ${input.home.entities.find((e) => e.id === id)?.name ?? id}`));
  const changed = ids(back);
  const kept = [...new Set(held.map((c) => c.entityId))];
  const parts = [
    changed.length > 0 &&
      `I put ${named(changed)} back as ${changed.length > 1 ? 'they were' : 'it was'}.`,
    kept.length > 0 &&
      `I left ${named(kept)} as ${kept.length > 1 ? 'they are' : 'it is'}: for safety, I only unlock or open things when you ask.`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? `Sorry — ${parts.join(' ')}` : 'Sorry.';
}
