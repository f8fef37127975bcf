// The teach dialogue's tests share these: a way to say answers in turn, and one state per step
// (the offer of "movie mode", "What does study mode mean for a light?", "Which device is the big
// light?", and the confirmation of "movie mode"). Not used by the app itself.
import type { Interpretation } from '../language/types.ts';
import { teachStep } from './dialogue.ts';
import type { TeachContext, TeachResult, TeachState } from './dialogueState.ts';
import { offerTeaching } from './offer.ts';
import { teachContext } from './testing.ts';

/** Says each answer in turn, from `state`; returns every result. */
export function talk(
  state: TeachState,
  answers: string[],
  ctx: TeachContext = teachContext(),
): TeachResult[] {
  const results: TeachResult[] = [];
  let current: TeachState | undefined = state;
  for (const answer of answers) {
    if (!current) throw new Error(`the dialogue ended before “${answer}”`);
    const result = teachStep(current, answer, ctx);
    results.push(result);
    current = result.state;
  }
  return results;
}

export const movieOffer = offerTeaching('movie mode', {
  text: 'movie mode',
  intent: 'Unknown',
  slots: {},
  targets: [],
})!.state;

export const studyModeRequest: Interpretation = {
  text: 'set the living room lamp to study mode',
  intent: 'ApplyConcept',
  slots: { name: 'Living room lamp', concept: 'study mode' },
  targets: ['light.living_room_lamp'],
  unresolved: { concept: 'study mode' },
};
export const studyQuestion = offerTeaching(studyModeRequest.text, studyModeRequest)!.state;

export const bigLightQuestion = offerTeaching('turn on the big light', {
  text: 'turn on the big light',
  intent: 'HassTurnOn',
  slots: { name: 'big', domain: 'light' },
  targets: [],
  unresolved: { name: 'big' },
})!.state;

/** The confirmation of "movie mode" = living room lights at 20 %. */
export const movieConfirm = talk(movieOffer, ['yes', 'lights to 20 percent'])[1]!.state!;
