// Follow-ups: what was just done or asked decides what "it", "too", "more" and a bare value
// mean. `previous` is the turn before, as the dialogue keeps it.
import type { PreviousTurn } from '../types.ts';
import {
  BEDROOM_THERMOSTAT,
  DINING_LIGHTS,
  DOWNSTAIRS_THERMOSTAT,
  KITCHEN_LIGHTS,
  LIVING_ROOM_LIGHTS,
  SPEAKER,
  TV,
} from './ids.ts';
import type { TestCase } from './types.ts';

const turnedOn = (...targets: string[]): PreviousTurn => ({
  intent: 'HassTurnOn',
  slots: {},
  targets,
});
const turnedOff = (...targets: string[]): PreviousTurn => ({
  intent: 'HassTurnOff',
  slots: {},
  targets,
});
const dimmed = (...targets: string[]): PreviousTurn => ({
  intent: 'LightAdjustBrightness',
  slots: { direction: 'down', amount: 10 },
  targets,
});
const brightened = (...targets: string[]): PreviousTurn => ({
  intent: 'LightAdjustBrightness',
  slots: { direction: 'up', amount: 10 },
  targets,
});
const setTo = (brightness: number, ...targets: string[]): PreviousTurn => ({
  intent: 'HassLightSet',
  slots: { brightness },
  targets,
});
const coloured = (color: string, ...targets: string[]): PreviousTurn => ({
  intent: 'HassLightSet',
  slots: { color },
  targets,
});
const heated = (temperature: number, target: string): PreviousTurn => ({
  intent: 'HassClimateSetTemperature',
  slots: { temperature },
  targets: [target],
});

