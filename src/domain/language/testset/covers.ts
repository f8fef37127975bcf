// Blinds, curtains, the office shade and the garage door. Opening is HassTurnOn, closing
// HassTurnOff; a position is HassSetPosition (0 closed, 100 open).
import type { TestCase } from './types.ts';

const blinds = ['cover.living_room_blinds'];
const curtains = ['cover.main_bedroom_curtains'];
const shade = ['cover.office_shade'];
const garage = ['cover.garage_door'];

export const COVERS: readonly TestCase[] = [
  {
    text: 'open the blinds',
    area: 'living_room',
    expect: { intent: 'HassTurnOn', targets: blinds },
  },
  {
    text: 'close the curtains',
    area: 'main_bedroom',
    expect: { intent: 'HassTurnOff', targets: curtains },
  },
  { text: 'open the garage door', expect: { intent: 'HassTurnOn', targets: garage } },
  { text: 'close the garage', expect: { intent: 'HassTurnOff', targets: garage } },
  { text: 'shut the garage door', expect: { intent: 'HassTurnOff', targets: garage } },
  {
    text: 'open the door',
    area: 'garage',
    why: 'In the garage, the door that opens is the garage door.',
    expect: { intent: 'HassTurnOn', targets: garage },
  },
  {
    text: 'set the blinds half way',
    area: 'living_room',
    expect: { intent: 'HassSetPosition', slots: { position: 50 }, targets: blinds },
  },
  {
    text: 'open the office shade half way',
    expect: { intent: 'HassSetPosition', slots: { position: 50 }, targets: shade },
  },
  {
    text: 'lower the living room blinds to 20 percent',
    expect: { intent: 'HassSetPosition', slots: { position: 20 }, targets: blinds },
  },
  { text: 'close the bedroom curtains', expect: { intent: 'HassTurnOff', targets: curtains } },
  {
    text: 'draw the curtains',
    area: 'main_bedroom',
    expect: { intent: 'HassTurnOff', targets: curtains },
  },
  {
    text: 'open the bedroom curtains to a quarter',
    expect: { intent: 'HassSetPosition', slots: { position: 25 }, targets: curtains },
  },
  {
    text: 'set the office shade to seventy five percent',
    expect: { intent: 'HassSetPosition', slots: { position: 75 }, targets: shade },
  },
  {
    text: 'shut the blinds in the living room',
    expect: { intent: 'HassTurnOff', targets: blinds },
  },
  {
    text: 'put the blinds down',
    area: 'living_room',
    expect: { intent: 'HassTurnOff', targets: blinds },
  },
  { text: 'pull up the living room blinds', expect: { intent: 'HassTurnOn', targets: blinds } },
  { text: 'blinds up', area: 'living_room', expect: { intent: 'HassTurnOn', targets: blinds } },
  { text: 'open the shade', area: 'office', expect: { intent: 'HassTurnOn', targets: shade } },
  {
    text: 'open the blinds',
    area: 'office',
    why: 'A shade is what most people call blinds.',
    expect: { intent: 'HassTurnOn', targets: shade },
  },
  {
    text: 'lower the blinds halfway',
    area: 'living_room',
    expect: { intent: 'HassSetPosition', slots: { position: 50 }, targets: blinds },
  },
  {
    text: 'raise the office shade to 80%',
    expect: { intent: 'HassSetPosition', slots: { position: 80 }, targets: shade },
  },
  {
    text: 'let some light in',
    area: 'living_room',
    expect: { intent: ['HassTurnOn', 'HassSetPosition'], targets: blinds },
  },
  {
    text: 'close all the curtains and blinds',
    expect: { intent: 'HassTurnOff', targets: [...blinds, ...curtains] },
  },
  { text: 'open the main bedroom curtains', expect: { intent: 'HassTurnOn', targets: curtains } },
  {
    text: 'open the curtains',
    expect: { intent: 'HassTurnOn', targets: curtains },
    why: 'The house has one set of curtains.',
  },
];
