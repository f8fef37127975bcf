import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../../../domain/activity/event.ts';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import { changeLine, triggerNowWords } from './dryRunWords.ts';

const at = Date.UTC(2026, 10, 23, 19, 30);
const home = demoHome(at);

const event = (over: Partial<HomeEvent>): HomeEvent => ({
  id: 'ev-1',
  at,
  entityId: 'light.living_room_lamp',
  entityName: 'Living room lamp',
  domain: 'light',
  area: 'living_room',
  changes: [{ key: 'state', from: 'on', to: 'off' }],
  cause: { kind: 'manual' },
  ...over,
});

describe('dry run words', () => {
  it('says each change from → to, naming the room when the name does not', () => {
    expect(changeLine(event({}), home, 'C')).toBe('Living room lamp: on → off');
    expect(
      changeLine(
        event({
          entityId: 'climate.main_bedroom',
          entityName: 'Bedroom thermostat',
          domain: 'climate',
          area: 'main_bedroom',
          changes: [
            { key: 'temperature', from: 18, to: 17 },
            { key: 'hvac_action', from: 'heating', to: 'idle' },
          ],
        }),
        home,
        'F',
      ),
    ).toBe('Bedroom thermostat (Main bedroom): target 64.4 °F → 62.6 °F');
    expect(
      changeLine(
        event({
          changes: [
            { key: 'state', from: 'off', to: 'on' },
            { key: 'brightness', from: 0, to: 40 },
          ],
        }),
        home,
        'C',
      ),
    ).toBe('Living room lamp: off → on, brightness 0 % → 40 %');
  });

  it('says when a schedule fires next, and whether a device trigger holds now', () => {
    const next = at + 3.5 * 3600 * 1000;
    expect(
      triggerNowWords(
        { trigger: { type: 'time', at: '23:00', days: [1] }, next },
        at,
        'Europe/London',
      ),
    ).toBe('Next: Today at 23:00');
    expect(
      triggerNowWords(
        { trigger: { type: 'sun', event: 'sunset', offsetMinutes: 0, days: [1] } },
        at,
        'UTC',
      ),
    ).toBe('Not in the coming days');
    const door = { type: 'state', entityId: 'binary_sensor.front_door', to: 'on' } as const;
    expect(triggerNowWords({ trigger: door, holds: true }, at, 'UTC')).toBe('Already so now');
    expect(triggerNowWords({ trigger: door, holds: false }, at, 'UTC')).toBe('Not so now');
  });
});
