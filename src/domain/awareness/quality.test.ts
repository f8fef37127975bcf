import { describe, expect, it } from 'vitest';
import { DAY, month, TZ, WINTER_END } from './history/testing.ts';
import { analyse, scoreHunches } from './quality.ts';

const SLOW = 120_000;

describe('hunches measured against planted anomalies', () => {
  // Six winter weeks with ten anomalies each, for four households (seeds), looked at every
  // quarter of an hour after the first week, as the Home page would.
  it(
    'find at least 8 in 10 and are right at least 9 times in 10',
    () => {
      let episodes = 0;
      let right = 0;
      let scored = 0;
      let found = 0;
      for (const seed of [1, 2, 3, 4]) {
        const { home, history } = month({ seed, days: 42, anomalies: 10 });
        const report = scoreHunches(history, home, { timeZone: TZ });
        const misses = report.anomalies.filter((a) => !a.found).map((a) => a.anomaly.description);
        const alarms = report.falseAlarms.map((e) => e.text);
        expect(report.anomalies.length, `seed ${seed}: anomalies scored`).toBeGreaterThanOrEqual(9);
        // No household may fall far below the bar, whatever the others do.
        expect(
          report.precision,
          `seed ${seed} false alarms: ${alarms.join(' | ')}`,
        ).toBeGreaterThanOrEqual(0.8);
        expect(report.recall, `seed ${seed} missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(
          0.8,
        );
        // Four weeks of looks, each one well inside a frame's budget.
        expect(report.looks).toBeGreaterThan(34 * 24 * 4);
        expect(report.msPerLook).toBeLessThan(20);
        episodes += report.episodes.length;
        right += report.episodes.length - report.falseAlarms.length;
        scored += report.anomalies.length;
        found += report.anomalies.filter((a) => a.found).length;
      }
      expect(right / episodes, 'precision').toBeGreaterThanOrEqual(0.9);
      expect(found / scored, 'recall').toBeGreaterThanOrEqual(0.8);
    },
    SLOW,
  );

  it(
    'counts an episode overlapping no anomaly as a false alarm',
    () => {
      const { home, history } = month({ seed: 1, days: 21, anomalies: 2 });
      const honest = scoreHunches(history, home, { timeZone: TZ, stepMinutes: 30 });
      // The same hunches, scored against anomalies moved to other devices: all false alarms.
      const moved = history.anomalies.map((a) => ({ ...a, entityId: 'light.nowhere' }));
      const wrong = scoreHunches({ ...history, anomalies: moved }, home, {
        timeZone: TZ,
        stepMinutes: 30,
      });
      expect(honest.episodes.length).toBeGreaterThan(0);
      expect(wrong.episodes).toHaveLength(honest.episodes.length);
      expect(wrong.precision).toBe(0);
      expect(wrong.recall).toBe(0);
      expect(wrong.falseAlarms).toHaveLength(wrong.episodes.length);
    },
    SLOW,
  );
});

describe('the analysis the Home page runs', () => {
  it(
    'indexes 90 days of a 40-device home and finds what is unusual within the budget',
    () => {
      const { home, history } = month({ seed: 7, days: 90, anomalyAtEnd: true });
      const events = history.events;
      expect(events.length).toBeGreaterThan(10_000);
      expect(home.entities.length).toBeGreaterThanOrEqual(40);
      const times: number[] = [];
      let hunches = analyse(events, history.home, WINTER_END, TZ);
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        hunches = analyse(events, history.home, WINTER_END, TZ);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      expect(times[1]).toBeLessThan(300);
      // The garage door opened by hand before the end and never closed.
      expect(hunches.map((h) => h.entityId)).toContain('cover.garage_door');
      expect(history.anomalies.at(-1)!.until).toBe(WINTER_END);
      expect(WINTER_END - events[0]!.at).toBeGreaterThan(89 * DAY);
    },
    SLOW,
  );
});
