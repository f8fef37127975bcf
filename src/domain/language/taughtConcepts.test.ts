// Concepts through `interpret`: a word for a setting of a kind of device ("study mode" for
// lights, "cozy" for a thermostat) applied to the devices meant — said by name, by room, by kind,
// or "it" from the last request —, only those of the concept's kind; a word that fits none of
// them says so; a word taught for two kinds is picked by the device named.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from './interpret.ts';
import { concept, vocabulary } from './testing/taught.ts';
import type { InterpretContext, PreviousTurn } from './types.ts';

const home = demoHome(NOW);
const study = concept('concept-study', 'study mode', 'light');
const cozyHeat = concept('concept-cozy-heat', 'cozy', 'climate');
const taught = vocabulary({ concepts: [study, cozyHeat] });
const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home, taught, area: 'office', ...context });

const LIVING_ROOM_LIGHTS = [
  'light.living_room_ceiling',
  'light.living_room_lamp',
  'light.tv_backlight',
];

describe('a concept applied to devices', () => {
  it('is ApplyConcept with the word as taught, the concept and the devices', () => {
    const r = say('set the bedside lamp to study mode');
    expect(r).toMatchObject({
      intent: 'ApplyConcept',
      slots: { concept: 'study mode', name: 'Bedside lamp' },
      targets: ['light.bedside_lamp'],
      taught: { id: 'concept-study', phrase: 'study mode' },
    });
    expect(r.unresolved).toBeUndefined();
  });

  it.each([
    ['put the living room lamp in study mode', ['light.living_room_lamp']],
    ['switch the living room lamp to study mode', ['light.living_room_lamp']],
    ['make the living room lamp study mode', ['light.living_room_lamp']],
    ['study mode in the kitchen', ['light.kitchen_ceiling', 'light.kitchen_counter']],
    ['study mode for the desk lamp', ['light.desk_lamp']],
    ['turn the lights to study mode', ['light.office', 'light.desk_lamp']],
    ['set the living room to study mode', LIVING_ROOM_LIGHTS],
    ['turn on study mode in the living room', LIVING_ROOM_LIGHTS],
    ['i want study mode', ['light.office', 'light.desk_lamp']],
    ['Study, in the kitchen please', ['light.kitchen_ceiling', 'light.kitchen_counter']],
  ])('"%s"', (text, targets) => {
    const r = say(text);
    expect(r.intent).toBe('ApplyConcept');
    expect(r.slots.concept).toBe('study mode');
    expect(r.taught?.id).toBe('concept-study');
    expect(r.targets).toEqual(targets);
  });

  it('means the lights of a room, not everything there', () => {
    const r = say('study mode in the living room');
    expect(r.targets).toEqual(LIVING_ROOM_LIGHTS);
    expect(r.targets).not.toContain('media_player.living_room_tv');
  });

  it('applies to what the previous request was about ("make it study mode")', () => {
    const previous: PreviousTurn = {
      intent: 'HassTurnOn',
      slots: { name: 'Bedside lamp' },
      targets: ['light.bedside_lamp'],
    };
    const r = say('make it study mode', { previous });
    expect(r.intent).toBe('ApplyConcept');
    expect(r.targets).toEqual(['light.bedside_lamp']);
    expect(r.fromContext).toContain('targets');
  });

  it('carries on to a follow-up ("and the kitchen too")', () => {
    const previous: PreviousTurn = {
      intent: 'ApplyConcept',
      slots: { concept: 'study mode', area: 'Office' },
      targets: ['light.office', 'light.desk_lamp'],
    };
    const r = say('and the kitchen too', { previous });
    expect(r.intent).toBe('ApplyConcept');
    expect(r.targets).toEqual(['light.kitchen_ceiling', 'light.kitchen_counter']);
    expect(r.taught?.id).toBe('concept-study');
  });

  it('reads a climate concept for a thermostat ("cozy in the living room")', () => {
    const r = say('cozy in the living room');
    expect(r).toMatchObject({
      intent: 'ApplyConcept',
      slots: { concept: 'cozy', area: 'Living room' },
      targets: ['climate.living_room'],
      taught: { id: 'concept-cozy-heat', phrase: 'cozy' },
    });
    expect(say('make the bedroom cozy').targets).toEqual(['climate.main_bedroom']);
  });

  it("says so when the device named is not of the concept's kind", () => {
    const r = say('set the thermostat to study mode');
    expect(r.intent).toBe('ApplyConcept');
    expect(r.targets).toEqual([]);
    expect(r.unresolved).toEqual({ concept: 'study mode' });
    expect(r.slots.concept).toBe('study mode');
    const lights = say('set the living room lights to cozy');
    expect(lights.targets).toEqual([]);
    expect(lights.unresolved).toEqual({ concept: 'cozy' });
  });

  it('forgives a typo in a longer word of the concept', () => {
    const r = say('set the desk lamp to stduy mode');
    expect(r.intent).toBe('ApplyConcept');
    expect(r.taught?.id).toBe('concept-study');
    expect(r.targets).toEqual(['light.desk_lamp']);
    expect(r.unresolved).toBeUndefined();
    expect(r.corrections).toEqual([{ said: 'stduy', meant: 'study' }]);
  });

  it('acts on nothing when nothing is said and there is no room to go by', () => {
    const r = interpret('study mode', { home, taught });
    expect(r.intent).toBe('ApplyConcept');
    expect(r.targets).toEqual([]);
  });

  it('is not read until it is taught', () => {
    expect(interpret('study mode in the kitchen', { home, area: 'office' }).intent).toBe('Unknown');
  });
});

