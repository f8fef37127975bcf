// Small typos in names, as typed in a hurry: a letter missing, doubled, swapped or wrong.
import type { TestCase } from './types.ts';

export const TYPOS: readonly TestCase[] = [
  {
    text: 'turn on the kitchn ceiling',
    expect: { intent: 'HassTurnOn', targets: ['light.kitchen_ceiling'] },
  },
  {
    text: 'turn off the hallway ligth',
    expect: { intent: 'HassTurnOff', targets: ['light.hallway'] },
  },
  { text: 'lock the frnt door', expect: { intent: 'HassTurnOn', targets: ['lock.front_door'] } },
  {
    text: 'dim the bedsid lamp',
    expect: { intent: 'LightAdjustBrightness', targets: ['light.bedside_lamp'] },
  },
  {
    text: 'switch on the cofee machine',
    expect: { intent: 'HassTurnOn', targets: ['switch.coffee_machine'] },
  },
  { text: 'turn off the printr', expect: { intent: 'HassTurnOff', targets: ['switch.printer'] } },
  { text: 'open the garage dor', expect: { intent: 'HassTurnOn', targets: ['cover.garage_door'] } },
  {
    text: 'set the livng room thermostat to 20',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 20 },
      targets: ['climate.living_room'],
    },
  },
  {
    text: 'turn on the reding lamp',
    expect: { intent: 'HassTurnOn', targets: ['light.living_room_lamp'] },
  },
  {
    text: 'mute the kitchen speeker',
    expect: { intent: 'HassMediaMute', targets: ['media_player.kitchen_speaker'] },
  },
  {
    text: 'close the ofice shade',
    expect: { intent: 'HassTurnOff', targets: ['cover.office_shade'] },
  },
  {
    text: 'turn on the bathrom fan',
    expect: { intent: 'HassTurnOn', targets: ['fan.bathroom_extractor'] },
  },
  {
    text: 'turn off the tv backlite',
    expect: { intent: 'HassTurnOff', targets: ['light.tv_backlight'] },
  },
  {
    text: 'turn on the nightlight',
    expect: { intent: 'HassTurnOn', targets: ['light.night_light'] },
  },
  {
    text: 'turn on the landng light',
    expect: { intent: 'HassTurnOn', targets: ['light.landing'] },
  },
  { text: 'turn off the kettel', expect: { intent: 'HassTurnOff', targets: ['switch.kettle'] } },
  { text: 'unlock the bakc door', expect: { intent: 'HassTurnOff', targets: ['lock.back_door'] } },
  {
    text: 'whats the temprature in the kitchen',
    expect: {
      intent: ['HassClimateGetTemperature', 'HassGetState'],
      targets: ['sensor.kitchen_temperature'],
    },
  },
  {
    text: 'turn off the sideboard lmap',
    expect: { intent: 'HassTurnOff', targets: ['light.sideboard_lamp'] },
  },
  {
    text: 'turn on the dinning room lights',
    expect: {
      intent: 'HassTurnOn',
      targets: ['light.dining_room_pendant', 'light.sideboard_lamp'],
    },
  },
  {
    text: 'open the bedroom curtians',
    expect: { intent: 'HassTurnOn', targets: ['cover.main_bedroom_curtains'] },
  },
  {
    text: 'switch off the chest freezr',
    expect: { intent: 'HassTurnOff', targets: ['switch.chest_freezer'] },
  },
  {
    text: 'turn on the garden lihgts',
    expect: { intent: 'HassTurnOn', targets: ['light.garden_lights'] },
  },
];
