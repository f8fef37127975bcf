// The speaker's room as context: without a place, a request is about the room the person speaks
// from; a place said outright wins; "everywhere" and "the house" mean every room.
import {
  ALL_LIGHTS,
  BEDROOM_THERMOSTAT,
  DINING_LIGHTS,
  DOWNSTAIRS_THERMOSTAT,
  GARDEN_LIGHTS,
  KIDS_LIGHTS,
  KITCHEN_LIGHTS,
  LIVING_ROOM_LIGHTS,
  OFFICE_LIGHTS,
  SPEAKER,
  TV,
  UPSTAIRS_LIGHTS,
} from './ids.ts';
import type { TestCase } from './types.ts';

export const HERE: readonly TestCase[] = [
  {
    text: 'turn off the lights',
    area: 'kitchen',
    expect: { intent: 'HassTurnOff', slots: { area: 'Kitchen' }, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'turn on the lights',
    area: 'garden',
    expect: { intent: 'HassTurnOn', targets: GARDEN_LIGHTS },
  },
  {
    text: 'turn on the light',
    area: 'landing',
    expect: { intent: 'HassTurnOn', targets: ['light.landing'] },
  },
  {
    text: 'lights off',
    area: 'living_room',
    expect: { intent: 'HassTurnOff', targets: LIVING_ROOM_LIGHTS },
  },
  {
    text: 'turn off the lights in here',
    area: 'kids_room',
    expect: { intent: 'HassTurnOff', targets: KIDS_LIGHTS },
  },
  {
    text: 'dim the lights',
    area: 'office',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: OFFICE_LIGHTS,
    },
  },
  {
    text: 'dim the lights to 30%',
    area: 'dining_room',
    expect: { intent: 'HassLightSet', slots: { brightness: 30 }, targets: DINING_LIGHTS },
  },
  {
    text: 'turn on the lights in the dining room',
    area: 'kitchen',
    expect: { intent: 'HassTurnOn', slots: { area: 'Dining room' }, targets: DINING_LIGHTS },
  },
  {
    text: 'turn off the lights everywhere',
    area: 'kitchen',
    expect: { intent: 'HassTurnOff', targets: ALL_LIGHTS },
  },
  {
    text: 'turn off all the lights in the house',
    area: 'kitchen',
    expect: { intent: 'HassTurnOff', targets: ALL_LIGHTS },
  },
  {
    text: 'turn off the lights upstairs',
    area: 'landing',
    expect: { intent: 'HassTurnOff', slots: { floor: 'Upstairs' }, targets: UPSTAIRS_LIGHTS },
  },
  {
    text: 'turn off the lights upstairs',
    area: 'kitchen',
    expect: { intent: 'HassTurnOff', targets: UPSTAIRS_LIGHTS },
  },
  {
    text: 'shut the shade',
    area: 'office',
    expect: { intent: 'HassTurnOff', targets: ['cover.office_shade'] },
  },
  { text: 'turn on the tv', area: 'living_room', expect: { intent: 'HassTurnOn', targets: [TV] } },
  {
    text: 'play music',
    area: 'kitchen',
    expect: { intent: 'HassMediaUnpause', targets: [SPEAKER] },
  },
  {
    text: 'turn on the fan',
    area: 'bathroom',
    expect: { intent: 'HassTurnOn', targets: ['fan.bathroom_extractor'] },
  },
  {
    text: 'set the temperature to 22',
    area: 'living_room',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 22 },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'make it warmer',
    area: 'main_bedroom',
    expect: {
      intent: 'ClimateAdjustTemperature',
      slots: { direction: 'up' },
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'turn on the night light',
    area: 'kids_room',
    expect: { intent: 'HassTurnOn', targets: ['light.night_light'] },
  },
  {
    text: 'brighten the lamp',
    area: 'living_room',
    why: 'The one light called a lamp in this room.',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'up' },
      targets: ['light.living_room_lamp'],
    },
  },
  {
    text: 'turn on the ceiling light',
    area: 'kitchen',
    expect: { intent: 'HassTurnOn', targets: ['light.kitchen_ceiling'] },
  },
  {
    text: 'turn off the ceiling light',
    area: 'main_bedroom',
    expect: { intent: 'HassTurnOff', targets: ['light.main_bedroom_ceiling'] },
  },
  {
    text: "what's the temperature",
    area: 'kitchen',
    expect: { intent: 'HassClimateGetTemperature', targets: ['sensor.kitchen_temperature'] },
  },
  {
    text: "what's the temperature in here",
    area: 'main_bedroom',
    expect: { intent: 'HassClimateGetTemperature', targets: [BEDROOM_THERMOSTAT] },
  },
  { text: 'resume', area: 'kitchen', expect: { intent: 'HassMediaUnpause', targets: [SPEAKER] } },
  {
    text: 'turn off the lights in the living room and kitchen',
    area: 'office',
    expect: { intent: 'HassTurnOff', targets: [...LIVING_ROOM_LIGHTS, ...KITCHEN_LIGHTS] },
  },
  {
    text: 'set the lights to 40 percent',
    area: 'kitchen',
    expect: { intent: 'HassLightSet', slots: { brightness: 40 }, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'turn the lights blue',
    area: 'kids_room',
    expect: { intent: 'HassLightSet', slots: { color: 'blue' } },
  },
  {
    text: 'is the light on',
    area: 'landing',
    expect: { intent: 'HassGetState', slots: { state: 'on' }, targets: ['light.landing'] },
  },
];
