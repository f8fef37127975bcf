// takeTurn: what was said, understood in the context of the conversation, then acted on. An offer
// the last reply made, then an open teach dialogue or skill session, hear the words first; a
// phrase of one of the person's routines runs that routine, and a skill's name opens it, instead
// of the built-in grammar. A reply may end with one offer (offerTurn.ts).
import { interpret } from '../language/interpret.ts';
import type { InterpretContext, Interpretation } from '../language/types.ts';
import { forget } from '../learning/learn.ts';
import { isContradiction } from '../learning/signals.ts';
import { whyFor } from '../learning/sensitive.ts';
import { answerOffer } from './offerAnswer.ts';
import { addOffer, withOffer } from './offerTurn.ts';
import { feedbackTurn } from './feedbackTurn.ts';
import { learnFromTurn, withUndo, type LearningHints } from './learningTurn.ts';
import { correctMediaTurn, withMedia } from './mediaTurn.ts';
import { respond } from './respond.ts';
import { routineTurn } from './routineTurn.ts';
import { continueSkillTurn, startSkillTurn, withSkill } from './skillTurn.ts';
import {
  beginTeaching,
  continueTeaching,
  offerAfterFailure,
  teachResult,
  withTeach,
} from './teachTurn.ts';
import type { TurnInput, TurnResult } from './types.ts';
import { vocabularyContext } from './vocabularyContext.ts';

export function takeTurn(input: TurnInput): TurnResult {
  // An offer at the end of the last reply hears the words first; words that don't answer it
  // drop it, uncounted, and are a request of their own.
  const answer = answerOffer(input);
  if (answer) return withUndo(input, answer);
  if (input.state.offer) {
    const dropped = dropOffer(input);
    if (dropped.learning !== input.learning) return saved(takeTurn(dropped), dropped);
    input = dropped;
  }
  // "No, the Kate Bush one" right after a title with several versions was played.
  const corrected = correctMediaTurn(input);
  if (corrected) return withUndo(input, corrected);
  if (input.state.media) input = { ...input, state: withMedia(input.state, undefined) };
  // "That's wrong", "no, I meant …": the last turn taken back, and what was meant done instead.
  const feedback = feedbackTurn(input, request);
  if (feedback) return finish(input, feedback.result, feedback.hints);
  return finish(input, request(input));
}

/** A turn whose input's learning state changed before it began: that change is saved too. */
function saved(result: TurnResult, input: TurnInput): TurnResult {
  return result.learning || !input.learning
    ? result
    : { ...result, learning: input.learning.state };
}

/** Learning counts the turn, then one offer may end the reply; the turn can be taken back. */
function finish(input: TurnInput, result: TurnResult, hints: LearningHints = {}): TurnResult {
  const learned = addOffer(input, learnFromTurn(input, result, hints));
  return withUndo(input, learned, hints.takenBack);
}

function request(input: TurnInput): TurnResult {
  const teaching = continueTeaching(input);
  if (teaching) return teachResult(input, teaching, takeTurn);
  // No teach dialogue, or the words were a request of their own: the teaching is dropped.
  if (input.state.teach) input = { ...input, state: withTeach(input.state, undefined) };
  const inSkill = continueSkillTurn(input, takeTurn);
  if (inSkill) return inSkill;
  // No session, or it is over (ended on its own, its skill switched off): a fresh request.
  if (input.state.skill) input = { ...input, state: withSkill(input.state, undefined) };
  const interpretation = safelyRewritten(input, {
    ...vocabularyContext(input),
    ...(input.state.previous ? { previous: input.state.previous } : {}),
    ...(input.state.pending ? { pending: input.state.pending } : {}),
    ...(input.learning ? { learned: input.learning.state.rewrites } : {}),
  });
  if (interpretation.intent === 'RunRoutine' && input.routines)
    return routineTurn(input, interpretation, input.routines);
  if (interpretation.intent === 'StartSkill') {
    const started = startSkillTurn(input, interpretation);
    if (started) return started;
  }
  if (interpretation.intent === 'Teach' && input.taught)
    return beginTeaching(input, interpretation);
  return offerAfterFailure(input, respond(input, interpretation));
}

/**
 * The words read with what was learned, unless a rewrite the person never said yes to would now
 * unlock, open an entry or switch off a guard (the home changed since it was learned, or the
 * words that worked leaned on the conversation): then they are read as said.
 */
function safelyRewritten(input: TurnInput, context: InterpretContext): Interpretation {
  const meaning = interpret(input.text, context);
  const used = meaning.rewrite;
  if (!used) return meaning;
  const rewrites = input.learning?.state.rewrites ?? [];
  const unconfirmed = used.all.some((id) => !rewrites.find((r) => r.id === id)?.confirmed);
  if (!unconfirmed || !whyFor(meaning, context)) return meaning;
  const { learned: _learned, ...asSaid } = context;
  void _learned;
  return interpret(input.text, asSaid);
}

/**
 * The words did not answer the last offer: it is dropped. An offer to remember a rephrase that the
 * person then calls wrong ("that's wrong", "no, I meant …") forgets that rephrase too.
 */
function dropOffer(input: TurnInput): TurnInput {
  const offer = input.state.offer;
  const state = withOffer(input.state, undefined);
  const learning = input.learning;
  if (offer?.kind !== 'rewrite' || !learning || !isContradiction(input.text))
    return { ...input, state };
  return {
    ...input,
    state,
    learning: { ...learning, state: forget(learning.state, offer.rewrite.id) },
  };
}