describe('one word taught for two kinds of device', () => {
  const cozyLight = concept('concept-cozy-light', 'cozy', 'light');
  const both = vocabulary({ concepts: [cozyHeat, cozyLight] });

  it('is picked by the device named', () => {
    const thermostat = say('set the upstairs thermostat to cozy', { taught: both });
    expect(thermostat.taught?.id).toBe('concept-cozy-heat');
    expect(thermostat.targets).toEqual(['climate.main_bedroom']);
    const lamp = say('set the bedside lamp to cozy', { taught: both });
    expect(lamp.taught?.id).toBe('concept-cozy-light');
    expect(lamp.targets).toEqual(['light.bedside_lamp']);
    const lights = say('make the kitchen lights cozy', { taught: both });
    expect(lights.taught?.id).toBe('concept-cozy-light');
  });

  it('takes the first taught that fits when only a room is said', () => {
    const r = say('cozy in the living room', { taught: both });
    expect(r.taught?.id).toBe('concept-cozy-heat');
    expect(r.targets).toEqual(['climate.living_room']);
  });
});

describe('a concept and the built-in words', () => {
  // A colour the grammar knows, taught as a concept too.
  const warm = concept('concept-warm', 'warm white', 'light', {
    settings: { brightness: 40, color_temp_kelvin: 2200 },
  });

  it('leaves the built-in meaning first', () => {
    const r = say('set the desk lamp to warm white', { taught: vocabulary({ concepts: [warm] }) });
    expect(r.intent).toBe('HassLightSet');
    expect(r.slots.color).toBe('warm white');
  });

  it('wins where the person chose that', () => {
    const chosen = vocabulary({ concepts: [{ ...warm, overrides: true }] });
    const r = say('set the desk lamp to warm white', { taught: chosen });
    expect(r.intent).toBe('ApplyConcept');
    expect(r.taught?.id).toBe('concept-warm');
    expect(r.targets).toEqual(['light.desk_lamp']);
  });

  it('changes nothing the grammar already understood', () => {
    for (const text of [
      'set the desk lamp to 50 percent',
      'turn off the lights in the kitchen',
      'set the thermostat to 21 degrees',
    ])
      expect(say(text).intent, text).toBe(interpret(text, { home, area: 'office' }).intent);
  });
});
