import { describe, expect, it } from 'vitest';
import { interpret } from '../language/interpret.ts';
import type { Interpretation } from '../language/types.ts';
import {
  isGibberish,
  looksLikeCommand,
  nameAsSaid,
  offerTeaching,
  startTeaching,
} from './offer.ts';
import { home } from './testing.ts';

const read = (text: string) => interpret(text, { home: home(), area: 'living_room' });
const offer = (text: string) => offerTeaching(text, read(text));

/** "set the living room lamp to study mode", as the interpreter reads a word nobody taught. */
const studyMode: Interpretation = {
  text: 'set the living room lamp to study mode',
  intent: 'ApplyConcept',
  slots: { name: 'Living room lamp', concept: 'study mode' },
  targets: ['light.living_room_lamp'],
  unresolved: { concept: 'study mode' },
};

describe('offerTeaching', () => {
  it('offers to learn an unknown phrase that sounds like a command', () => {
    expect(offer('movie mode')).toEqual({
      topic: { kind: 'command', phrase: 'movie mode' },
      state: { step: 'offer', topic: { kind: 'command', phrase: 'movie mode' }, misses: 0 },
      reply: "I don't know what “movie mode” is. Do you want to teach me?",
    });
    expect(offer('Hey Alexa, Party time!')?.topic).toEqual({
      kind: 'command',
      phrase: 'party time',
    });
  });

  it('reads "turn on movie mode" as a command to learn, not a device', () => {
    expect(offer('turn on movie mode')?.reply).toBe(
      "I don't know what “movie mode” is. Do you want to teach me?",
    );
    expect(offer('start party time')?.topic).toEqual({ kind: 'command', phrase: 'party time' });
    expect(offer('turn on the sauna')?.reply).toBe("I don't know “the sauna”. Which device is it?");
  });

  it('offers nothing for questions, chit-chat, gibberish, long requests or what it understood', () => {
    for (const text of [
      'what is love?',
      'why is the sky blue',
      'thank you',
      'hello',
      'asdf qwer',
      'xkcdxkcd zzz',
      'please make the whole house feel like a warm summer evening by the sea',
      'turn off the kitchen ceiling',
    ])
      expect(offer(text), text).toBeUndefined();
  });

  it('asks at once what an unknown setting word means for that kind of device', () => {
    expect(offerTeaching(studyMode.text, studyMode)).toEqual({
      topic: {
        kind: 'concept',
        word: 'study mode',
        domain: 'light',
        entityIds: ['light.living_room_lamp'],
      },
      state: {
        step: 'meaning',
        topic: {
          kind: 'concept',
          word: 'study mode',
          domain: 'light',
          entityIds: ['light.living_room_lamp'],
        },
        misses: 0,
      },
      reply: 'What does “study mode” mean for a light?',
    });
    const cozy: Interpretation = {
      ...studyMode,
      text: 'make the thermostat cozy',
      targets: ['climate.living_room'],
      slots: { concept: 'cozy' },
      unresolved: { concept: 'cozy' },
    };
    expect(offerTeaching(cozy.text, cozy)?.reply).toBe('What does “cozy” mean for a thermostat?');
  });

  it('asks about a setting word in a request the interpreter read', () => {
    expect(offer('set the bedroom lamp to study mode')).toMatchObject({
      topic: {
        kind: 'concept',
        word: 'study mode',
        domain: 'light',
        entityIds: ['light.bedside_lamp'],
      },
      reply: 'What does “study mode” mean for a light?',
    });
  });

  it('asks which device an unknown name is, keeping the words said', () => {
    expect(offer('turn on the big light')).toEqual({
      topic: {
        kind: 'name',
        name: 'the big light',
        expects: 'device',
        request: 'turn on the big light',
      },
      state: {
        step: 'meaning',
        topic: {
          kind: 'name',
          name: 'the big light',
          expects: 'device',
          request: 'turn on the big light',
        },
        misses: 0,
      },
      reply: "I don't know “the big light”. Which device is it?",
    });
  });

  it('asks which room an unknown room is', () => {
    const attic: Interpretation = {
      text: 'turn off the lights in the attic',
      intent: 'HassTurnOff',
      slots: { area: 'attic', domain: 'light' },
      targets: [],
      unresolved: { area: 'attic' },
    };
    expect(offerTeaching(attic.text, attic)?.reply).toBe(
      "I don't know “the attic”. Which room is it?",
    );
  });
});

describe('startTeaching', () => {
  it('asks what to learn', () => {
    expect(startTeaching()).toEqual({
      state: { step: 'phrase', misses: 0 },
      reply: "What should I learn? Say the words you'll use, like “movie mode”.",
    });
  });
});

describe('looksLikeCommand and isGibberish', () => {
  it.each(['movie mode', 'reading time', 'lights for the café', 'party 2000'])(
    '%s sounds like a command',
    (t) => {
      expect(looksLikeCommand(t)).toBe(true);
    },
  );
  it.each(['asdf', 'qwerty', 'zzzz', 'hmmmm', 'xkcdbrt'])('%s is gibberish', (w) => {
    expect(isGibberish(w)).toBe(true);
  });
  it.each(['strengths', 'rhythm', 'movie', 'mode'])('%s is a word', (w) => {
    expect(isGibberish(w)).toBe(false);
  });
});

describe('nameAsSaid', () => {
  it('keeps the kind word after an unknown name', () => {
    expect(nameAsSaid('turn on the big light', 'big')).toBe('the big light');
    expect(nameAsSaid('Switch off the Dancing Lamps please', 'dancing')).toBe('the dancing lamps');
    expect(nameAsSaid('turn on the telly thing', 'gizmo')).toBe('gizmo');
  });
});
