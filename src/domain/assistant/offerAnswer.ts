// The words after an offer: "yes" (or "sure", "go ahead", "please do") does what was offered, with
// the offer as the cause; "no" or "not now" leaves it; "don't ask again" silences it — the device
// for a hunch, the rule for a follow-up. What was answered is remembered (counts, snoozes) for the
// app to save. Any other words are not an answer: the offer is dropped and they are a new request.
import type { Cause } from '../activity/cause.ts';
import { answerHunch, countFollowUp, setFollowUpOff } from '../awareness/memory.ts';
import type { AwarenessMemory, FollowUpOffer, Hunch } from '../awareness/types.ts';
import type { Command } from '../home/commands.ts';
import { execute, type ExecuteResult } from '../home/execute.ts';
import type { Interpretation } from '../language/types.ts';
import { words } from '../language/normalize.ts';
import { controlWord } from '../teaching/answers.ts';
import { changeLines } from './explain.ts';
import {
  followUpExplanation,
  hunchExplanation,
  offerReason,
  withOffer,
  zoneOf,
} from './offerTurn.ts';
import { doneWords } from './offerWords.ts';
import { routineTurn } from './routineTurn.ts';
import { confirm, forget } from '../learning/learn.ts';
import { phraseKey } from '../learning/phrase.ts';
import { isContradiction } from '../learning/signals.ts';
import { REPHRASE_WINDOW_MS, type LearningState } from '../learning/types.ts';
import { rewriteExplanation } from './learningTurn.ts';
import { curly } from './words.ts';
import type {
  OfferExplanation,
  OfferState,
  RewriteOffer,
  TurnInput,
  TurnOutcome,
  TurnResult,
} from './types.ts';
import { voiceCause } from './voiceCause.ts';

export type OfferAnswer = 'yes' | 'no' | 'never';

// "don't ask again", "never ask me about that", "stop asking": the person wants it silenced.
const NEVER = [
  /^(no )?(please )?(do not|never) (ask|offer|suggest|mention)( me)?( (about|that|this|it))*( ever)?( again| anymore| any more)?( please)?$/,
  /^(no )?never( again)?( please)?$/,
  /^(please )?stop (asking|offering|suggesting)( me)?( (about|that|this|it))*$/,
];

/** How the words answer an offer, if they do. */
export function readAnswer(text: string): OfferAnswer | undefined {
  const said = words(text).join(' ');
  if (NEVER.some((p) => p.test(said))) return 'never';
  const control = controlWord(text);
  if (control === 'yes') return 'yes';
  // "no", "no thanks", "not now", "leave it", "maybe later": all leave it for now.
  if (control === 'no' || control === 'cancel') return 'no';
  return undefined;
}

const UNDERSTOOD: Record<OfferAnswer, (question: string) => string> = {
  yes: (q) => `Yes to “${q}”`,
  no: (q) => `No to “${q}”`,
  never: (q) => `Don't ask again: “${q}”`,
};

const question = (offer: OfferState) =>
  offer.kind === 'hunch'
    ? offer.hunch.question
    : offer.kind === 'followUp'
      ? offer.offer.question
      : offer.rewrite.question;

function interpretationOf(input: TurnInput, targets: string[] = []): Interpretation {
  return { text: input.text, intent: 'AnswerOffer', slots: {}, targets };
}

/** A turn that answered: the reply, what ran, and "Why?" with the offer in it. */
function answered(
  input: TurnInput,
  offer: OfferState,
  answer: OfferAnswer,
  reply: string,
  explained: OfferExplanation,
  memory: AwarenessMemory | undefined,
  run?: { commands: Command[]; execution: ExecuteResult },
  learning?: LearningState,
): TurnResult {
  const targets = [...new Set(run?.commands.map((c) => c.entityId) ?? [])];
  const home = run?.execution.home ?? input.home;
  const outcome: TurnOutcome = !run
    ? 'said'
    : run.execution.errors.length === run.commands.length
      ? 'failed'
      : 'acted';
  return {
    reply,
    outcome,
    interpretation: interpretationOf(input, targets),
    commands: run?.commands ?? [],
    ...(run ? { execution: run.execution } : {}),
    explanation: {
      understood: UNDERSTOOD[answer](question(offer)),
      intent: 'AnswerOffer',
      slots: {},
      targets: targets.map((id) => ({
        id,
        name: home.entities.find((e) => e.id === id)?.name ?? id,
      })),
      changes: run ? changeLines(run.execution.events, home, input.unit) : [],
      reasons: [offerReason(offer)],
      offer: { ...explained, answer },
    },
    state: withOffer(input.state, undefined),
    ...(memory ? { awareness: memory } : {}),
    ...(learning ? { learning } : {}),
  };
}

/**
 * An offer to remember a rephrase is answered soon, or not at all; and "that's wrong" after it
 * is about the turn it ended (feedbackTurn.ts), not a no to the offer.
 */
function rewriteOfferStands(offer: RewriteOffer, input: TurnInput): boolean {
  if (offer.at !== undefined && input.now - offer.at > REPHRASE_WINDOW_MS) return false;
  const key = phraseKey(input.text);
  return !(isContradiction(input.text) && key !== 'no' && key !== 'nope');
}

