import { describe, expect, it } from 'vitest';
import type { Command } from '../home/commands.ts';
import type { Entity } from '../home/model.ts';
import {
  makeClimate,
  makeCover,
  makeFan,
  makeLight,
  makeLock,
  makeMedia,
  makeSwitch,
} from '../home/testing.ts';
import type { IntentName, Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { planCommands, type CommandPlan } from './commandsFor.ts';

function plan(intent: IntentName, slots: Slots = {}, unit: TemperatureUnit = 'C'): CommandPlan {
  const result = planCommands(intent, slots, unit);
  if ('refusal' in result) throw new Error(result.refusal);
  return result;
}

const body = (commands: Command[]) => commands.map(({ entityId: _id, ...rest }) => rest);

// prettier-ignore
const mapping: [IntentName, Slots, Entity, object[]][] = [
  ['HassTurnOn', {}, makeLight(), [{ type: 'turn_on' }]],
  ['HassTurnOn', {}, makeSwitch(), [{ type: 'turn_on' }]],
  ['HassTurnOn', {}, makeFan(), [{ type: 'turn_on' }]],
  ['HassTurnOn', {}, makeMedia(), [{ type: 'turn_on' }]],
  ['HassTurnOn', {}, makeCover(), [{ type: 'open' }]],
  ['HassTurnOn', {}, makeLock(), [{ type: 'lock' }]],
  ['HassTurnOff', {}, makeLight(), [{ type: 'turn_off' }]],
  ['HassTurnOff', {}, makeCover(), [{ type: 'close' }]],
  ['HassTurnOff', {}, makeLock(), [{ type: 'unlock' }]],
  ['HassLightSet', { brightness: 40 }, makeLight(), [{ type: 'set_brightness', brightness: 40 }]],
  ['HassLightSet', { color: 'red' }, makeLight(), [{ type: 'set_color', color: 'red' }]],
  ['HassLightSet', { color: 'warm white', brightness: 30 }, makeLight(), [{ type: 'set_color', color: 'warm white' }, { type: 'set_brightness', brightness: 30 }]],
  // A CSS keyword the home's own colour table lacks goes as its #rrggbb.
  ['HassLightSet', { color: 'dodger blue' }, makeLight(), [{ type: 'set_color', color: '#1e90ff' }]],
  ['HassLightSet', { color: 'lightgoldenrodyellow', brightness: 30 }, makeLight(), [{ type: 'set_color', color: '#fafad2' }, { type: 'set_brightness', brightness: 30 }]],
  ['HassLightSet', { color: 'hot pink' }, makeLight(), [{ type: 'set_color', color: 'hot pink' }]],
  ['HassLightSet', { brightness: 60 }, makeFan(), [{ type: 'set_fan_speed', percentage: 60 }]],
  ['HassFanSetSpeed', { percentage: 33 }, makeFan(), [{ type: 'set_fan_speed', percentage: 33 }]],
  ['HassSetPosition', { position: 30 }, makeCover(), [{ type: 'set_position', position: 30 }]],
  ['HassSetVolume', { volume_level: 45 }, makeMedia(), [{ type: 'set_volume', volume: 45 }]],
  ['HassMediaPause', {}, makeMedia(), [{ type: 'pause' }]],
  ['HassMediaUnpause', {}, makeMedia(), [{ type: 'play' }]],
  ['HassMediaNext', {}, makeMedia(), [{ type: 'next' }]],
  ['HassMediaPrevious', {}, makeMedia(), [{ type: 'previous' }]],
  ['HassMediaMute', {}, makeMedia(), [{ type: 'mute' }]],
  ['HassMediaUnmute', {}, makeMedia(), [{ type: 'unmute' }]],
  ['LightAdjustBrightness', { direction: 'down' }, makeLight(), [{ type: 'adjust_brightness', by: -20 }]],
  ['LightAdjustBrightness', { direction: 'up', amount: 5 }, makeLight(), [{ type: 'adjust_brightness', by: 5 }]],
  ['LightAdjustBrightness', { direction: 'up' }, makeFan(), [{ type: 'adjust_fan_speed', by: 20 }]],
  ['MediaAdjustVolume', { direction: 'up' }, makeMedia(), [{ type: 'adjust_volume', by: 10 }]],
  ['MediaAdjustVolume', { direction: 'down', amount: 25 }, makeMedia(), [{ type: 'adjust_volume', by: -25 }]],
  ['ClimateAdjustTemperature', { direction: 'up' }, makeClimate(), [{ type: 'adjust_temperature', by: 1 }]],
  ['ClimateAdjustTemperature', { direction: 'down', amount: 2 }, makeClimate(), [{ type: 'adjust_temperature', by: -2 }]],
];

describe('planCommands', () => {
  it.each(mapping)('%s %j on %s', (intent, slots, entity, expected) => {
    const commands = plan(intent, slots).build(entity);
    expect(commands.every((c) => c.entityId === entity.id)).toBe(true);
    expect(body(commands)).toEqual(expected);
  });

  it('converts a temperature said in °F, from the person’s setting, to °C', () => {
    const commands = plan('HassClimateSetTemperature', { temperature: 70 }, 'F').build(
      makeClimate(),
    );
    expect(body(commands)).toEqual([{ type: 'set_temperature', temperature: 21.11 }]);
  });

  it('takes a number without a unit in the other unit when only that one fits a thermostat', () => {
    const set = (temperature: number, unit: TemperatureUnit) =>
      plan('HassClimateSetTemperature', { temperature }, unit);
    // 72 °C is no room temperature; 72 °F is, and a °C person hears it as the nearest half degree.
    expect(body(set(72, 'C').build(makeClimate()))).toEqual([
      { type: 'set_temperature', temperature: 22 },
    ]);
    expect(set(72, 'C').echo).toBe('72 °F');
    expect(set(72, 'C').notes).toEqual([
      "You didn't say °C or °F, and 72 °C is too hot for a thermostat, so I took it as 72 °F.",
      '72 °F is 22.2 °C; I set 22 °C, the nearest half degree.',
    ]);
    // 21 °F is below freezing; 21 °C is what a °F person meant.
    expect(body(set(21, 'F').build(makeClimate()))).toEqual([
      { type: 'set_temperature', temperature: 21 },
    ]);
    expect(set(21, 'F').echo).toBe('21 °C');
    expect(set(21, 'F').notes[0]).toBe(
      "You didn't say °C or °F, and 21 °F is too cold for a thermostat, so I took it as 21 °C.",
    );
    // Numbers that fit the person's own unit stay in it.
    expect(set(22, 'C').echo).toBeUndefined();
    expect(set(70, 'F').echo).toBeUndefined();
  });

  it('uses the unit that was said over the setting', () => {
    const said = { temperature: 20, temperature_unit: 'C' as const };
    expect(body(plan('HassClimateSetTemperature', said, 'F').build(makeClimate()))).toEqual([
      { type: 'set_temperature', temperature: 20 },
    ]);
    const inF = { temperature: 68, temperature_unit: 'F' as const };
    expect(body(plan('HassClimateSetTemperature', inF, 'C').build(makeClimate()))).toEqual([
      { type: 'set_temperature', temperature: 20 },
    ]);
  });

  it('steps a °F person’s thermostat by one °F, in °C', () => {
    const commands = plan('ClimateAdjustTemperature', { direction: 'up' }, 'F').build(
      makeClimate(),
    );
    expect(body(commands)).toEqual([{ type: 'adjust_temperature', by: 0.56 }]);
  });

  it('says which values it chose and why', () => {
    expect(plan('LightAdjustBrightness', { direction: 'up' }).notes).toEqual([
      "You didn't say how much, so I used 20 %.",
    ]);
    expect(plan('LightAdjustBrightness', { direction: 'up', amount: 10 }).notes).toEqual([]);
    expect(plan('HassClimateSetTemperature', { temperature: 70 }, 'F').notes).toEqual([
      "You didn't say °C or °F, so I used °F, as in your settings.",
      '70 °F is 21.1 °C; thermostats keep °C.',
    ]);
  });

  it.each<[IntentName, Slots, TemperatureUnit, string]>([
    ['HassLightSet', {}, 'C', 'Tell me how bright or which colour'],
    ['HassLightSet', { color: 'blurple' }, 'C', "I don't know the colour 'blurple'"],
    ['HassClimateSetTemperature', {}, 'F', 'set the thermostat to 70 degrees'],
    [
      'HassClimateSetTemperature',
      { temperature: 40 },
      'C',
      'between 5 °C and 35 °C; 40 °C is out of range',
    ],
    [
      'HassClimateSetTemperature',
      { temperature: 100 },
      'F',
      'between 41 °F and 95 °F; 100 °F is out of range',
    ],
    ['HassSetPosition', {}, 'C', 'Tell me how much'],
    ['HassSetVolume', {}, 'C', 'Tell me how much'],
    ['HassFanSetSpeed', {}, 'C', 'Tell me how much'],
    ['HassClimateSetTemperature', { temperature: 200 }, 'C', '200 °C is out of range'],
    ['HassClimateSetTemperature', { temperature: 3 }, 'F', '3 °F is out of range'],
  ])('refuses %s %j with a reason', (intent, slots, unit, reason) => {
    const result = planCommands(intent, slots, unit);
    expect(result).toHaveProperty('refusal');
    expect('refusal' in result && result.refusal).toContain(reason);
  });
});
