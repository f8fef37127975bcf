// The issue asks for it explicitly: cancel and bad answers at every step of the teach dialogue.
import { describe, expect, it } from 'vitest';
import { CANCELLED, teachStep } from './dialogue.ts';
import { teachStateSchema, type TeachState } from './dialogueState.ts';
import { startTeaching } from './offer.ts';
import { home, teachContext } from './testing.ts';
import {
  bigLightQuestion,
  movieConfirm,
  movieOffer,
  studyQuestion,
  talk,
} from './testingDialogue.ts';

/** One state per step of the dialogue, with a bad answer for it and the start of the hint. */
const STEPS: [string, TeachState, string, string][] = [
  [
    'the offer',
    movieOffer,
    'purple monkey dishwasher',
    'Do you want to teach me what “movie mode” means? Say yes or no.',
  ],
  ['the phrase', startTeaching().state, 'asdf qwer', "Say the words you'll use, like “movie mode”"],
  [
    'what a command does',
    talk(movieOffer, ['yes'])[0]!.state!,
    'flurb the wibble',
    "I didn't understand “flurb the wibble” as something to do. Say it as you would ask me",
  ],
  [
    'what a word means',
    studyQuestion,
    'banana sandwich',
    "I didn't understand “banana sandwich” as a setting. Tell me the settings",
  ],
  [
    'which device',
    bigLightQuestion,
    'the spaceship',
    "I couldn't find “the spaceship” in this home. Say its name as the Home page shows it, for example “Hallway light”.",
  ],
  [
    'the confirmation',
    movieConfirm,
    'purple monkey dishwasher',
    'Shall I save that? Say yes or no',
  ],
];

describe.each(STEPS)('at %s', (_, state, bad, hint) => {
  it.each(['cancel', 'stop', 'never mind', 'no thanks'])(
    '“%s” ends it with nothing saved',
    (word) => {
      expect(teachStep(state, word, teachContext())).toEqual({
        state: undefined,
        reply: CANCELLED,
        outcome: 'cancelled',
      });
    },
  );

  it('asks again once after a bad answer, then gives up politely, saving nothing', () => {
    const [first, second] = talk(state, [bad, bad]);
    expect(first).toMatchObject({ outcome: 'asked', state: { step: state.step, misses: 1 } });
    expect(first!.reply.startsWith(hint), first!.reply).toBe(true);
    expect(first!.save).toBeUndefined();
    expect(second).toMatchObject({ outcome: 'gave_up', state: undefined });
    expect(second!.reply).toMatch(/^Sorry, I still don't understand/);
    expect(second!.save).toBeUndefined();
  });

  it('hands back a request of its own and drops the teaching', () => {
    expect(teachStep(state, "what's the temperature in the kitchen?", teachContext())).toEqual({
      state: undefined,
      reply: '',
      outcome: 'not_an_answer',
    });
  });

  it('keeps every state it asks from as plain data', () => {
    for (const result of talk(state, [bad])) {
      const saved = JSON.parse(JSON.stringify(result.state)) as unknown;
      expect(teachStateSchema.parse(saved)).toEqual(result.state);
    }
    expect(teachStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe('help in the middle', () => {
  it('explains the step without counting it as a bad answer', () => {
    const meaning = talk(movieOffer, ['yes'])[0]!.state!;
    const [help] = talk(meaning, ['help']);
    expect(help).toMatchObject({ outcome: 'asked', state: meaning });
    expect(help!.reply).toMatch(/^Say it as you would ask me/);
  });
});

it('does the whole thing against the demo home without a speaker room', () => {
  const ctx = teachContext({ area: undefined, home: home() });
  const [, confirm] = talk(movieOffer, ['yes', 'like it is now'], ctx);
  expect(confirm).toMatchObject({ outcome: 'asked', state: { step: 'meaning', misses: 1 } });
  expect(confirm!.reply).toBe(
    'Which devices? Say for example “the living room lights like they are now”.',
  );
});
