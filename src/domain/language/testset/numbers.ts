// Numbers said as words ("fifty", "seventy two", "twenty point five", "a hundred") and the words
// for values ("half", "full").
import { BEDROOM_THERMOSTAT, DINING_LIGHTS, DOWNSTAIRS_THERMOSTAT, SPEAKER, TV } from './ids.ts';
import type { TestCase } from './types.ts';

const light = (brightness: number, ...targets: string[]) => ({
  intent: 'HassLightSet' as const,
  slots: { brightness },
  targets,
});

export const NUMBERS: readonly TestCase[] = [
  { text: 'set the kitchen ceiling to fifty percent', expect: light(50, 'light.kitchen_ceiling') },
  { text: 'dim the landing light to twenty five percent', expect: light(25, 'light.landing') },
  { text: 'set the hallway light to a hundred percent', expect: light(100, 'light.hallway') },
  { text: 'set the porch light to one percent', expect: light(1, 'light.porch') },
  { text: 'set the hallway light to ten', expect: light(10, 'light.hallway') },
  { text: 'bedside lamp to forty percent', expect: light(40, 'light.bedside_lamp') },
  { text: "set the kids' room light to eighty", expect: light(80, 'light.kids_room_ceiling') },
  { text: 'set the office light to full brightness', expect: light(100, 'light.office') },
  { text: 'set the brightness to half', area: 'dining_room', expect: light(50, ...DINING_LIGHTS) },
  { text: 'put the desk lamp on ninety nine percent', expect: light(99, 'light.desk_lamp') },
  {
    text: 'dim the dining table light to thirty three',
    expect: light(33, 'light.dining_room_pendant'),
  },
  { text: 'set the reading lamp brightness to sixty', expect: light(60, 'light.living_room_lamp') },
  {
    text: 'dim the bathroom light by twenty percent',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down', amount: 20 },
      targets: ['light.bathroom'],
    },
  },
  {
    text: 'set the bedroom thermostat to nineteen degrees',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 19 },
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'set the thermostat to twenty one point five',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 21.5 },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'set the upstairs thermostat to eighteen and a half',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 18.5 },
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'set the living room thermostat to twenty two and a half degrees',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 22.5 },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'set the living room thermostat to seventy two fahrenheit',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 72, temperature_unit: 'F' },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'turn the heat up by two degrees',
    area: 'living_room',
    expect: {
      intent: 'ClimateAdjustTemperature',
      slots: { direction: 'up', amount: 2 },
      targets: [DOWNSTAIRS_THERMOSTAT],
    },
  },
  {
    text: 'set the tv volume to thirty',
    expect: { intent: 'HassSetVolume', slots: { volume_level: 30 }, targets: [TV] },
  },
  {
    text: 'set the kitchen speaker volume to fifteen',
    expect: { intent: 'HassSetVolume', slots: { volume_level: 15 }, targets: [SPEAKER] },
  },
  {
    text: 'turn the volume down by ten',
    area: 'kitchen',
    expect: {
      intent: 'MediaAdjustVolume',
      slots: { direction: 'down', amount: 10 },
      targets: [SPEAKER],
    },
  },
  {
    text: 'open the office shade to sixty percent',
    expect: { intent: 'HassSetPosition', slots: { position: 60 }, targets: ['cover.office_shade'] },
  },
  {
    text: 'set the blinds to zero',
    area: 'living_room',
    expect: {
      intent: 'HassSetPosition',
      slots: { position: 0 },
      targets: ['cover.living_room_blinds'],
    },
  },
  {
    text: 'set the desk fan to one hundred percent',
    expect: { intent: 'HassFanSetSpeed', slots: { percentage: 100 }, targets: ['fan.desk_fan'] },
  },
  {
    text: 'set the bathroom fan to thirty percent',
    expect: {
      intent: 'HassFanSetSpeed',
      slots: { percentage: 30 },
      targets: ['fan.bathroom_extractor'],
    },
  },
  { text: 'set the landing light to one hundred', expect: light(100, 'light.landing') },
  {
    text: 'turn that one off',
    previous: { intent: 'HassTurnOn', slots: {}, targets: ['light.sideboard_lamp'] },
    why: '"one" in "that one" is not a number.',
    expect: {
      intent: 'HassTurnOff',
      slots: { brightness: null },
      targets: ['light.sideboard_lamp'],
    },
  },
];
