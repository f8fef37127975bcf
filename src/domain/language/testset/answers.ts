// Answers to "which one?": the assistant asked, offering `pending.options`, and the person
// answers by a part of a name, an alias, a position, "both", or with something else entirely.
import type { PendingCase } from './types.ts';
import type { TestCase } from './types.ts';
import {
  BEDROOM_THERMOSTAT,
  DOWNSTAIRS_THERMOSTAT,
  KITCHEN_LIGHTS,
  LIVING_ROOM_LIGHTS,
} from './ids.ts';

const kitchen: PendingCase = {
  options: KITCHEN_LIGHTS,
  intent: 'HassLightSet',
  slots: { brightness: 30 },
};
const living: PendingCase = {
  options: LIVING_ROOM_LIGHTS,
  intent: 'LightAdjustBrightness',
  slots: { direction: 'down', amount: 10 },
};
const thermostats: PendingCase = {
  options: [DOWNSTAIRS_THERMOSTAT, BEDROOM_THERMOSTAT],
  intent: 'HassClimateSetTemperature',
  slots: { temperature: 20 },
};
const office: PendingCase = { options: ['light.office', 'light.desk_lamp'], intent: 'HassTurnOn' };

const dimKitchen = (targets: readonly string[]) => ({
  intent: 'HassLightSet' as const,
  slots: { brightness: 30 },
  targets,
});

export const ANSWERS: readonly TestCase[] = [
  { text: 'the ceiling', pending: kitchen, expect: dimKitchen(['light.kitchen_ceiling']) },
  { text: 'counter', pending: kitchen, expect: dimKitchen(['light.kitchen_counter']) },
  { text: 'the first one', pending: kitchen, expect: dimKitchen(['light.kitchen_ceiling']) },
  { text: 'the second', pending: kitchen, expect: dimKitchen(['light.kitchen_counter']) },
  { text: 'both', pending: kitchen, expect: dimKitchen(KITCHEN_LIGHTS) },
  { text: 'both of them', pending: kitchen, expect: dimKitchen(KITCHEN_LIGHTS) },
  { text: 'all of them please', pending: kitchen, expect: dimKitchen(KITCHEN_LIGHTS) },
  { text: 'the last one', pending: kitchen, expect: dimKitchen(['light.kitchen_counter']) },
  {
    text: 'the under-cabinet lights',
    pending: kitchen,
    expect: dimKitchen(['light.kitchen_counter']),
  },
  {
    text: 'kitchen counter lights',
    pending: kitchen,
    expect: dimKitchen(['light.kitchen_counter']),
  },
  { text: 'the ceiling one', pending: kitchen, expect: dimKitchen(['light.kitchen_ceiling']) },
  {
    text: 'the ceiling light please',
    pending: kitchen,
    expect: dimKitchen(['light.kitchen_ceiling']),
  },
  { text: 'cancel', pending: kitchen, expect: { intent: 'Cancel' } },
  { text: 'never mind', pending: kitchen, expect: { intent: 'Cancel' } },
  { text: 'neither', pending: kitchen, expect: { intent: 'Cancel' } },
  { text: 'none of them', pending: kitchen, expect: { intent: 'Cancel' } },
  {
    text: 'the lamp',
    pending: living,
    expect: {
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: ['light.living_room_lamp'],
    },
  },
  {
    text: 'the reading lamp',
    pending: living,
    expect: { intent: 'LightAdjustBrightness', targets: ['light.living_room_lamp'] },
  },
  {
    text: 'the tv one',
    pending: living,
    expect: { intent: 'LightAdjustBrightness', targets: ['light.tv_backlight'] },
  },
  {
    text: 'the third',
    pending: living,
    expect: { intent: 'LightAdjustBrightness', targets: ['light.tv_backlight'] },
  },
  {
    text: 'the bedroom one',
    pending: thermostats,
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 20 },
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'upstairs',
    pending: thermostats,
    expect: { intent: 'HassClimateSetTemperature', targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'downstairs',
    pending: thermostats,
    expect: { intent: 'HassClimateSetTemperature', targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'the one in the living room',
    pending: thermostats,
    expect: { intent: 'HassClimateSetTemperature', targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'the desk lamp',
    pending: office,
    expect: { intent: 'HassTurnOn', targets: ['light.desk_lamp'] },
  },
  {
    text: 'the main one',
    pending: office,
    why: "The room's own light, named after the room.",
    expect: { intent: 'HassTurnOn', targets: ['light.office'] },
  },
  {
    text: 'turn on the porch light',
    pending: office,
    why: 'A new request, not an answer: "light" is in "Office light" but the porch is named.',
    expect: { intent: 'HassTurnOn', targets: ['light.porch'] },
  },
  {
    text: 'what is the temperature in the kitchen',
    pending: thermostats,
    why: 'A question instead of an answer: answered on its own.',
    expect: { intent: 'HassClimateGetTemperature', targets: ['sensor.kitchen_temperature'] },
  },
];
