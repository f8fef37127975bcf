import { describe, it } from 'vitest';
import type { FanEntity, LockEntity, SwitchEntity } from '../model.ts';
import { makeFan, makeLock, makeSwitch } from '../testing.ts';
import { expectRow, type Row } from './expectRow.ts';

const plugOff = makeSwitch();
const plugOn = makeSwitch({ state: 'on' });

// prettier-ignore
const switchRows: Row<SwitchEntity>[] = [
  ['turn_on', plugOff, { type: 'turn_on' }, { state: 'on' }],
  ['turn_on when on is a no-op', plugOn, { type: 'turn_on' }, { state: 'on', noop: true }],
  ['turn_off', plugOn, { type: 'turn_off' }, { state: 'off' }],
  ['toggle on', plugOff, { type: 'toggle' }, { state: 'on' }],
  ['toggle off', plugOn, { type: 'toggle' }, { state: 'off' }],
  ['set_brightness is not for plugs', plugOn, { type: 'set_brightness', brightness: 50 }, { error: "Kettle plug is a plug; it can't be dimmed." }],
  ['open is not for plugs', plugOn, { type: 'open' }, { error: "Kettle plug is a plug; it can't be opened." }],
];

const fanOff = makeFan();
const fanOn = makeFan({ state: 'on' });
const fanStopped = makeFan({ attributes: { percentage: 0 } });

// prettier-ignore
const fanRows: Row<FanEntity>[] = [
  ['turn_on restores the speed', fanOff, { type: 'turn_on' }, { state: 'on', attributes: { percentage: 50 } }],
  ['turn_on after speed 0 comes back full', fanStopped, { type: 'turn_on' }, { state: 'on', attributes: { percentage: 100 } }],
  ['turn_off keeps the speed', fanOn, { type: 'turn_off' }, { state: 'off', attributes: { percentage: 50 } }],
  ['toggle', fanOn, { type: 'toggle' }, { state: 'off' }],
  ['set_fan_speed turns on', fanOff, { type: 'set_fan_speed', percentage: 30 }, { state: 'on', attributes: { percentage: 30 } }],
  ['set_fan_speed 0 turns off', fanOn, { type: 'set_fan_speed', percentage: 0 }, { state: 'off', attributes: { percentage: 0 } }],
  ['set_fan_speed 101', fanOn, { type: 'set_fan_speed', percentage: 101 }, { error: 'Fan speed must be between 0 and 100 %; 101 is out of range.' }],
  ['set_fan_speed NaN', fanOn, { type: 'set_fan_speed', percentage: NaN }, { error: 'NaN is not a number' }],
  ['adjust_fan_speed clamps at 100', fanOn, { type: 'adjust_fan_speed', by: 80 }, { state: 'on', attributes: { percentage: 100 } }],
  ['adjust_fan_speed clamps at 0 and turns off', fanOn, { type: 'adjust_fan_speed', by: -80 }, { state: 'off', attributes: { percentage: 0 } }],
  ['adjust_fan_speed from off starts at 0', fanOff, { type: 'adjust_fan_speed', by: 25 }, { state: 'on', attributes: { percentage: 25 } }],
  ['adjust_fan_speed down while off is a no-op', fanOff, { type: 'adjust_fan_speed', by: -25 }, { noop: true }],
  ['adjust_fan_speed by a string', fanOn, { type: 'adjust_fan_speed', by: 'lots' as unknown as number }, { error: "'lots' is not" }],
  ['lock is not for fans', fanOn, { type: 'lock' }, { error: "Bedroom fan is a fan; it can't be locked." }],
];

const locked = makeLock();
const unlocked = makeLock({ state: 'unlocked' });

// prettier-ignore
const lockRows: Row<LockEntity>[] = [
  ['lock', unlocked, { type: 'lock' }, { state: 'locked' }],
  ['lock when locked is a no-op', locked, { type: 'lock' }, { state: 'locked', noop: true }],
  ['unlock', locked, { type: 'unlock' }, { state: 'unlocked' }],
  ['toggle unlocks', locked, { type: 'toggle' }, { state: 'unlocked' }],
  ['toggle locks', unlocked, { type: 'toggle' }, { state: 'locked' }],
  ['turn_on is not for locks', locked, { type: 'turn_on' }, { error: "Front door is a lock; it can't be turned on." }],
  ['open is not for locks', locked, { type: 'open' }, { error: "Front door is a lock; it can't be opened." }],
];

describe('switch commands', () => {
  it.each(switchRows)('%s', (_label, entity, command, expected) =>
    expectRow(entity, command, expected),
  );
});
describe('fan commands', () => {
  it.each(fanRows)('%s', (_label, entity, command, expected) =>
    expectRow(entity, command, expected),
  );
});
describe('lock commands', () => {
  it.each(lockRows)('%s', (_label, entity, command, expected) =>
    expectRow(entity, command, expected),
  );
});
