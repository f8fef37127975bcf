// What must not be taken for a command: chatter and gibberish are Unknown, and a device, room or
// kind that the home does not have finds nothing (and says what was not found) instead of acting
// on something else.
import type { TestCase } from './types.ts';

const unknown = (text: string): TestCase => ({ text, expect: { intent: 'Unknown', targets: [] } });

export const NONSENSE: readonly TestCase[] = [
  unknown('what is the meaning of life'),
  unknown('asdf qwerty zxcv'),
  unknown('tell me a joke'),
  unknown('the quick brown fox jumps over the lazy dog'),
  unknown('order a pizza'),
  unknown('call mom'),
  unknown('   '),
  unknown('how are you'),
  unknown('what time is it'),
  unknown('set a timer for 5 minutes'),
  unknown('I love you'),
  unknown('banana'),
  unknown("what's the weather like tomorrow"),
  unknown('turn left at the next junction'),
  unknown('play despacito'),
  unknown('remind me to buy milk'),
  unknown('lorem ipsum dolor sit amet'),
  unknown('??!!'),
  {
    text: 'turn on the jacuzzi',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: { name: 'jacuzzi' } },
  },
  {
    text: 'turn off the pool lights',
    expect: { intent: 'HassTurnOff', targets: [], unresolved: { name: 'pool' } },
  },
  {
    text: 'open the attic window',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: true },
  },
  {
    text: 'lock the shed door',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: { name: 'shed' } },
  },
  {
    text: 'turn on the lights in the attic',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: { area: 'attic' } },
  },
  {
    text: 'set the sauna to 80 degrees',
    expect: { intent: 'HassClimateSetTemperature', targets: [], unresolved: { name: 'sauna' } },
  },
  {
    text: 'open the pod bay doors',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: { name: 'pod bay' } },
  },
  {
    text: 'turn on the dishwasher',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: { name: 'dishwasher' } },
  },
  {
    text: 'dim the chandelier',
    expect: { intent: 'LightAdjustBrightness', targets: [], unresolved: { name: 'chandelier' } },
  },
  {
    text: 'turn off the kitchen fan',
    why: 'The kitchen has no fan: no other fan may be turned off instead.',
    expect: { intent: 'HassTurnOff', targets: [] },
  },
  {
    text: 'open the living room window',
    why: 'No window in the living room opens by itself.',
    expect: { intent: 'HassTurnOn', targets: [] },
  },
  { text: 'lock the window', expect: { intent: 'HassTurnOn', targets: [] } },
  {
    text: 'is the pool heater on',
    expect: { intent: 'HassGetState', targets: [], unresolved: true },
  },
  {
    text: 'turn on the lights in the basement',
    why: 'The house has no basement (no floor below the ground floor).',
    expect: { intent: 'HassTurnOn', targets: [], unresolved: true },
  },
  {
    text: 'set the toaster to 50 percent',
    expect: { intent: 'HassLightSet', targets: [], unresolved: { name: 'toaster' } },
  },
  {
    text: 'turn off the bathroom tv',
    why: 'The bathroom has no TV: the living room one is not meant.',
    expect: { intent: 'HassTurnOff', targets: [] },
  },
];
