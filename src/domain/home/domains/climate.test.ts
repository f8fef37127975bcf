import { describe, expect, it } from 'vitest';
import type { ClimateEntity } from '../model.ts';
import { makeClimate } from '../testing.ts';
import { hvacAction } from './climate.ts';
import { expectRow, type Row } from './expectRow.ts';

const heat = makeClimate();
const cold = makeClimate({
  attributes: { current_temperature: 17, hvac_action: 'heating', temperature: 20 },
});
const off = makeClimate({
  state: 'off',
  attributes: { hvac_action: 'off', current_temperature: 16 },
});
const cool = makeClimate({
  state: 'cool',
  attributes: { temperature: 24, current_temperature: 26, hvac_action: 'cooling' },
});

// prettier-ignore
const rows: Row<ClimateEntity>[] = [
  ['set_temperature above the room starts heating', heat, { type: 'set_temperature', temperature: 22 }, { state: 'heat', attributes: { temperature: 22, hvac_action: 'heating' } }],
  ['set_temperature below the room rests', cold, { type: 'set_temperature', temperature: 17 }, { attributes: { temperature: 17, hvac_action: 'idle' } }],
  ['set_temperature within 0.2 °C rests', heat, { type: 'set_temperature', temperature: 20.2 }, { attributes: { hvac_action: 'idle' } }],
  ['set_temperature while off stays off', off, { type: 'set_temperature', temperature: 25 }, { state: 'off', attributes: { temperature: 25, hvac_action: 'off' } }],
  ['set_temperature at the limit', heat, { type: 'set_temperature', temperature: 35 }, { attributes: { temperature: 35 } }],
  ['set_temperature 40', heat, { type: 'set_temperature', temperature: 40 }, { error: 'Temperature must be between 5 and 35 °C; 40 is out of range.' }],
  ['set_temperature 4', heat, { type: 'set_temperature', temperature: 4 }, { error: '4 is out of range' }],
  ['set_temperature NaN', heat, { type: 'set_temperature', temperature: NaN }, { error: 'NaN is not a number' }],
  ['set_temperature to the same value is a no-op', heat, { type: 'set_temperature', temperature: 20 }, { noop: true }],
  ['adjust_temperature', heat, { type: 'adjust_temperature', by: 1.5 }, { attributes: { temperature: 21.5, hvac_action: 'heating' } }],
  ['adjust_temperature clamps at 35', heat, { type: 'adjust_temperature', by: 30 }, { attributes: { temperature: 35 } }],
  ['adjust_temperature clamps at 5', heat, { type: 'adjust_temperature', by: -30 }, { attributes: { temperature: 5 } }],
  ['adjust_temperature by Infinity', heat, { type: 'adjust_temperature', by: Infinity }, { error: 'A change of temperature must be a number of degrees' }],
  ['set_hvac_mode cool', cold, { type: 'set_hvac_mode', mode: 'cool' }, { state: 'cool', attributes: { hvac_action: 'idle' } }],
  ['set_hvac_mode heat_cool heats a cold room', off, { type: 'set_hvac_mode', mode: 'heat_cool' }, { state: 'heat_cool', attributes: { hvac_action: 'heating' } }],
  ['set_hvac_mode heat_cool cools a warm room', cool, { type: 'set_hvac_mode', mode: 'heat_cool' }, { state: 'heat_cool', attributes: { hvac_action: 'cooling' } }],
  ['set_hvac_mode off', cool, { type: 'set_hvac_mode', mode: 'off' }, { state: 'off', attributes: { hvac_action: 'off' } }],
  ['set_hvac_mode auto is unknown', heat, { type: 'set_hvac_mode', mode: 'auto' }, { error: "The mode must be one of off, heat, cool, heat_cool; 'auto' is not one of them." }],
  ['turn_on heats', off, { type: 'turn_on' }, { state: 'heat', attributes: { hvac_action: 'heating' } }],
  ['turn_on keeps a mode that is on', cool, { type: 'turn_on' }, { state: 'cool', noop: true }],
  ['turn_off', cool, { type: 'turn_off' }, { state: 'off', attributes: { hvac_action: 'off' } }],
  ['toggle', off, { type: 'toggle' }, { state: 'heat' }],
  ['open is not a thermostat command', heat, { type: 'open' }, { error: "Living room thermostat is a thermostat; it can't be opened." }],
];

describe('climate commands', () => {
  it.each(rows)('%s', (_label, entity, command, expected) => expectRow(entity, command, expected));
});

describe('hvacAction', () => {
  // prettier-ignore
  it.each([
    ['off', 10, 20, 'off'],
    ['heat', 19.7, 20, 'heating'],
    ['heat', 19.9, 20, 'idle'],
    ['cool', 20.3, 20, 'cooling'],
    ['cool', 20.1, 20, 'idle'],
    ['heat_cool', 19, 20, 'heating'],
    ['heat_cool', 21, 20, 'cooling'],
    ['heat_cool', 20, 20, 'idle'],
  ] as const)('%s with room %s and target %s is %s', (mode, current, target, action) => {
    expect(hvacAction(mode, current, target)).toBe(action);
  });
});
