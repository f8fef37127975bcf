// Compound requests: several things in one breath, joined by "and", "then" or commas. The
// targets of the whole are every part's; a part that only names devices ("… and the tv") does
// what the part before it did.
import {
  BEDROOM_THERMOSTAT,
  KITCHEN_LIGHTS,
  LIVING_ROOM_LIGHTS,
  LOCKS,
  OFFICE_LIGHTS,
  SPEAKER,
  TV,
  UPSTAIRS_LIGHTS,
} from './ids.ts';
import type { TestCase } from './types.ts';

export const COMPOUND: readonly TestCase[] = [
  {
    text: 'turn off the lights and lock the front door',
    area: 'living_room',
    expect: {
      intent: 'HassTurnOff',
      targets: [...LIVING_ROOM_LIGHTS, 'lock.front_door'],
      parts: [
        { intent: 'HassTurnOff', targets: LIVING_ROOM_LIGHTS },
        { intent: 'HassTurnOn', targets: ['lock.front_door'] },
      ],
    },
  },
  {
    text: 'turn off the kitchen lights and the tv',
    expect: {
      intent: 'HassTurnOff',
      targets: [...KITCHEN_LIGHTS, TV],
      parts: [
        { intent: 'HassTurnOff', targets: KITCHEN_LIGHTS },
        { intent: 'HassTurnOff', targets: [TV] },
      ],
    },
  },
  {
    text: 'turn on the porch light and open the garage door',
    expect: {
      intent: 'HassTurnOn',
      parts: [
        { intent: 'HassTurnOn', targets: ['light.porch'] },
        { intent: 'HassTurnOn', targets: ['cover.garage_door'] },
      ],
    },
  },
  {
    text: 'lock the front door and the back door',
    expect: { intent: 'HassTurnOn', targets: LOCKS },
  },
  {
    text: 'close the blinds and turn on the ceiling light',
    area: 'living_room',
    expect: {
      intent: 'HassTurnOff',
      parts: [
        { intent: 'HassTurnOff', targets: ['cover.living_room_blinds'] },
        { intent: 'HassTurnOn', targets: ['light.living_room_ceiling'] },
      ],
    },
  },
  {
    text: 'turn off the tv and pause the music',
    expect: {
      intent: 'HassTurnOff',
      parts: [
        { intent: 'HassTurnOff', targets: [TV] },
        { intent: 'HassMediaPause', targets: [SPEAKER] },
      ],
    },
  },
  {
    text: 'turn off the desk lamp and the office light',
    expect: { intent: 'HassTurnOff', targets: OFFICE_LIGHTS },
  },
  {
    text: 'switch off the kettle then turn on the coffee machine',
    expect: {
      intent: 'HassTurnOff',
      parts: [
        { intent: 'HassTurnOff', targets: ['switch.kettle'] },
        { intent: 'HassTurnOn', targets: ['switch.coffee_machine'] },
      ],
    },
  },
  {
    text: 'dim the living room lamp to 20 percent and turn off the ceiling light',
    area: 'living_room',
    expect: {
      intent: 'HassLightSet',
      parts: [
        { intent: 'HassLightSet', slots: { brightness: 20 }, targets: ['light.living_room_lamp'] },
        { intent: 'HassTurnOff', targets: ['light.living_room_ceiling'] },
      ],
    },
  },
  {
    text: 'turn on the bedside lamp and make it blue',
    expect: {
      intent: 'HassTurnOn',
      parts: [
        { intent: 'HassTurnOn', targets: ['light.bedside_lamp'] },
        { intent: 'HassLightSet', slots: { color: 'blue' }, targets: ['light.bedside_lamp'] },
      ],
    },
  },
  {
    text: 'set the bedroom to 19 degrees and close the curtains',
    expect: {
      intent: 'HassClimateSetTemperature',
      parts: [
        {
          intent: 'HassClimateSetTemperature',
          slots: { temperature: 19 },
          targets: [BEDROOM_THERMOSTAT],
        },
        { intent: 'HassTurnOff', targets: ['cover.main_bedroom_curtains'] },
      ],
    },
  },
  {
    text: 'turn off all the lights upstairs and lock the doors',
    expect: {
      intent: 'HassTurnOff',
      parts: [
        { intent: 'HassTurnOff', targets: UPSTAIRS_LIGHTS },
        { intent: 'HassTurnOn', targets: LOCKS },
      ],
    },
  },
  {
    text: 'open the garage and turn on the garage light',
    expect: {
      intent: 'HassTurnOn',
      parts: [
        { intent: 'HassTurnOn', targets: ['cover.garage_door'] },
        { intent: 'HassTurnOn', targets: ['light.garage'] },
      ],
    },
  },
  {
    text: 'mute the tv and turn on the reading lamp',
    expect: {
      intent: 'HassMediaMute',
      parts: [
        { intent: 'HassMediaMute', targets: [TV] },
        { intent: 'HassTurnOn', targets: ['light.living_room_lamp'] },
      ],
    },
  },
  {
    text: 'turn on the kettle and the coffee machine',
    expect: { intent: 'HassTurnOn', targets: ['switch.kettle', 'switch.coffee_machine'] },
  },
  {
    text: 'turn off the landing light, the bathroom light and the office light',
    expect: {
      intent: 'HassTurnOff',
      targets: ['light.landing', 'light.bathroom', 'light.office'],
    },
  },
  {
    text: 'lock the back door and turn off the kitchen lights and the speaker',
    expect: {
      intent: 'HassTurnOn',
      targets: ['lock.back_door', ...KITCHEN_LIGHTS, SPEAKER],
      parts: [
        { intent: 'HassTurnOn', targets: ['lock.back_door'] },
        { intent: 'HassTurnOff', targets: KITCHEN_LIGHTS },
        { intent: 'HassTurnOff', targets: [SPEAKER] },
      ],
    },
  },
  {
    text: 'turn the heating down and close the curtains',
    area: 'main_bedroom',
    expect: {
      intent: 'ClimateAdjustTemperature',
      parts: [
        {
          intent: 'ClimateAdjustTemperature',
          slots: { direction: 'down' },
          targets: [BEDROOM_THERMOSTAT],
        },
        { intent: 'HassTurnOff', targets: ['cover.main_bedroom_curtains'] },
      ],
    },
  },
  {
    text: 'turn on the printer and the desk lamp',
    expect: { intent: 'HassTurnOn', targets: ['switch.printer', 'light.desk_lamp'] },
  },
];
