// Plugs, switches and fans: the kettle, the coffee machine, the printer, the chest freezer, the
// TV stand plug (the games console is plugged into it), the ceiling, desk and extractor fans.
import { PLUGS } from './ids.ts';
import type { TestCase } from './types.ts';

export const SWITCHES: readonly TestCase[] = [
  { text: 'turn on the kettle', expect: { intent: 'HassTurnOn', targets: ['switch.kettle'] } },
  { text: 'put the kettle on', expect: { intent: 'HassTurnOn', targets: ['switch.kettle'] } },
  { text: 'kettle on', expect: { intent: 'HassTurnOn', targets: ['switch.kettle'] } },
  { text: 'boil the kettle', expect: { intent: 'HassTurnOn', targets: ['switch.kettle'] } },
  { text: 'switch the kettle off', expect: { intent: 'HassTurnOff', targets: ['switch.kettle'] } },
  {
    text: 'switch the coffee machine on',
    expect: { intent: 'HassTurnOn', targets: ['switch.coffee_machine'] },
  },
  {
    text: 'start the coffee machine',
    expect: { intent: 'HassTurnOn', targets: ['switch.coffee_machine'] },
  },
  {
    text: 'turn the coffee machine off',
    expect: { intent: 'HassTurnOff', targets: ['switch.coffee_machine'] },
  },
  { text: 'turn off the printer', expect: { intent: 'HassTurnOff', targets: ['switch.printer'] } },
  { text: 'power up the printer', expect: { intent: 'HassTurnOn', targets: ['switch.printer'] } },
  {
    text: 'turn off the tv stand plug',
    expect: { intent: 'HassTurnOff', targets: ['switch.tv_stand'] },
  },
  {
    text: 'turn off the games console',
    why: 'The TV stand plug says what is plugged into it.',
    expect: { intent: 'HassTurnOff', targets: ['switch.tv_stand'] },
  },
  {
    text: 'switch off the chest freezer',
    expect: { intent: 'HassTurnOff', targets: ['switch.chest_freezer'] },
  },
  {
    text: 'turn the freezer back on',
    why: 'The last word of a name is enough when only one thing has it.',
    expect: { intent: 'HassTurnOn', targets: ['switch.chest_freezer'] },
  },
  { text: 'turn off all the plugs', expect: { intent: 'HassTurnOff', targets: PLUGS } },
  {
    text: 'switch off the sockets in the kitchen',
    expect: { intent: 'HassTurnOff', targets: ['switch.kettle', 'switch.coffee_machine'] },
  },
  { text: 'turn on the desk fan', expect: { intent: 'HassTurnOn', targets: ['fan.desk_fan'] } },
  {
    text: 'turn off the extractor fan',
    expect: { intent: 'HassTurnOff', targets: ['fan.bathroom_extractor'] },
  },
  {
    text: 'switch on the ceiling fan',
    expect: { intent: 'HassTurnOn', targets: ['fan.living_room_ceiling_fan'] },
  },
  {
    text: 'turn the fan off',
    area: 'bathroom',
    expect: { intent: 'HassTurnOff', targets: ['fan.bathroom_extractor'] },
  },
  {
    text: 'turn on the fan',
    area: 'office',
    expect: { intent: 'HassTurnOn', targets: ['fan.desk_fan'] },
  },
  {
    text: 'set the desk fan to 50 percent',
    expect: { intent: 'HassFanSetSpeed', slots: { percentage: 50 }, targets: ['fan.desk_fan'] },
  },
  {
    text: 'set the ceiling fan speed to seventy percent',
    expect: {
      intent: 'HassFanSetSpeed',
      slots: { percentage: 70 },
      targets: ['fan.living_room_ceiling_fan'],
    },
  },
  {
    text: 'turn off all the fans',
    expect: {
      intent: 'HassTurnOff',
      targets: ['fan.living_room_ceiling_fan', 'fan.desk_fan', 'fan.bathroom_extractor'],
    },
  },
  {
    text: 'turn on the bathroom fan',
    expect: { intent: 'HassTurnOn', targets: ['fan.bathroom_extractor'] },
  },
];
