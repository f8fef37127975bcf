// Settings nobody taught yet: "set the living room light to study mode" when nothing is called
// study mode is ApplyConcept with the devices resolved as usual and `unresolved.concept`, so the
// assistant can ask "What does study mode mean for a light?". Only for "set / put / turn … to /
// in / into <words>" whose words are no value the grammar knows: every other sentence keeps its
// meaning.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from './interpret.ts';
import { concept, vocabulary } from './testing/taught.ts';
import type { InterpretContext } from './types.ts';

const home = demoHome(NOW);
const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home, area: 'living_room', ...context });

describe('a setting nobody taught', () => {
  it('is ApplyConcept with the devices and the words as said, unresolved', () => {
    const r = say('set the living room lamp to study mode');
    expect(r).toMatchObject({
      intent: 'ApplyConcept',
      slots: { concept: 'study mode', name: 'Living room lamp' },
      targets: ['light.living_room_lamp'],
      unresolved: { concept: 'study mode' },
    });
    expect(r.taught).toBeUndefined();
  });

  it.each([
    [
      'put the kitchen lights in party mode',
      'party mode',
      ['light.kitchen_ceiling', 'light.kitchen_counter'],
    ],
    ['turn the desk lamp into disco', 'disco', ['light.desk_lamp']],
    ['switch the tv to movie mode', 'movie mode', ['media_player.living_room_tv']],
    ['change the bedroom thermostat to eco setting', 'eco setting', ['climate.main_bedroom']],
    ['set the office to focus mode', 'focus mode', ['light.office', 'light.desk_lamp']],
    ['set the lamp to relax mode in the office', 'relax mode', ['light.desk_lamp']],
  ])('"%s": %s', (text, word, targets) => {
    const r = say(text);
    expect(r.intent).toBe('ApplyConcept');
    expect(r.unresolved?.concept).toBe(word);
    expect(r.targets).toEqual(targets);
  });

  it('is read once taught, and untaught words stay unresolved beside taught ones', () => {
    const taught = vocabulary({ concepts: [concept('c-study', 'study mode', 'light')] });
    const known = say('set the living room lamp to study mode', { taught });
    expect(known.unresolved).toBeUndefined();
    expect(known.taught?.id).toBe('c-study');
    expect(say('set the living room lamp to party mode', { taught }).unresolved).toEqual({
      concept: 'party mode',
    });
  });

  it('names no device of a kind that takes no settings', () => {
    const r = say('set the front door to party mode');
    expect(r.intent).toBe('ApplyConcept');
    expect(r.targets).toEqual([]);
  });

  it('says which device is missing rather than the setting', () => {
    const taught = vocabulary({ concepts: [concept('c-study', 'study mode', 'light')] });
    const r = say('set the attic lamp to study mode', { taught });
    expect(r.intent).toBe('ApplyConcept');
    expect(r.unresolved).toEqual({ name: 'attic' });
    expect(r.targets).toEqual([]);
  });
});

describe('values the grammar knows are not settings to teach', () => {
  it.each([
    ['set the living room lamp to 50 percent', 'HassLightSet'],
    ['set the living room lamp to red', 'HassLightSet'],
    ['set the living room lamp to warm white', 'HassLightSet'],
    ['turn the lights to half', 'HassLightSet'],
    ['set the ceiling fan to high', 'HassFanSetSpeed'],
    ['set the blinds to 30%', 'HassSetPosition'],
    ['set the thermostat to 21 degrees', 'HassClimateSetTemperature'],
    ['put the kettle on', 'HassTurnOn'],
  ])('"%s" keeps its meaning', (text, intent) => {
    expect(say(text).intent).toBe(intent);
  });

  it.each([
    'turn the lamp to on',
    'turn the light to off',
    'set the thermostat to heat',
    'set the lights to dim',
    'set the lights to maximum brightness',
    'turn the tv to channel 4',
  ])('"%s" is not an unknown setting', (text) => {
    const r = say(text);
    expect(r.unresolved?.concept).toBeUndefined();
  });

  it('only in the shapes "set / put / turn … to / in / into …"', () => {
    for (const text of ['study mode in the kitchen', 'make the lamp study mode', 'study mode'])
      expect(say(text).intent, text).toBe('Unknown');
  });
});