/** "From now on, shall I take … to mean …?" — yes promotes it; no and never forget it. */
function answerTheRewrite(input: TurnInput, rewrite: RewriteOffer, answer: OfferAnswer) {
  const offer: OfferState = { kind: 'rewrite', rewrite };
  const explained = rewriteExplanation(rewrite);
  const state = input.learning?.state;
  if (answer === 'yes') {
    const confirmed = state && confirm(state, rewrite.id, input.now);
    // Forgotten since (on "Things I've learned", in another tab): nothing to say yes to.
    if (confirmed?.change === 'ignored') {
      const reply = `I no longer have ${curly(rewrite.from)} to remember: say it again if you like.`;
      return answered(input, offer, answer, reply, explained, undefined);
    }
    const reply = `OK. From now on, ${curly(rewrite.from)} means ${curly(rewrite.to)}.`;
    return answered(input, offer, answer, reply, explained, undefined, undefined, confirmed?.state);
  }
  const learned = state && forget(state, rewrite.id);
  const reply = `OK, I won't take ${curly(rewrite.from)} that way.`;
  return answered(input, offer, answer, reply, explained, undefined, undefined, learned);
}

function answerTheHunch(input: TurnInput, hunch: Hunch, answer: OfferAnswer): TurnResult {
  const offer: OfferState = { kind: 'hunch', hunch };
  const memory =
    input.awareness &&
    answerHunch(
      input.awareness.memory,
      hunch,
      answer === 'yes' ? 'yes' : answer === 'no' ? 'not-now' : 'never',
      input.now,
      zoneOf(input),
    );
  const explained = hunchExplanation(hunch);
  if (answer === 'no')
    return answered(input, offer, answer, "OK, I'll leave it.", explained, memory);
  if (answer === 'never')
    return answered(
      input,
      offer,
      answer,
      `OK, I won't ask about the ${hunch.entityName} again.`,
      explained,
      memory,
    );
  const cause: Cause = {
    kind: 'hunch',
    hunchId: hunch.id,
    text: hunch.text,
    parent: voiceCause(input),
  };
  const commands = [hunch.fix];
  const execution = execute(input.home, commands, cause, input.now);
  const reply = doneWords(input, commands, execution);
  return answered(input, offer, answer, reply, explained, memory, { commands, execution });
}

function answerTheFollowUp(input: TurnInput, followUp: FollowUpOffer, answer: OfferAnswer) {
  const offer: OfferState = { kind: 'followUp', offer: followUp };
  const before = input.awareness?.memory;
  const explained = followUpExplanation(followUp, before);
  if (answer === 'never') {
    const off =
      before &&
      setFollowUpOff(countFollowUp(before, followUp.ruleId, 'declined'), followUp.ruleId, true);
    return answered(input, offer, answer, "OK, I won't offer that again.", explained, off);
  }
  const memory =
    before && countFollowUp(before, followUp.ruleId, answer === 'yes' ? 'accepted' : 'declined');
  if (answer === 'no')
    return answered(input, offer, answer, "OK, I'll leave it.", explained, memory);
  const cause: Cause = {
    kind: 'offer',
    ruleId: followUp.ruleId,
    question: followUp.question,
    parent: voiceCause(input),
  };
  if (followUp.routineId !== undefined) return acceptRoutine(input, followUp, cause, memory);
  const commands = followUp.commands ?? [];
  const execution = execute(input.home, commands, cause, input.now);
  const reply = doneWords(input, commands, execution);
  return answered(input, offer, answer, reply, explained, memory, { commands, execution });
}

/** "Shall I run Good night?" — "yes": the routine runs as if started by its phrase. */
function acceptRoutine(
  input: TurnInput,
  followUp: FollowUpOffer,
  cause: Cause,
  memory: AwarenessMemory | undefined,
): TurnResult {
  const routineId = followUp.routineId ?? '';
  const name = input.routines?.list.find((r) => r.id === routineId)?.name ?? 'that routine';
  const interpretation: Interpretation = {
    text: input.text,
    intent: 'RunRoutine',
    slots: { name },
    targets: [],
    routine: { id: routineId, phrase: input.text },
  };
  const state = withOffer(input.state, undefined);
  const offer = {
    ...followUpExplanation(followUp, input.awareness?.memory),
    answer: 'yes' as const,
  };
  const why = offerReason({ kind: 'followUp', offer: followUp });
  const ran: TurnResult = input.routines
    ? routineTurn({ ...input, state }, interpretation, input.routines, {
        cause,
        trigger: `you said “${input.text.slice(0, 100)}” to “${followUp.question}”`,
        reason: why,
      })
    : {
        // Only a caller that passes no routines at all gets here: nothing can run.
        reply: `I can't run “${name}” here.`,
        outcome: 'failed',
        interpretation,
        commands: [],
        explanation: {
          understood: '',
          intent: 'RunRoutine',
          slots: { name },
          targets: [],
          changes: [],
          reasons: [why],
        },
        state,
      };
  return {
    ...ran,
    explanation: { ...ran.explanation, understood: UNDERSTOOD.yes(followUp.question), offer },
    state: withOffer(ran.state, undefined),
    ...(memory ? { awareness: memory } : {}),
  };
}

/** The turn that answers the offer of the last reply, or undefined when the words don't. */
export function answerOffer(input: TurnInput): TurnResult | undefined {
  const offer = input.state.offer;
  if (offer?.kind === 'rewrite' && !rewriteOfferStands(offer.rewrite, input)) return undefined;
  const answer = offer && readAnswer(input.text);
  if (!offer || !answer) return undefined;
  switch (offer.kind) {
    case 'hunch':
      return answerTheHunch(input, offer.hunch, answer);
    case 'followUp':
      return answerTheFollowUp(input, offer.offer, answer);
    case 'rewrite':
      return answerTheRewrite(input, offer.rewrite, answer);
  }
}
