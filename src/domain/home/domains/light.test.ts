import { describe, it } from 'vitest';
import type { LightEntity } from '../model.ts';
import { makeLight, makePlainLight } from '../testing.ts';
import { expectRow, type Row } from './expectRow.ts';

const off = makeLight();
const on = makeLight({ state: 'on' });
const red = makeLight({
  state: 'on',
  attributes: { color_mode: 'rgb', rgb_color: '#ff0000', color_temp_kelvin: undefined },
});
const dimmedToZero = makeLight({ attributes: { brightness: 0 } });
const plain = makePlainLight();
const whiteOnly = makeLight({
  id: 'light.hall',
  name: 'Hall light',
  attributes: { supported_color_modes: ['color_temp'] },
});
const colourOnly = makeLight({
  id: 'light.desk_strip',
  name: 'Desk strip',
  attributes: {
    supported_color_modes: ['rgb'],
    color_mode: 'rgb',
    rgb_color: '#0000ff',
    color_temp_kelvin: undefined,
  },
});

// prettier-ignore
const rows: Row<LightEntity>[] = [
  ['turn_on restores the last brightness', off, { type: 'turn_on' }, { state: 'on', attributes: { brightness: 80 } }],
  ['turn_on after dimming to 0 comes back full', dimmedToZero, { type: 'turn_on' }, { state: 'on', attributes: { brightness: 100 } }],
  ['turn_off keeps the brightness', on, { type: 'turn_off' }, { state: 'off', attributes: { brightness: 80 } }],
  ['toggle turns an off light on', off, { type: 'toggle' }, { state: 'on', attributes: { brightness: 80 } }],
  ['toggle turns an on light off', on, { type: 'toggle' }, { state: 'off' }],
  ['set_brightness turns on', off, { type: 'set_brightness', brightness: 50 }, { state: 'on', attributes: { brightness: 50 } }],
  ['set_brightness 0 turns off', on, { type: 'set_brightness', brightness: 0 }, { state: 'off', attributes: { brightness: 0 } }],
  ['set_brightness 100 is in range', on, { type: 'set_brightness', brightness: 100 }, { state: 'on', attributes: { brightness: 100 } }],
  ['set_brightness 150', on, { type: 'set_brightness', brightness: 150 }, { error: 'Brightness must be between 0 and 100 %; 150 is out of range.' }],
  ['set_brightness -1', on, { type: 'set_brightness', brightness: -1 }, { error: '-1 is out of range' }],
  ['set_brightness NaN', on, { type: 'set_brightness', brightness: NaN }, { error: 'Brightness must be a number between 0 and 100 %; NaN is not a number.' }],
  ['set_brightness Infinity', on, { type: 'set_brightness', brightness: Infinity }, { error: 'Infinity is out of range' }],
  ['set_brightness "50"', on, { type: 'set_brightness', brightness: '50' as unknown as number }, { error: "'50' is not a number" }],
  ['adjust_brightness clamps at 100', on, { type: 'adjust_brightness', by: 30 }, { state: 'on', attributes: { brightness: 100 } }],
  ['adjust_brightness down to 0 turns off', on, { type: 'adjust_brightness', by: -100 }, { state: 'off', attributes: { brightness: 0 } }],
  ['adjust_brightness from off starts at 0', off, { type: 'adjust_brightness', by: 20 }, { state: 'on', attributes: { brightness: 20 } }],
  ['adjust_brightness down while off keeps the memory', off, { type: 'adjust_brightness', by: -10 }, { state: 'off', attributes: { brightness: 80 }, noop: true }],
  ['turn_on an on light is a no-op', on, { type: 'turn_on' }, { state: 'on', noop: true }],
  ['turn_off an off light is a no-op', off, { type: 'turn_off' }, { state: 'off', noop: true }],
  ['set_brightness to the same value is a no-op', on, { type: 'set_brightness', brightness: 80 }, { noop: true }],
  ['adjust_brightness by NaN', on, { type: 'adjust_brightness', by: NaN }, { error: 'A change of brightness must be a number of %' }],
  ['adjust_brightness by Infinity', on, { type: 'adjust_brightness', by: Infinity }, { error: 'Infinity is not' }],
  ['an on/off light cannot be dimmed', plain, { type: 'set_brightness', brightness: 40 }, { error: "Porch light can't be dimmed; it only turns on and off." }],
  ['an on/off light accepts 100 as "on"', plain, { type: 'set_brightness', brightness: 100 }, { state: 'on' }],
  ['an on/off light cannot be adjusted', plain, { type: 'adjust_brightness', by: 10 }, { error: "Porch light can't be dimmed" }],
  ['set_color red', off, { type: 'set_color', color: 'red' }, { state: 'on', attributes: { color_mode: 'rgb', rgb_color: '#ff0000' }, absent: ['color_temp_kelvin'] }],
  ['set_color #00FF00', on, { type: 'set_color', color: '#00FF00' }, { attributes: { color_mode: 'rgb', rgb_color: '#00ff00' } }],
  ['set_color sky blue (a CSS name in two words)', on, { type: 'set_color', color: 'Sky Blue' }, { attributes: { rgb_color: '#87ceeb' } }],
  ['set_color warm white is a colour temperature', red, { type: 'set_color', color: 'warm white' }, { attributes: { color_mode: 'color_temp', color_temp_kelvin: 2700 }, absent: ['rgb_color'] }],
  ['set_color candle light', on, { type: 'set_color', color: 'candle light' }, { attributes: { color_temp_kelvin: 2000 } }],
  ['set_color daylight', on, { type: 'set_color', color: 'daylight' }, { attributes: { color_temp_kelvin: 5000 } }],
  ['set_color an unknown name', on, { type: 'set_color', color: 'blurple' }, { error: "I don't know the colour 'blurple'." }],
  ['set_color red on a white-only light', whiteOnly, { type: 'set_color', color: 'red' }, { error: "Hall light can't show colours; it only does shades of white." }],
  ['set_color white on a white-only light', whiteOnly, { type: 'set_color', color: 'white' }, { state: 'on', attributes: { color_mode: 'color_temp', color_temp_kelvin: 4000 } }],
  ['set_color warm white on a colour-only light', colourOnly, { type: 'set_color', color: 'warm white' }, { error: "Desk strip can't do shades of white; it only shows colours." }],
  ['set_color on an on/off light', plain, { type: 'set_color', color: 'red' }, { error: "Porch light can't show colours; it has no colour setting." }],
  ['set_color_temp', red, { type: 'set_color_temp', kelvin: 3000 }, { state: 'on', attributes: { color_mode: 'color_temp', color_temp_kelvin: 3000 } }],
  ['set_color_temp rounds to whole kelvin', on, { type: 'set_color_temp', kelvin: 3000.4 }, { attributes: { color_temp_kelvin: 3000 } }],
  ['set_color_temp out of range', on, { type: 'set_color_temp', kelvin: 9000 }, { error: 'Colour temperature must be between 2000 and 6500 K; 9000 is out of range.' }],
  ['set_color_temp on a colour-only light', colourOnly, { type: 'set_color_temp', kelvin: 3000 }, { error: "Desk strip can't do shades of white" }],
  ['lock is not a light command', on, { type: 'lock' }, { error: "Kitchen ceiling is a light; it can't be locked." }],
  ['play is not a light command', on, { type: 'play' }, { error: "Kitchen ceiling is a light; it can't play anything." }],
];

describe('light commands', () => {
  it.each(rows)('%s', (_label, entity, command, expected) => expectRow(entity, command, expected));
});
