import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import type { Routine } from './model.ts';
import { dryRun } from './dryRun.ts';

const NOW = Date.parse('2026-03-03T19:30:00Z');
const home = demoHome(NOW);

const goodNight: Routine = {
  id: 'good_night',
  name: 'Good night',
  enabled: true,
  triggers: [
    { type: 'phrase', phrases: ['good night'] },
    { type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] },
    { type: 'state', entityId: 'lock.back_door', to: 'unlocked' },
  ],
  conditionMode: 'all',
  conditions: [{ type: 'presence', is: 'home' }],
  actions: [
    {
      type: 'control',
      target: { kind: 'area', areaId: 'living_room', domain: 'light' },
      command: 'turn_off',
    },
    { type: 'wait', seconds: 600 },
    { type: 'control', target: { kind: 'entity', entityId: 'lock.back_door' }, command: 'lock' },
    { type: 'say', text: 'Sleep well' },
  ],
  createdAt: 0,
  updatedAt: 0,
};

describe('dryRun', () => {
  it('lists what would change, across waits, without changing the home', () => {
    const before = structuredClone(home);
    const out = dryRun(goodNight, home, NOW, DEFAULT_SETTINGS);
    expect(out.wouldRun).toBe(true);
    expect(out.changes.map((e) => e.entityId)).toEqual([
      'light.living_room_ceiling',
      'light.living_room_lamp',
      'light.tv_backlight',
      'lock.back_door',
    ]);
    expect(out.changes.at(-1)?.at).toBe(NOW + 600_000);
    expect(out.said).toEqual(['Sleep well']);
    expect(home).toEqual(before);
  });

  it('says when each trigger stands: the next schedule, whether a device is already so', () => {
    const out = dryRun(goodNight, home, NOW, DEFAULT_SETTINGS);
    expect(out.triggers[0]).toEqual({ trigger: goodNight.triggers[0] });
    expect(out.triggers[1]?.next).toBeGreaterThan(NOW);
    expect(out.triggers[2]?.holds).toBe(true);
  });

  it('changes nothing and says why when the conditions are not met', () => {
    const empty = {
      ...home,
      entities: home.entities.map((e) =>
        e.domain === 'person' ? { ...e, state: 'not_home' as const } : e,
      ),
    };
    const out = dryRun(goodNight, empty, NOW, DEFAULT_SETTINGS);
    expect(out.wouldRun).toBe(false);
    expect(out.changes).toEqual([]);
    expect(out.conditions.why).toMatch(/nobody is home/);
  });
});
