import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import type { Routine, Trigger } from './model.ts';
import { dueRuns, Scheduler } from './scheduler.ts';

const settings = {
  ...DEFAULT_SETTINGS,
  location: { ...DEFAULT_SETTINGS.location, timeZone: 'Europe/London' },
};
// Monday 2 March 2026, 00:00 in London (GMT).
const MONDAY = Date.parse('2026-03-02T00:00:00Z');
const DAY = 24 * 3600 * 1000;

function routine(id: string, triggers: Trigger[], enabled = true): Routine {
  return {
    id,
    name: id,
    enabled,
    triggers,
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: id }],
    createdAt: 0,
    updatedAt: 0,
  };
}

const weekdays: Trigger = { type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] };

describe('dueRuns', () => {
  it('finds every run of a week exactly once, in order, on the matching days only', () => {
    const runs = dueRuns([routine('night', [weekdays])], MONDAY, MONDAY + 7 * DAY, settings);
    expect(runs.map((r) => new Date(r.at).toISOString())).toEqual([
      '2026-03-02T22:30:00.000Z',
      '2026-03-03T22:30:00.000Z',
      '2026-03-04T22:30:00.000Z',
      '2026-03-05T22:30:00.000Z',
      '2026-03-06T22:30:00.000Z',
    ]);
  });

  it('splits a stretch into ticks without losing or repeating a run', () => {
    const all = [
      routine('night', [weekdays]),
      routine('morning', [{ type: 'time', at: '07:00', days: [1, 2, 3, 4, 5, 6, 7] }]),
    ];
    const whole = dueRuns(all, MONDAY, MONDAY + 7 * DAY, settings).map(
      (r) => `${r.routine.id}@${r.at}`,
    );
    const ticked: string[] = [];
    for (let t = MONDAY; t < MONDAY + 7 * DAY; t += 3_600_000)
      ticked.push(
        ...dueRuns(all, t, t + 3_600_000, settings).map((r) => `${r.routine.id}@${r.at}`),
      );
    expect(ticked).toEqual(whole);
    expect(whole).toHaveLength(5 + 7);
  });

  it('leaves out disabled routines, and runs a routine once when two schedules meet', () => {
    const twice = routine('twice', [weekdays, { type: 'time', at: '22:30', days: [1] }]);
    const off = routine('off', [weekdays], false);
    const runs = dueRuns([twice, off], MONDAY, MONDAY + DAY, settings);
    expect(runs.map((r) => r.routine.id)).toEqual(['twice']);
  });

  it("orders runs at the same instant by the routines' order", () => {
    const a = routine('a', [weekdays]);
    const b = routine('b', [weekdays]);
    expect(dueRuns([b, a], MONDAY, MONDAY + DAY, settings).map((r) => r.routine.id)).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('Scheduler', () => {
  const all = [
    routine('night', [weekdays]),
    routine('morning', [{ type: 'time', at: '07:00', days: [1, 2, 3, 4, 5, 6, 7] }]),
    routine('dusk', [
      { type: 'sun', event: 'sunset', offsetMinutes: 30, days: [1, 2, 3, 4, 5, 6, 7] },
    ]),
  ];
  const key = (r: { routine: Routine; at: number }) => `${r.routine.id}@${r.at}`;

  it('gives the same runs as asking for the whole stretch, tick after tick', () => {
    const scheduler = new Scheduler();
    const whole = dueRuns(all, MONDAY, MONDAY + 7 * DAY, settings).map(key);
    const ticked: string[] = [];
    for (let t = MONDAY; t < MONDAY + 7 * DAY; t += 600_000)
      ticked.push(...scheduler.due(all, t, t + 600_000, settings).map(key));
    expect(ticked).toEqual(whole);
    expect(whole).toHaveLength(5 + 7 + 7);
  });

  it('plans afresh for an edited routine, a jump forward and a clock set back', () => {
    const scheduler = new Scheduler();
    expect(scheduler.due(all, MONDAY, MONDAY + DAY, settings).map(key)).toHaveLength(3);
    // Set back a day: Monday's runs are due again.
    expect(scheduler.due(all, MONDAY, MONDAY + DAY, settings).map(key)).toHaveLength(3);
    // Jump to Saturday: no weekday run, the others once.
    const saturday = MONDAY + 5 * DAY;
    expect(scheduler.due(all, saturday, saturday + DAY, settings).map((r) => r.routine.id)).toEqual(
      ['morning', 'dusk'],
    );
    const edited = [{ ...all[0]!, triggers: [{ ...weekdays, days: [6] }] as Trigger[] }];
    expect(scheduler.due(edited, saturday, saturday + DAY, settings)).toHaveLength(1);
  });
});
