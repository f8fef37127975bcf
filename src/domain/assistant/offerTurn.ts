// Offers at the end of a reply. After "good night" or "I'm leaving" (a routine for the moment, or
// the words themselves), the strongest hunch about the home as the turn left it is spoken ("By the
// way, the garage door is open. Want me to close it?"); otherwise, after a request that changed
// the home, one related next step may be offered ("Lock the doors too?"). One offer per turn at
// most, and none while another dialogue (a skill, teaching, "which one?") waits for an answer.
import type { Cause } from '../activity/cause.ts';
import { acceptanceRate, chooseFollowUp } from '../awareness/followUps/choose.ts';
import type { FollowUpContext } from '../awareness/followUps/context.ts';
import { momentOfText, routineMoment } from '../awareness/followUps/momentWords.ts';
import { ruleById } from '../awareness/followUps/rules.ts';
import { countFollowUp } from '../awareness/memory.ts';
import type { AwarenessMemory, FollowUpOffer, Hunch, MomentKind } from '../awareness/types.ts';
import type { Home } from '../home/model.ts';
import { lowerFirst } from './reply.ts';
import type {
  DialogueState,
  OfferExplanation,
  OfferState,
  TurnAwareness,
  TurnInput,
  TurnResult,
} from './types.ts';

export function withOffer(state: DialogueState, offer: OfferState | undefined): DialogueState {
  const { offer: _old, ...rest } = state;
  void _old;
  return offer ? { ...rest, offer } : rest;
}

/** The home's time zone, wherever the caller gave it. */
export const zoneOf = (input: TurnInput): string =>
  input.timeZone ?? input.routines?.settings.location.timeZone ?? 'UTC';

/** "Why?" of an offer, on the turn that made it and on the one that answers it. */
export function hunchExplanation(hunch: Hunch): OfferExplanation {
  return { kind: 'hunch', question: hunch.spoken, reason: hunch.text, text: hunch.text };
}

export function followUpExplanation(
  offer: FollowUpOffer,
  memory: AwarenessMemory | undefined,
): OfferExplanation {
  const rule = ruleById(offer.ruleId);
  return {
    kind: 'followUp',
    question: offer.question,
    reason: offer.reason,
    ...(rule ? { rule: rule.title } : {}),
    ...(memory ? { acceptance: acceptanceRate(memory.followUps[offer.ruleId]) } : {}),
  };
}

/** The line "Why?" gives for an offer: "I offered “Lock the doors too?” because …". */
export function offerReason(offer: OfferState): string {
  switch (offer.kind) {
    case 'hunch':
      return `I asked because ${lowerFirst(offer.hunch.text)}`;
    case 'followUp':
      return `I offered “${offer.offer.question}” because ${lowerFirst(offer.offer.reason)}`;
    case 'rewrite':
      return `I offered to remember it because you said “${offer.rewrite.from}”, it went wrong, and then “${offer.rewrite.to}” worked.`;
  }
}

/** Routines in a cause chain, by name: a taught command that runs "Good night" is bedtime too. */
function routineNames(cause: Cause | undefined): string[] {
  const names: string[] = [];
  for (let c = cause; c; c = c.parent) if (c.kind === 'routine') names.push(c.routineName);
  return names;
}

/** The moment the turn marked: a routine for it ran, or the words said it. */
function momentOf(input: TurnInput, result: TurnResult): MomentKind | undefined {
  const ranId = result.interpretation.routine?.id;
  const ran = ranId !== undefined ? input.routines?.list.find((r) => r.id === ranId) : undefined;
  const fromRoutine = ran && result.interpretation.intent === 'RunRoutine' && routineMoment(ran);
  if (fromRoutine) return fromRoutine;
  for (const event of result.execution?.events ?? [])
    for (const name of routineNames(event.cause)) {
      const moment = momentOfText(name);
      if (moment) return moment;
    }
  return momentOfText(input.text);
}

/** A hunch still worth saying: the device is still so, and the person has not silenced it. */
function worthSaying(hunch: Hunch, home: Home, memory: AwarenessMemory, now: number): boolean {
  const entity = home.entities.find((e) => e.id === hunch.entityId);
  return (
    entity !== undefined &&
    entity.state === hunch.actual &&
    !memory.neverAsk.includes(hunch.entityId) &&
    (memory.snoozed[hunch.id] ?? 0) <= now
  );
}

/** Whether another dialogue holds the next words, or the turn was one with a skill or teaching. */
function busy(result: TurnResult): boolean {
  const { state, interpretation } = result;
  return (
    state.skill !== undefined ||
    state.teach !== undefined ||
    state.pending !== undefined ||
    result.explanation.skill !== undefined ||
    result.learned !== undefined ||
    interpretation.intent === 'Teach'
  );
}

function followUpContext(input: TurnInput, result: TurnResult, after: Home): FollowUpContext {
  const location = input.routines?.settings.location;
  const ran = result.interpretation.intent === 'RunRoutine' && result.interpretation.routine?.id;
  return {
    before: input.home,
    after,
    events: result.execution?.events ?? [],
    intent: result.interpretation.intent,
    now: input.now,
    timeZone: zoneOf(input),
    routines: input.routines?.list.filter((r) => r.enabled) ?? [],
    ...(ran ? { ranRoutine: ran } : {}),
    ...(location
      ? { location: { latitude: location.latitude, longitude: location.longitude } }
      : {}),
  };
}

function offered(
  result: TurnResult,
  offer: OfferState,
  said: string,
  explanation: OfferExplanation,
  memory?: AwarenessMemory,
): TurnResult {
  return {
    ...result,
    reply: `${result.reply} ${said}`.trim(),
    state: withOffer(result.state, offer),
    explanation: {
      ...result.explanation,
      reasons: [...result.explanation.reasons, offerReason(offer)],
      offer: explanation,
    },
    ...(memory ? { awareness: memory } : {}),
  };
}

/** The turn with one offer added at the end of its reply, when one is worth making. */
export function addOffer(input: TurnInput, result: TurnResult): TurnResult {
  const awareness: TurnAwareness | undefined = input.awareness;
  // A request handled by a fresh turn inside this one (leaving a skill) may have offered already.
  if (!awareness || busy(result) || result.state.offer) return result;
  const after = result.execution?.home ?? input.home;
  const moment = momentOf(input, result);
  if (moment) {
    const hunch = (awareness.hunches?.(after, moment) ?? []).find((h) =>
      worthSaying(h, after, awareness.memory, input.now),
    );
    if (hunch)
      return offered(result, { kind: 'hunch', hunch }, hunch.spoken, hunchExplanation(hunch));
  }
  const changed = (result.execution?.events.length ?? 0) > 0;
  if (!changed && result.interpretation.intent !== 'RunRoutine') return result;
  const offer = chooseFollowUp(followUpContext(input, result, after), awareness.memory);
  if (!offer) return result;
  return offered(
    result,
    { kind: 'followUp', offer },
    offer.question,
    followUpExplanation(offer, awareness.memory),
    countFollowUp(awareness.memory, offer.ruleId, 'offered'),
  );
}
