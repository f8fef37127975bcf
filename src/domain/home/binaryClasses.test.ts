import { describe, expect, it } from 'vitest';
import { explain } from '../activity/explain.ts';
import type { HomeEvent } from '../activity/event.ts';
import { BINARY_CLASSES, binaryClass, binaryNoun, type BinaryClass } from './binaryClasses.ts';
import { describeState, stateWord } from './format.ts';
import { formatValue } from './formatValue.ts';
import { binarySensorSchema } from './model.ts';
import { makeBinarySensor, MANUAL, NOW } from './testing.ts';

// Home Assistant's words for on and off, the tile's words, and what the log says, per class.
// prettier-ignore
const WORDS: Record<BinaryClass, [on: string, off: string, tileOn: string, tileOff: string, logOn: string]> = {
  battery: ['low', 'normal', 'Battery low', 'Battery normal', 'reported a low battery'],
  battery_charging: ['charging', 'not charging', 'Charging', 'Not charging', 'started charging'],
  carbon_monoxide: ['detected', 'clear', 'Carbon monoxide detected', 'Clear', 'detected carbon monoxide'],
  cold: ['cold', 'normal', 'Cold', 'Normal', 'is now cold'],
  connectivity: ['connected', 'disconnected', 'Connected', 'Disconnected', 'connected'],
  door: ['open', 'closed', 'Door open', 'Door closed', 'opened'],
  garage_door: ['open', 'closed', 'Garage door open', 'Garage door closed', 'opened'],
  gas: ['detected', 'clear', 'Gas detected', 'Clear', 'detected gas'],
  heat: ['hot', 'normal', 'Hot', 'Normal', 'is now hot'],
  light: ['light detected', 'no light', 'Light detected', 'No light', 'detected light'],
  lock: ['unlocked', 'locked', 'Unlocked', 'Locked', 'is now unlocked'],
  moisture: ['wet', 'dry', 'Leak detected', 'Dry', 'detected a leak'],
  motion: ['detected', 'clear', 'Motion detected', 'Clear', 'detected motion'],
  moving: ['moving', 'not moving', 'Moving', 'Not moving', 'started moving'],
  occupancy: ['detected', 'clear', 'Occupied', 'Clear', 'detected someone'],
  opening: ['open', 'closed', 'Open', 'Closed', 'opened'],
  plug: ['plugged in', 'unplugged', 'Plugged in', 'Unplugged', 'was plugged in'],
  power: ['power detected', 'no power', 'Power detected', 'No power', 'detected power'],
  presence: ['home', 'away', 'Home', 'Away', 'arrived home'],
  problem: ['problem', 'OK', 'Problem', 'OK', 'reported a problem'],
  running: ['running', 'not running', 'Running', 'Not running', 'started running'],
  safety: ['unsafe', 'safe', 'Unsafe', 'Safe', 'is now unsafe'],
  smoke: ['detected', 'clear', 'Smoke detected', 'Clear', 'detected smoke'],
  sound: ['detected', 'clear', 'Sound detected', 'Clear', 'detected sound'],
  tamper: ['tampering detected', 'clear', 'Tampering detected', 'Clear', 'detected tampering'],
  update: ['update available', 'up-to-date', 'Update available', 'Up-to-date', 'has an update available'],
  vibration: ['detected', 'clear', 'Vibration detected', 'Clear', 'detected vibration'],
  window: ['open', 'closed', 'Window open', 'Window closed', 'opened'],
};

const sensorOf = (deviceClass: BinaryClass, on: boolean) =>
  makeBinarySensor({
    id: 'binary_sensor.thing',
    name: 'Thing',
    state: on ? 'on' : 'off',
    attributes: { device_class: deviceClass, auto_off_seconds: undefined },
  });

describe('binary sensor classes', () => {
  it('are every class Home Assistant has', () => {
    expect([...BINARY_CLASSES].sort()).toEqual(Object.keys(WORDS).sort());
  });

  describe.each(BINARY_CLASSES)('%s', (deviceClass) => {
    const [on, off, tileOn, tileOff, logOn] = WORDS[deviceClass];

    it('passes the schema', () => {
      expect(binarySensorSchema.safeParse(sensorOf(deviceClass, true)).success).toBe(true);
    });

    it("says Home Assistant's words in answers and the log", () => {
      expect(stateWord('on', 'C', 'binary_sensor', deviceClass)).toBe(on);
      expect(formatValue('state', 'off', 'C', 'binary_sensor', deviceClass)).toBe(off);
    });

    it('shows its words on the tile', () => {
      expect(describeState(sensorOf(deviceClass, true), 'C')).toBe(tileOn);
      expect(describeState(sensorOf(deviceClass, false), 'C')).toBe(tileOff);
    });

    it('tells the log what happened', () => {
      const event: HomeEvent = {
        id: 'ev-1',
        at: NOW,
        entityId: 'binary_sensor.thing',
        entityName: 'Thing',
        domain: 'binary_sensor',
        changes: [{ key: 'state', from: 'off', to: 'on' }],
        cause: MANUAL,
      };
      const entity = () => sensorOf(deviceClass, true);
      expect(explain(event, { unit: 'C', entity }).what).toBe(`Thing ${logOn}`);
    });

    it('has a name a person would use', () => {
      expect(binaryNoun(deviceClass)).toMatch(/^[a-z ]+ (sensor|alarm)$/);
    });
  });

  it('knows nothing of classes Home Assistant does not have', () => {
    expect(binaryClass('rain')).toBeUndefined();
    expect(binaryClass('toString')).toBeUndefined();
    expect(
      binarySensorSchema.safeParse({
        ...sensorOf('motion', true),
        attributes: { device_class: 'rain' },
      }).success,
    ).toBe(false);
  });

  it('kinds say how the panel acts each out', () => {
    expect(binaryClass('door')?.kind).toBe('contact');
    expect(binaryClass('motion')?.kind).toBe('detector');
    expect(binaryClass('smoke')?.kind).toBe('alarm');
    expect(binaryClass('battery_charging')?.kind).toBe('status');
  });
});