export const FOLLOWUPS: readonly TestCase[] = [
  {
    text: 'turn it off',
    previous: turnedOn('light.kitchen_ceiling'),
    expect: { intent: 'HassTurnOff', targets: ['light.kitchen_ceiling'] },
  },
  {
    text: 'turn it off',
    area: 'living_room',
    previous: turnedOn('light.kitchen_ceiling'),
    why: '"It" is what was just turned on, wherever the person is.',
    expect: { intent: 'HassTurnOff', targets: ['light.kitchen_ceiling'] },
  },
  {
    text: 'and the living room too',
    previous: {
      intent: 'HassTurnOff',
      slots: { area: 'Kitchen', domain: 'light' },
      targets: KITCHEN_LIGHTS,
    },
    expect: { intent: 'HassTurnOff', targets: LIVING_ROOM_LIGHTS },
  },
  {
    text: 'same for the dining room',
    previous: {
      intent: 'HassTurnOff',
      slots: { area: 'Living room', domain: 'light' },
      targets: LIVING_ROOM_LIGHTS,
    },
    expect: { intent: 'HassTurnOff', targets: DINING_LIGHTS },
  },
  {
    text: 'a bit more',
    previous: dimmed('light.living_room_lamp'),
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: ['light.living_room_lamp'],
    },
  },
  {
    text: 'even more',
    previous: brightened('light.living_room_lamp'),
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'up' },
      targets: ['light.living_room_lamp'],
    },
  },
  {
    text: 'again',
    previous: brightened('light.hallway'),
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'up' },
      targets: ['light.hallway'],
    },
  },
  {
    text: 'a little less',
    previous: brightened('light.hallway'),
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: ['light.hallway'],
    },
  },
  {
    text: 'what about 20 percent',
    previous: setTo(50, 'light.bedside_lamp'),
    expect: { intent: 'HassLightSet', slots: { brightness: 20 }, targets: ['light.bedside_lamp'] },
  },
  {
    text: 'try 80',
    previous: setTo(50, 'light.bedside_lamp'),
    expect: { intent: 'HassLightSet', slots: { brightness: 80 }, targets: ['light.bedside_lamp'] },
  },
  {
    text: 'make it blue',
    previous: coloured('red', 'light.living_room_lamp'),
    expect: {
      intent: 'HassLightSet',
      slots: { color: 'blue' },
      targets: ['light.living_room_lamp'],
    },
  },
  {
    text: 'make it warm white',
    previous: turnedOn('light.bedside_lamp'),
    expect: {
      intent: 'HassLightSet',
      slots: { color: 'warm white' },
      targets: ['light.bedside_lamp'],
    },
  },
  {
    text: 'how about green',
    previous: coloured('red', 'light.tv_backlight'),
    expect: { intent: 'HassLightSet', slots: { color: 'green' }, targets: ['light.tv_backlight'] },
  },
  {
    text: 'and the garden lights',
    previous: turnedOn('light.porch'),
    expect: { intent: 'HassTurnOn', targets: ['light.garden_lights'] },
  },
  {
    text: 'and the landing',
    previous: turnedOn('light.hallway'),
    expect: { intent: 'HassTurnOn', targets: ['light.landing'] },
  },
  {
    text: 'and the coffee machine',
    previous: turnedOn('switch.kettle'),
    expect: { intent: 'HassTurnOn', targets: ['switch.coffee_machine'] },
  },
  {
    text: 'the tv backlight too',
    previous: coloured('red', 'light.living_room_lamp'),
    expect: { intent: 'HassLightSet', slots: { color: 'red' }, targets: ['light.tv_backlight'] },
  },
  {
    text: 'and the desk lamp',
    previous: setTo(40, 'light.office'),
    expect: { intent: 'HassLightSet', slots: { brightness: 40 }, targets: ['light.desk_lamp'] },
  },
  {
    text: 'the counter lights too',
    previous: turnedOff('light.kitchen_ceiling'),
    expect: { intent: 'HassTurnOff', targets: ['light.kitchen_counter'] },
  },
  {
    text: 'a bit louder',
    previous: { intent: 'HassSetVolume', slots: { volume_level: 30 }, targets: [SPEAKER] },
    expect: { intent: 'MediaAdjustVolume', slots: { direction: 'up' }, targets: [SPEAKER] },
  },
  {
    text: 'louder',
    previous: { intent: 'HassSetVolume', slots: { volume_level: 20 }, targets: [TV] },
    expect: { intent: 'MediaAdjustVolume', slots: { direction: 'up' }, targets: [TV] },
  },
  {
    text: 'more',
    previous: { intent: 'MediaAdjustVolume', slots: { direction: 'up', amount: 5 }, targets: [TV] },
    expect: { intent: 'MediaAdjustVolume', slots: { direction: 'up' }, targets: [TV] },
  },
  {
    text: 'dim it',
    previous: turnedOn('light.office'),
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: ['light.office'],
    },
  },
  {
    text: 'brighter',
    previous: turnedOn('light.office'),
    why: 'No room to go by: the light just turned on.',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'up' },
      targets: ['light.office'],
    },
  },
  {
    text: 'a bit warmer',
    previous: heated(21, DOWNSTAIRS_THERMOSTAT),
    expect: {
      intent: 'ClimateAdjustTemperature',
      slots: { direction: 'up' },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'what about 22',
    previous: heated(21, DOWNSTAIRS_THERMOSTAT),
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 22 },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'and the bedroom',
    previous: heated(21, DOWNSTAIRS_THERMOSTAT),
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 21 },
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'what about 80 percent',
    previous: {
      intent: 'HassSetPosition',
      slots: { position: 50 },
      targets: ['cover.living_room_blinds'],
    },
    expect: {
      intent: 'HassSetPosition',
      slots: { position: 80 },
      targets: ['cover.living_room_blinds'],
    },
  },
  {
    text: 'close it',
    previous: turnedOn('cover.garage_door'),
    expect: { intent: 'HassTurnOff', targets: ['cover.garage_door'] },
  },
  {
    text: 'and the back door too',
    previous: turnedOn('lock.front_door'),
    expect: { intent: 'HassTurnOn', targets: ['lock.back_door'] },
  },
  {
    text: 'turn them off',
    previous: {
      intent: 'HassGetState',
      slots: { state: 'on', domain: 'light', query: 'which', area: 'Kitchen' },
      targets: KITCHEN_LIGHTS,
    },
    expect: { intent: 'HassTurnOff', targets: KITCHEN_LIGHTS },
  },
  {
    text: 'lock it',
    previous: {
      intent: 'HassGetState',
      slots: { state: 'locked', query: 'one' },
      targets: ['lock.back_door'],
    },
    expect: { intent: 'HassTurnOn', targets: ['lock.back_door'] },
  },
  {
    text: 'turn it back on',
    previous: turnedOff(TV),
    expect: { intent: 'HassTurnOn', targets: [TV] },
  },
  {
    text: 'resume',
    previous: { intent: 'HassMediaPause', slots: {}, targets: [SPEAKER] },
    expect: { intent: 'HassMediaUnpause', targets: [SPEAKER] },
  },
  {
    text: 'set it to 30 percent',
    previous: turnedOn('light.sideboard_lamp'),
    expect: {
      intent: 'HassLightSet',
      slots: { brightness: 30 },
      targets: ['light.sideboard_lamp'],
    },
  },
  {
    text: 'open them halfway',
    previous: turnedOff('cover.living_room_blinds'),
    expect: {
      intent: 'HassSetPosition',
      slots: { position: 50 },
      targets: ['cover.living_room_blinds'],
    },
  },
  {
    text: 'is it locked',
    previous: turnedOn('lock.back_door'),
    expect: { intent: 'HassGetState', slots: { state: 'locked' }, targets: ['lock.back_door'] },
  },
  {
    text: 'turn it off',
    why: 'Nothing came before: nothing to turn off, and it must not guess.',
    expect: { intent: 'HassTurnOff', targets: [] },
  },
  {
    text: 'and the kitchen too',
    why: 'A follow-up without a previous turn means nothing.',
    expect: { intent: 'Unknown', targets: [] },
  },
];
