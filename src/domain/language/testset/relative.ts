// Relative changes: brighter and dimmer, warmer and cooler, "turn it up". A size word ("a bit",
// "a lot") leaves the amount to the assistant; a number said with "by" is the amount.
import { BEDROOM_THERMOSTAT, DOWNSTAIRS_THERMOSTAT, KITCHEN_LIGHTS, OFFICE_LIGHTS } from './ids.ts';
import type { TestCase } from './types.ts';

const down = { direction: 'down' } as const;
const up = { direction: 'up' } as const;

export const RELATIVE: readonly TestCase[] = [
  {
    text: 'dim the kitchen lights a bit',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'dim the kitchen lights a lot',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'dim the kitchen lights by 30 percent',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { ...down, amount: 30 },
      targets: KITCHEN_LIGHTS,
    },
  },
  {
    text: 'brighten the hallway light a little',
    expect: { intent: 'LightAdjustBrightness', slots: up, targets: ['light.hallway'] },
  },
  {
    text: 'brighten the landing light by 20%',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { ...up, amount: 20 },
      targets: ['light.landing'],
    },
  },
  {
    text: 'make the reading lamp a bit brighter',
    expect: { intent: 'LightAdjustBrightness', slots: up, targets: ['light.living_room_lamp'] },
  },
  {
    text: 'make the dining table light dimmer',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: down,
      targets: ['light.dining_room_pendant'],
    },
  },
  {
    text: 'the porch light is too bright',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: ['light.porch'] },
  },
  {
    text: 'it is too dark in here',
    area: 'office',
    expect: { intent: 'LightAdjustBrightness', slots: up, targets: OFFICE_LIGHTS },
  },
  {
    text: 'dim the lights',
    area: 'kitchen',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'brighter',
    area: 'office',
    expect: { intent: 'LightAdjustBrightness', slots: up, targets: OFFICE_LIGHTS },
  },
  {
    text: 'a little dimmer',
    area: 'kitchen',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'turn the bathroom light down a touch',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: ['light.bathroom'] },
  },
  {
    text: 'turn up the desk lamp',
    expect: { intent: 'LightAdjustBrightness', slots: up, targets: ['light.desk_lamp'] },
  },
  {
    text: 'turn the night light down',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: ['light.night_light'] },
  },
  {
    text: 'increase the brightness of the office light by 25 percent',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { ...up, amount: 25 },
      targets: ['light.office'],
    },
  },
  {
    text: 'lower the brightness in the kitchen',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'dim the sideboard lamp slightly',
    expect: { intent: 'LightAdjustBrightness', slots: down, targets: ['light.sideboard_lamp'] },
  },
  {
    text: 'make it warmer in the bedroom',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'make it a bit cooler',
    area: 'living_room',
    expect: { intent: 'ClimateAdjustTemperature', slots: down, targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'warmer please',
    area: 'main_bedroom',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: "it's freezing in here",
    area: 'living_room',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: "it's too hot in the bedroom",
    expect: { intent: 'ClimateAdjustTemperature', slots: down, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: "I'm cold",
    area: 'main_bedroom',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: "it's chilly in here",
    area: 'kitchen',
    why: 'The kitchen has no thermostat: the one on the same floor (downstairs) heats it.',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'turn up the heat',
    area: 'living_room',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'turn the heating down in the bedroom',
    expect: { intent: 'ClimateAdjustTemperature', slots: down, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'raise the temperature by 2 degrees',
    area: 'living_room',
    expect: {
      intent: 'ClimateAdjustTemperature',
      slots: { ...up, amount: 2 },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'lower the bedroom temperature by one degree',
    expect: {
      intent: 'ClimateAdjustTemperature',
      slots: { ...down, amount: 1 },
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'turn the upstairs thermostat up a bit',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'turn the downstairs thermostat down a couple of degrees',
    expect: { intent: 'ClimateAdjustTemperature', slots: down, targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'warm up the living room',
    expect: { intent: 'ClimateAdjustTemperature', slots: up, targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'cool down the bedroom',
    expect: { intent: 'ClimateAdjustTemperature', slots: down, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'warmer',
    area: 'living_room',
    expect: {
      intent: 'ClimateAdjustTemperature',
      slots: { ...up, amount: null },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'turn it up',
    area: 'kitchen',
    why: 'In the kitchen, with music playing and no thermostat, "it" is the music.',
    expect: {
      intent: 'MediaAdjustVolume',
      slots: up,
      targets: ['media_player.kitchen_speaker'],
    },
  },
];
