// Questions answered from the home. The targets of a question are everything it asks about
// ("which lights are on upstairs?" asks about every light upstairs); the answer picks out the
// ones in the state asked.
import {
  ALL_LIGHTS,
  BEDROOM_THERMOSTAT,
  KITCHEN_LIGHTS,
  LOCKS,
  PEOPLE,
  SPEAKER,
  TV,
  UPSTAIRS_LIGHTS,
} from './ids.ts';
import type { TestCase } from './types.ts';

const ask = 'HassGetState' as const;

export const QUESTIONS: readonly TestCase[] = [
  {
    text: 'is the back door locked?',
    expect: { intent: ask, slots: { state: 'locked' }, targets: ['lock.back_door'] },
  },
  {
    text: 'which lights are on upstairs?',
    expect: {
      intent: ask,
      slots: { query: 'which', state: 'on', floor: 'Upstairs', domain: 'light' },
      targets: UPSTAIRS_LIGHTS,
    },
  },
  {
    text: 'how many doors are unlocked?',
    expect: { intent: ask, slots: { query: 'count', state: 'unlocked' }, targets: LOCKS },
  },
  {
    text: "what's the temperature in the kitchen?",
    expect: { intent: 'HassClimateGetTemperature', targets: ['sensor.kitchen_temperature'] },
  },
  {
    text: 'is anyone home?',
    expect: { intent: ask, slots: { state: 'home', domain: 'person' }, targets: PEOPLE },
  },
  {
    text: 'is tom home',
    expect: { intent: ask, slots: { state: 'home' }, targets: ['person.tom'] },
  },
  {
    text: 'is emma at home',
    expect: { intent: ask, slots: { state: 'home' }, targets: ['person.emma'] },
  },
  {
    text: 'who is home',
    expect: { intent: ask, slots: { query: 'which', state: 'home' }, targets: PEOPLE },
  },
  {
    text: 'is the garage door open?',
    expect: { intent: ask, slots: { state: 'open' }, targets: ['cover.garage_door'] },
  },
  {
    text: 'are the bedroom curtains open',
    expect: { intent: ask, slots: { state: 'open' }, targets: ['cover.main_bedroom_curtains'] },
  },
  {
    text: 'is the bedroom window open?',
    expect: { intent: ask, targets: ['binary_sensor.main_bedroom_window'] },
  },
  { text: 'is the tv on', expect: { intent: ask, targets: [TV] } },
  {
    text: 'is the kettle on?',
    expect: { intent: ask, slots: { state: 'on' }, targets: ['switch.kettle'] },
  },
  {
    text: 'is there any motion in the garden',
    expect: { intent: ask, targets: ['binary_sensor.garden_motion'] },
  },
  {
    text: 'are any lights on in the kitchen',
    expect: { intent: ask, slots: { query: 'any', state: 'on' }, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'are all the lights off upstairs',
    expect: { intent: ask, slots: { query: 'all', state: 'off' }, targets: UPSTAIRS_LIGHTS },
  },
  {
    text: 'is the smoke alarm going off',
    expect: { intent: ask, targets: ['binary_sensor.smoke_alarm'] },
  },
  {
    text: 'is there a leak in the bathroom',
    expect: { intent: ask, targets: ['binary_sensor.bathroom_leak'] },
  },
  {
    text: "what's the humidity in the bathroom",
    expect: { intent: ask, targets: ['sensor.bathroom_humidity'] },
  },
  {
    text: 'how humid is it in the bathroom',
    expect: { intent: ask, targets: ['sensor.bathroom_humidity'] },
  },
  { text: "what's playing in the kitchen", expect: { intent: ask, targets: [SPEAKER] } },
  {
    text: 'which doors are unlocked',
    expect: { intent: ask, slots: { query: 'which', state: 'unlocked' }, targets: LOCKS },
  },
  {
    text: 'is everything locked',
    expect: { intent: ask, slots: { query: 'all', state: 'locked' }, targets: LOCKS },
  },
  {
    text: 'is the front door closed',
    why: 'Closed is about the door itself (its contact sensor), not the lock.',
    expect: { intent: ask, targets: ['binary_sensor.front_door'] },
  },
  {
    text: 'is the printer off',
    expect: { intent: ask, slots: { state: 'off' }, targets: ['switch.printer'] },
  },
  {
    text: 'how many lights are on',
    expect: { intent: ask, slots: { query: 'count', state: 'on' }, targets: ALL_LIGHTS },
  },
  { text: 'is the desk fan running', expect: { intent: ask, targets: ['fan.desk_fan'] } },
  {
    text: 'which windows are open',
    expect: {
      intent: ask,
      slots: { query: 'which' },
      targets: ['binary_sensor.main_bedroom_window'],
    },
  },
  {
    text: 'is the office shade closed',
    expect: { intent: ask, slots: { state: 'closed' }, targets: ['cover.office_shade'] },
  },
  {
    text: 'is the porch light on?',
    expect: { intent: ask, slots: { state: 'on' }, targets: ['light.porch'] },
  },
  {
    text: "what's the brightness of the hallway light",
    expect: { intent: ask, targets: ['light.hallway'] },
  },
  { text: "what's the volume on the tv", expect: { intent: ask, targets: [TV] } },
  {
    text: "what's the temperature outside",
    expect: {
      intent: ['HassGetState', 'HassClimateGetTemperature'],
      targets: ['sensor.outside_temperature'],
    },
  },
  {
    text: 'how cold is it outside',
    expect: {
      intent: ['HassGetState', 'HassClimateGetTemperature'],
      targets: ['sensor.outside_temperature'],
    },
  },
  {
    text: 'how warm is it upstairs',
    expect: {
      intent: 'HassClimateGetTemperature',
      targets: [BEDROOM_THERMOSTAT, 'sensor.kids_room_temperature'],
    },
  },
  {
    text: "what's the temperature in the kids' room",
    expect: { intent: 'HassClimateGetTemperature', targets: ['sensor.kids_room_temperature'] },
  },
  {
    text: 'is the heating on in the bedroom',
    expect: { intent: ask, targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'are the kitchen lights on',
    expect: { intent: ask, slots: { state: 'on' }, targets: KITCHEN_LIGHTS },
  },
  {
    text: 'is the back door open',
    why: 'The door itself, not its lock.',
    expect: { intent: ask, targets: ['binary_sensor.back_door'] },
  },
  {
    text: 'is there motion on the landing',
    expect: { intent: ask, targets: ['binary_sensor.landing_motion'] },
  },
];
