// Wake words, politeness and hesitation around an ordinary request: none of it changes what is
// asked.
import { KIDS_LIGHTS, KITCHEN_LIGHTS, OFFICE_LIGHTS, SPEAKER, TV } from './ids.ts';
import type { TestCase } from './types.ts';

export const FILLERS: readonly TestCase[] = [
  {
    text: 'alexa turn on the porch light',
    expect: { intent: 'HassTurnOn', targets: ['light.porch'] },
  },
  {
    text: 'hey, could you please turn off the kitchen lights',
    expect: { intent: 'HassTurnOff', targets: KITCHEN_LIGHTS },
  },
  {
    text: 'please lock the front door, thanks',
    expect: { intent: 'HassTurnOn', targets: ['lock.front_door'] },
  },
  {
    text: 'ok google dim the landing light',
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: ['light.landing'],
    },
  },
  {
    text: "hey siri, what's the temperature in the kitchen",
    expect: { intent: 'HassClimateGetTemperature', targets: ['sensor.kitchen_temperature'] },
  },
  {
    text: 'um, turn on the hallway light',
    expect: { intent: 'HassTurnOn', targets: ['light.hallway'] },
  },
  {
    text: 'can you switch off the printer for me',
    expect: { intent: 'HassTurnOff', targets: ['switch.printer'] },
  },
  {
    text: 'would you mind closing the garage door',
    expect: { intent: 'HassTurnOff', targets: ['cover.garage_door'] },
  },
  { text: 'I want you to turn off the tv', expect: { intent: 'HassTurnOff', targets: [TV] } },
  {
    text: 'go ahead and open the blinds',
    area: 'living_room',
    expect: { intent: 'HassTurnOn', targets: ['cover.living_room_blinds'] },
  },
  {
    text: 'turn on the bedside lamp, thank you',
    expect: { intent: 'HassTurnOn', targets: ['light.bedside_lamp'] },
  },
  {
    text: 'could you set the bedroom thermostat to 19 please',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 19 },
      targets: ['climate.main_bedroom'],
    },
  },
  {
    text: 'kindly unlock the back door',
    expect: { intent: 'HassTurnOff', targets: ['lock.back_door'] },
  },
  {
    text: 'computer, lights off',
    area: 'kitchen',
    expect: { intent: 'HassTurnOff', targets: KITCHEN_LIGHTS },
  },
  {
    text: 'hey there, turn on the desk lamp',
    expect: { intent: 'HassTurnOn', targets: ['light.desk_lamp'] },
  },
  {
    text: 'please, please turn off the landing light',
    expect: { intent: 'HassTurnOff', targets: ['light.landing'] },
  },
  {
    text: "alexa, turn off the lights in the kids' room please",
    expect: { intent: 'HassTurnOff', targets: KIDS_LIGHTS },
  },
  {
    text: 'could you maybe turn on the garden lights',
    expect: { intent: 'HassTurnOn', targets: ['light.garden_lights'] },
  },
  {
    text: "I'd like the kitchen lights on",
    expect: { intent: 'HassTurnOn', targets: KITCHEN_LIGHTS },
  },
  {
    text: 'turn on the porch light now',
    expect: { intent: 'HassTurnOn', targets: ['light.porch'] },
  },
  {
    text: 'just turn off the office light',
    expect: { intent: 'HassTurnOff', targets: ['light.office'] },
  },
  {
    text: 'lights on please',
    area: 'office',
    expect: { intent: 'HassTurnOn', targets: OFFICE_LIGHTS },
  },
  { text: 'thanks, now turn off the tv', expect: { intent: 'HassTurnOff', targets: [TV] } },
  {
    text: 'hey alexa can you turn up the volume',
    area: 'kitchen',
    expect: { intent: 'MediaAdjustVolume', slots: { direction: 'up' }, targets: [SPEAKER] },
  },
  {
    text: 'Turn Off The Porch Light!',
    expect: { intent: 'HassTurnOff', targets: ['light.porch'] },
  },
  {
    text: 'turn off the bathroom light please?',
    expect: { intent: 'HassTurnOff', targets: ['light.bathroom'] },
  },
  {
    text: 'er, could you turn the kettle on',
    expect: { intent: 'HassTurnOn', targets: ['switch.kettle'] },
  },
  {
    text: 'okay so turn off the garage light',
    expect: { intent: 'HassTurnOff', targets: ['light.garage'] },
  },
  { text: 'will you pause the tv', expect: { intent: 'HassMediaPause', targets: [TV] } },
  {
    text: 'be a dear and turn on the night light',
    expect: { intent: 'HassTurnOn', targets: ['light.night_light'] },
  },
];
