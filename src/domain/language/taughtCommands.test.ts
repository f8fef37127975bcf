// Taught commands through `interpret`: a phrase of a TaughtCommand is intent RunTaughtCommand,
// matched as routine phrases are (fillers, politeness, wake words, small typos in longer words);
// it comes before the grammar only when the person chose that (`overrides`), otherwise only when
// the grammar understands nothing; routine phrases still come first.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from './interpret.ts';
import { taughtCommand, vocabulary } from './testing/taught.ts';
import type { InterpretContext } from './types.ts';

const home = demoHome(NOW);
const movie = taughtCommand('cmd-movie', ['Movie mode', 'film time']);
const reading = taughtCommand('cmd-reading', ['reading mode']);
// Collides with the built-in "turn off the kitchen lights"; not chosen to win.
const kitchen = taughtCommand('cmd-kitchen', ['turn off the kitchen lights']);
// Collides with built-in "stop" (cancel), and the person chose that it wins.
const stop = taughtCommand('cmd-stop', ['stop'], { overrides: true });
const taught = vocabulary({ commands: [movie, reading, kitchen, stop] });
const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home, taught, area: 'living_room', ...context });

describe('a taught command', () => {
  it('is RunTaughtCommand with its first phrase as the name and the phrase said', () => {
    expect(say('movie mode')).toEqual({
      text: 'movie mode',
      intent: 'RunTaughtCommand',
      slots: { name: 'Movie mode' },
      targets: [],
      taught: { id: 'cmd-movie', phrase: 'Movie mode' },
    });
    expect(say('film time')).toMatchObject({
      slots: { name: 'Movie mode' },
      taught: { id: 'cmd-movie', phrase: 'film time' },
    });
  });

  it.each([
    'Alexa, movie mode!',
    'hey movie mode please',
    'um, could you movie mode, thanks',
    'movie mode now',
    'MOVIE   MODE',
  ])('tolerates wake words, politeness and fillers: "%s"', (text) => {
    expect(say(text).taught?.id).toBe('cmd-movie');
  });

  it('forgives a small typo in a longer word, not in a short one', () => {
    expect(say('moive mode').taught?.id).toBe('cmd-movie');
    expect(say('reeding mode').taught?.id).toBe('cmd-reading');
    expect(say('film tine').intent).not.toBe('RunTaughtCommand');
  });

  it('needs the whole request to be its phrase', () => {
    expect(say('movie mode in the kitchen').intent).not.toBe('RunTaughtCommand');
    expect(say('movie').intent).not.toBe('RunTaughtCommand');
  });

  it('is understood when switched on by its phrase', () => {
    for (const text of ['turn on movie mode', 'start movie mode', 'activate reading mode'])
      expect(say(text).intent, text).toBe('RunTaughtCommand');
  });

  it('is one part of a compound request', () => {
    const r = say('movie mode and lock the front door');
    expect(r.parts?.map((p) => p.intent)).toEqual(['RunTaughtCommand', 'HassTurnOn']);
    expect(r.parts?.[0]?.taught?.id).toBe('cmd-movie');
    expect(r.targets).toEqual(['lock.front_door']);
  });

  it('is unknown before it is taught', () => {
    expect(interpret('movie mode', { home }).intent).toBe('Unknown');
  });
});

describe('taught commands and the built-in grammar', () => {
  it('leaves what the grammar understands to the grammar, unless chosen to win', () => {
    const r = say('turn off the kitchen lights');
    expect(r.intent).toBe('HassTurnOff');
    expect(r.targets).toEqual(['light.kitchen_ceiling', 'light.kitchen_counter']);
    const chosen = vocabulary({ commands: [{ ...kitchen, overrides: true }] });
    expect(say('turn off the kitchen lights', { taught: chosen }).taught?.id).toBe('cmd-kitchen');
  });

  it('wins over the grammar where the person chose that', () => {
    expect(say('stop').intent).toBe('RunTaughtCommand');
    const notChosen = vocabulary({ commands: [{ ...stop, overrides: false }] });
    expect(say('stop', { taught: notChosen }).intent).toBe('Cancel');
  });

  it('is used when the grammar finds nothing to act on', () => {
    // Without the command, "kitchen lights" in a home with none: the grammar finds no devices.
    const empty = { ...home, entities: home.entities.filter((e) => e.area !== 'kitchen') };
    const r = say('turn off the kitchen lights', { home: empty });
    expect(r.intent).toBe('RunTaughtCommand');
    expect(r.taught?.id).toBe('cmd-kitchen');
  });

  it('is what a setting nobody taught means when said as its phrase', () => {
    const party = taughtCommand('cmd-party', ['set the lights to party mode']);
    expect(say('set the lights to party mode').unresolved?.concept).toBe('party mode');
    const r = say('set the lights to party mode', { taught: vocabulary({ commands: [party] }) });
    expect(r.intent).toBe('RunTaughtCommand');
    expect(r.taught?.id).toBe('cmd-party');
  });

  it('comes after a routine with the same phrase', () => {
    const routines = [{ id: 'routine-movie', name: 'Movie night', phrases: ['movie mode'] }];
    const r = say('movie mode', { routines });
    expect(r.intent).toBe('RunRoutine');
    expect(r.routine?.id).toBe('routine-movie');
    // Even a command chosen to win over the grammar.
    const chosen = vocabulary({ commands: [{ ...movie, overrides: true }] });
    expect(say('movie mode', { routines, taught: chosen }).intent).toBe('RunRoutine');
  });

  it('gives the first command when two have the phrase', () => {
    const twice = vocabulary({
      commands: [movie, taughtCommand('cmd-other', ['movie mode'])],
    });
    expect(say('movie mode', { taught: twice }).taught?.id).toBe('cmd-movie');
  });

  it('keeps an answer to "which one?" an answer', () => {
    const first = taughtCommand('cmd-first', ['the first one']);
    const pending = {
      kind: 'which' as const,
      options: ['light.living_room_ceiling', 'light.living_room_lamp'],
      interpretation: {
        text: 'turn off the light',
        intent: 'HassTurnOff' as const,
        slots: {},
        targets: [],
      },
    };
    const r = say('the first one', { pending, taught: vocabulary({ commands: [first] }) });
    expect(r.intent).toBe('HassTurnOff');
    expect(r.targets).toEqual(['light.living_room_ceiling']);
  });
});
