import { describe, expect, it } from 'vitest';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';
import type { Concept } from '../../domain/teaching/model.ts';
import {
  blankConceptForm,
  conceptFormSchema,
  conceptFromForm,
  conceptToForm,
  type ConceptForm,
} from './conceptForm.ts';
import { colorText, readColor } from './conceptColors.ts';

const form = (over: Partial<ConceptForm>): ConceptForm => ({
  ...blankConceptForm('light'),
  word: 'study mode',
  ...over,
});

/** Each problem as "field: message". */
function problems(values: ConceptForm, unit: TemperatureUnit = 'C'): string[] {
  const result = conceptFormSchema(unit).safeParse(values);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const concept = (over: Partial<Concept>): Concept => ({
  id: 'c1',
  kind: 'concept',
  source: 'conversation',
  taughtAt: 1,
  updatedAt: 1,
  word: 'study mode',
  domain: 'light',
  settings: { brightness: 100, color_temp_kelvin: 4000 },
  ...over,
});

describe('setting word form ↔ concept', () => {
  it.each<[string, Concept]>([
    ['brightness and a named white', concept({})],
    ['a colour by name', concept({ settings: { rgb_color: '#87ceeb', brightness: 40 } })],
    ['a colour with no name', concept({ settings: { rgb_color: '#123456' } })],
    ['a white between the named ones', concept({ settings: { color_temp_kelvin: 3200 } })],
    ['off', concept({ settings: { power: 'off' } })],
    [
      'a thermostat',
      concept({
        word: 'cozy',
        domain: 'climate',
        settings: { hvac_mode: 'heat', temperature: 22 },
      }),
    ],
    ['a blind', concept({ word: 'half', domain: 'cover', settings: { position: 50 } })],
    ['a fan', concept({ word: 'breeze', domain: 'fan', settings: { percentage: 33 } })],
    ['a TV', concept({ word: 'quiet', domain: 'media_player', settings: { volume: 10 } })],
  ])('opens %s in the form and saves it back unchanged', (_what, item) => {
    for (const unit of ['C', 'F'] as const) {
      const values = conceptToForm(item, unit);
      expect(problems(values, unit)).toEqual([]);
      expect(conceptFromForm(values, unit).settings).toEqual(item.settings);
    }
  });

  it('shows colours by their everyday names, and other whites in kelvin', () => {
    expect(colorText({ rgb_color: '#87ceeb' })).toBe('sky blue');
    expect(colorText({ color_temp_kelvin: 2700 })).toBe('warm white');
    expect(colorText({ color_temp_kelvin: 3200 })).toBe('3200 K');
    expect(colorText({ rgb_color: '#123456' })).toBe('#123456');
  });

  it('reads temperatures in the person’s unit and keeps them in °C', () => {
    const values = form({ domain: 'climate', temperature: '72' });
    expect(problems(values, 'F')).toEqual([]);
    expect(conceptFromForm(values, 'F').settings).toEqual({ temperature: 22.2 });
    expect(
      conceptToForm(concept({ domain: 'climate', settings: { temperature: 22.2 } }), 'F'),
    ).toMatchObject({ temperature: '72' });
  });

  it('keeps only the settings of the chosen kind', () => {
    // Typed for a light, then the kind changed to a fan: the brightness is not a fan's.
    const values = form({ domain: 'fan', brightness: '80', speed: '50' });
    expect(conceptFromForm(values, 'C').settings).toEqual({ percentage: 50 });
  });

  it('keeps the device it was taught on only while it is of the chosen kind', () => {
    const lamp = 'light.living_room_lamp';
    expect(conceptFromForm(form({ brightness: '20' }), 'C', lamp).taughtOn).toBe(lamp);
    expect(
      conceptFromForm(form({ domain: 'fan', speed: '20' }), 'C', lamp).taughtOn,
    ).toBeUndefined();
  });

  it('tidies the word', () => {
    expect(conceptFromForm(form({ word: '  study   mode ', brightness: '1' }), 'C').word).toBe(
      'study mode',
    );
  });
});

describe('setting word form checks', () => {
  it('asks for the word, the kind and at least one setting, in plain words', () => {
    expect(problems(blankConceptForm())).toEqual([
      'word: Write the word or words, like “study mode”',
      'domain: Choose the kind of device it is for',
    ]);
    expect(problems(form({}))).toEqual(['settings: Choose at least one setting']);
  });

  it('says what is wrong with a number, a colour or a temperature', () => {
    expect(problems(form({ brightness: '150' }))).toEqual([
      'brightness: Enter a number from 0 to 100',
    ]);
    expect(problems(form({ brightness: 'bright' }))).toEqual([
      'brightness: Enter a number from 0 to 100',
    ]);
    expect(problems(form({ color: 'sparkly' }))).toEqual([
      'color: I don’t know that colour: try a name such as warm white, cool white, red or sky blue',
    ]);
    expect(problems(form({ domain: 'climate', temperature: '40' }))).toEqual([
      'temperature: Enter a temperature from 5 to 35 °C',
    ]);
    expect(problems(form({ domain: 'climate', temperature: '100' }), 'F')).toEqual([
      'temperature: Enter a temperature from 41 to 95 °F',
    ]);
  });

  it('refuses “off” together with other settings', () => {
    expect(problems(form({ power: 'off', brightness: '50' }))).toEqual([
      'power: A device that is off has no other settings: choose “Leave as it is”, or clear the others',
    ]);
    expect(problems(form({ domain: 'climate', power: 'on', hvacMode: 'heat' }))).toEqual([
      'power: Choose a heating mode or on/off, not both',
    ]);
  });

  it('accepts percentages as people type them', () => {
    expect(conceptFromForm(form({ brightness: '55 %' }), 'C').settings).toEqual({
      brightness: 55,
    });
    expect(conceptFromForm(form({ brightness: '12,5' }), 'C').settings).toEqual({
      brightness: 12.5,
    });
  });
});

describe('readColor', () => {
  it('reads names, shades of white, hex and kelvin', () => {
    expect(readColor('Warm White')).toEqual({ ok: true, settings: { color_temp_kelvin: 2700 } });
    expect(readColor('red')).toEqual({ ok: true, settings: { rgb_color: '#ff0000' } });
    expect(readColor('#F80')).toEqual({ ok: true, settings: { rgb_color: '#ff8800' } });
    expect(readColor('3200K')).toEqual({ ok: true, settings: { color_temp_kelvin: 3200 } });
    expect(readColor('9999 K')).toEqual({
      ok: false,
      why: 'A shade of white is from 1500 K to 9000 K',
    });
  });
});
