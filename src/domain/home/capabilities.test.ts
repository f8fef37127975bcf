import { describe, expect, it } from 'vitest';
import { deviceKind, isSecurityRelevant, supportedCommands } from './capabilities.ts';
import type { CommandType } from './commands.ts';
import type { Entity } from './model.ts';
import {
  makeBinarySensor,
  makeClimate,
  makeCover,
  makeFan,
  makeGarageDoor,
  makeLight,
  makeLock,
  makeMedia,
  makePerson,
  makePlainLight,
  makeSensor,
  makeSwitch,
  runOne,
  type CommandBody,
} from './testing.ts';

const colourOnly = makeLight({
  attributes: {
    supported_color_modes: ['rgb'],
    color_mode: 'rgb',
    rgb_color: '#ff0000',
    color_temp_kelvin: undefined,
  },
});
const dimmer = makeLight({
  attributes: {
    supported_color_modes: ['brightness'],
    color_mode: 'brightness',
    color_temp_kelvin: undefined,
  },
});
const smoke = makeBinarySensor({
  id: 'binary_sensor.smoke',
  name: 'Smoke alarm',
  attributes: { device_class: 'smoke' },
});
const frontDoor = makeCover({
  id: 'cover.front_door',
  name: 'Front door',
  attributes: { device_class: 'door' },
});

// prettier-ignore
const supported: [string, Entity, CommandType[]][] = [
  ['a colour light', makeLight(), ['turn_on', 'turn_off', 'toggle', 'set_brightness', 'adjust_brightness', 'set_color', 'set_color_temp']],
  ['a colour-only light', colourOnly, ['turn_on', 'turn_off', 'toggle', 'set_brightness', 'adjust_brightness', 'set_color']],
  ['a dimmer', dimmer, ['turn_on', 'turn_off', 'toggle', 'set_brightness', 'adjust_brightness']],
  ['an on/off light', makePlainLight(), ['turn_on', 'turn_off', 'toggle']],
  ['a plug', makeSwitch(), ['turn_on', 'turn_off', 'toggle']],
  ['a fan', makeFan(), ['turn_on', 'turn_off', 'toggle', 'set_fan_speed', 'adjust_fan_speed']],
  ['a blind', makeCover(), ['open', 'close', 'stop', 'toggle', 'set_position']],
  ['a garage door', makeGarageDoor(), ['open', 'close', 'stop', 'toggle']],
  ['a lock', makeLock(), ['lock', 'unlock', 'toggle']],
  ['a thermostat', makeClimate(), ['turn_on', 'turn_off', 'toggle', 'set_temperature', 'adjust_temperature', 'set_hvac_mode']],
  ['a speaker', makeMedia(), ['turn_on', 'turn_off', 'toggle', 'play', 'pause', 'next', 'previous', 'set_volume', 'adjust_volume', 'mute', 'unmute', 'play_media']],
  ['a sensor', makeSensor(), ['set_value']],
  ['a binary sensor', makeBinarySensor(), ['trigger', 'clear']],
  ['a person', makePerson(), ['arrive', 'leave']],
];

/** A valid example of every command, to check that what is offered is also accepted. */
// prettier-ignore
const EXAMPLES: Record<CommandType, CommandBody> = {
  turn_on: { type: 'turn_on' },
  turn_off: { type: 'turn_off' },
  toggle: { type: 'toggle' },
  set_brightness: { type: 'set_brightness', brightness: 40 },
  adjust_brightness: { type: 'adjust_brightness', by: 10 },
  set_color: { type: 'set_color', color: 'red' },
  set_color_temp: { type: 'set_color_temp', kelvin: 3000 },
  set_fan_speed: { type: 'set_fan_speed', percentage: 40 },
  adjust_fan_speed: { type: 'adjust_fan_speed', by: 10 },
  open: { type: 'open' },
  close: { type: 'close' },
  stop: { type: 'stop' },
  set_position: { type: 'set_position', position: 40 },
  lock: { type: 'lock' },
  unlock: { type: 'unlock' },
  set_temperature: { type: 'set_temperature', temperature: 21 },
  adjust_temperature: { type: 'adjust_temperature', by: 1 },
  set_hvac_mode: { type: 'set_hvac_mode', mode: 'cool' },
  play: { type: 'play' },
  pause: { type: 'pause' },
  next: { type: 'next' },
  previous: { type: 'previous' },
  set_volume: { type: 'set_volume', volume: 40 },
  adjust_volume: { type: 'adjust_volume', by: 10 },
  mute: { type: 'mute' },
  unmute: { type: 'unmute' },
  play_media: { type: 'play_media', mediaId: 'song.something' },
  set_value: { type: 'set_value', value: 21 },
  trigger: { type: 'trigger' },
  clear: { type: 'clear' },
  arrive: { type: 'arrive' },
  leave: { type: 'leave' },
};

describe('supportedCommands', () => {
  it.each(supported)('%s', (_label, entity, expected) => {
    expect(supportedCommands(entity)).toEqual(expected);
  });

  it.each(supported)(
    'execute never calls an offered command unsupported for %s',
    (_label, entity) => {
      for (const type of supportedCommands(entity)) {
        const { result } = runOne(entity, EXAMPLES[type]);
        for (const error of result.errors)
          expect(error.message).not.toMatch(/ is an? .*; (it|they) can't /);
      }
    },
  );

  it.each(supported)('execute refuses every command not offered to %s', (_label, entity) => {
    const offered = new Set(supportedCommands(entity));
    for (const [type, body] of Object.entries(EXAMPLES)) {
      if (offered.has(type as CommandType)) continue;
      const { result } = runOne(entity, body);
      expect(result.errors, type).toHaveLength(1);
    }
  });
});

describe('isSecurityRelevant', () => {
  // prettier-ignore
  it.each([
    ['a lock', makeLock(), true],
    ['a garage door', makeGarageDoor(), true],
    ['a door', frontDoor, true],
    ['a smoke alarm', smoke, true],
    ['a carbon monoxide alarm', makeBinarySensor({ attributes: { device_class: 'carbon_monoxide' } }), true],
    ['a blind', makeCover(), false],
    ['a motion sensor', makeBinarySensor(), false],
    ['a light', makeLight(), false],
    ['a person', makePerson(), false],
  ] as [string, Entity, boolean][])('%s: %s', (_label, entity, expected) => {
    expect(isSecurityRelevant(entity)).toBe(expected);
  });
});

describe('deviceKind', () => {
  // prettier-ignore
  it.each([
    [makeLight(), 'light'],
    [makeSwitch(), 'plug'],
    [makeGarageDoor(), 'garage door'],
    [makeCover(), 'blind'],
    [makeMedia(), 'speaker'],
    [makeMedia({ attributes: { device_class: 'tv' } }), 'TV'],
    [makeClimate(), 'thermostat'],
    [makeSensor(), 'temperature sensor'],
    [makeBinarySensor(), 'motion sensor'],
    [smoke, 'smoke alarm'],
  ] as [Entity, string][])('%# %s', (entity, expected) => {
    expect(deviceKind(entity)).toBe(expected);
  });
});
