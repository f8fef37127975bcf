// Locks: the front door (hallway, locked) and the back door (kitchen, unlocked). Locking is
// HassTurnOn, unlocking HassTurnOff.
import { LOCKS } from './ids.ts';
import type { TestCase } from './types.ts';

const front = ['lock.front_door'];
const back = ['lock.back_door'];

export const LOCK_CASES: readonly TestCase[] = [
  { text: 'lock the front door', expect: { intent: 'HassTurnOn', targets: front } },
  { text: 'unlock the back door', expect: { intent: 'HassTurnOff', targets: back } },
  { text: 'lock all the doors', expect: { intent: 'HassTurnOn', targets: LOCKS } },
  { text: 'lock up', expect: { intent: 'HassTurnOn', targets: LOCKS } },
  { text: 'lock everything', area: 'landing', expect: { intent: 'HassTurnOn', targets: LOCKS } },
  { text: 'lock the back door please', expect: { intent: 'HassTurnOn', targets: back } },
  { text: 'lock the door', area: 'kitchen', expect: { intent: 'HassTurnOn', targets: back } },
  { text: 'lock the door', area: 'hallway', expect: { intent: 'HassTurnOn', targets: front } },
  {
    text: 'lock the doors downstairs',
    expect: { intent: 'HassTurnOn', slots: { floor: 'Ground floor' }, targets: LOCKS },
  },
  { text: 'secure the front door', expect: { intent: 'HassTurnOn', targets: front } },
  { text: 'unlock the front door', expect: { intent: 'HassTurnOff', targets: front } },
  { text: 'open the front door lock', expect: { intent: 'HassTurnOff', targets: front } },
  { text: 'make sure the back door is locked', expect: { intent: 'HassTurnOn', targets: back } },
  { text: 'can you unlock the back door for me', expect: { intent: 'HassTurnOff', targets: back } },
  { text: 'lock the kitchen door', expect: { intent: 'HassTurnOn', targets: back } },
  { text: 'unlock the doors', expect: { intent: 'HassTurnOff', targets: LOCKS } },
];
