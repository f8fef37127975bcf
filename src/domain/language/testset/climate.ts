// Setting a temperature: the downstairs thermostat in the living room (alias "Thermostat") and
// the upstairs one in the main bedroom. Degrees in digits and in words; a unit only when said.
import { BEDROOM_THERMOSTAT, DOWNSTAIRS_THERMOSTAT } from './ids.ts';
import type { TestCase } from './types.ts';

const set = (temperature: number, target: string, unit?: 'C' | 'F') => ({
  intent: 'HassClimateSetTemperature' as const,
  slots: unit ? { temperature, temperature_unit: unit } : { temperature },
  targets: [target],
});

export const CLIMATE: readonly TestCase[] = [
  {
    text: 'set the temperature to 21 degrees',
    area: 'living_room',
    expect: set(21, DOWNSTAIRS_THERMOSTAT),
  },
  { text: 'set the thermostat to seventy two', expect: set(72, DOWNSTAIRS_THERMOSTAT) },
  {
    text: 'set the thermostat to seventy two degrees fahrenheit',
    expect: set(72, DOWNSTAIRS_THERMOSTAT, 'F'),
  },
  { text: 'set the bedroom to 19 degrees', expect: set(19, BEDROOM_THERMOSTAT) },
  {
    text: 'set the heating to twenty point five',
    area: 'living_room',
    expect: set(20.5, DOWNSTAIRS_THERMOSTAT),
  },
  { text: 'make it 22 in the living room', expect: set(22, DOWNSTAIRS_THERMOSTAT) },
  { text: 'set the upstairs thermostat to eighteen', expect: set(18, BEDROOM_THERMOSTAT) },
  { text: 'heat the bedroom to 20', expect: set(20, BEDROOM_THERMOSTAT) },
  { text: 'change the downstairs thermostat to 21.5', expect: set(21.5, DOWNSTAIRS_THERMOSTAT) },
  {
    text: "I'd like it to be 23 degrees in here",
    area: 'living_room',
    expect: set(23, DOWNSTAIRS_THERMOSTAT),
  },
  { text: 'turn the heat up to 22', area: 'living_room', expect: set(22, DOWNSTAIRS_THERMOSTAT) },
  {
    text: 'set the temperature to 20 degrees celsius',
    area: 'main_bedroom',
    expect: set(20, BEDROOM_THERMOSTAT, 'C'),
  },
  { text: 'set the bedroom thermostat to 20°C', expect: set(20, BEDROOM_THERMOSTAT, 'C') },
  { text: 'thermostat to 19', expect: set(19, DOWNSTAIRS_THERMOSTAT) },
  {
    text: 'set the living room to sixty eight fahrenheit',
    expect: set(68, DOWNSTAIRS_THERMOSTAT, 'F'),
  },
  {
    text: 'can you put the heating on 21',
    area: 'living_room',
    expect: set(21, DOWNSTAIRS_THERMOSTAT),
  },
  { text: 'bedroom heating to 17 degrees', expect: set(17, BEDROOM_THERMOSTAT) },
  {
    text: 'set the upstairs temperature to 19',
    why: 'Upstairs has one thermostat.',
    expect: set(19, BEDROOM_THERMOSTAT),
  },
  { text: 'keep the living room at 21 degrees', expect: set(21, DOWNSTAIRS_THERMOSTAT) },
  {
    text: 'turn off the heating',
    area: 'living_room',
    expect: { intent: 'HassTurnOff', targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'turn the heating on upstairs',
    expect: { intent: 'HassTurnOn', targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'switch off the bedroom thermostat',
    expect: { intent: 'HassTurnOff', targets: [BEDROOM_THERMOSTAT] },
  },
  {
    text: 'what is the bedroom thermostat set to',
    expect: {
      intent: ['HassGetState', 'HassClimateGetTemperature'],
      targets: [BEDROOM_THERMOSTAT],
    },
  },
  {
    text: 'how warm is it in the living room',
    expect: { intent: 'HassClimateGetTemperature', targets: [DOWNSTAIRS_THERMOSTAT] },
  },
  {
    text: 'set the temperature to 21',
    why: 'Two thermostats and no room to go by: ask which.',
    expect: {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 21 },
      ambiguous: [DOWNSTAIRS_THERMOSTAT, BEDROOM_THERMOSTAT],
    },
  },
];
