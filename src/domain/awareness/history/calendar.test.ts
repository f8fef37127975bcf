import { describe, expect, it } from 'vitest';
import { zonedParts, zonedToInstant } from '../../clock/zoned.ts';
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import { historyDays, hm, isDark } from './calendar.ts';
import { jitter, mixSeed, seededRandom } from './random.ts';
import { byPerson, minuteOfDay, month, weekday } from './testing.ts';

const london = DEFAULT_SETTINGS.location;

describe('historyDays', () => {
  // The UK's clocks go forward at 01:00 on Sunday 30 March 2025 and back on 26 October.
  const days = historyDays(Date.UTC(2025, 2, 27), Date.UTC(2025, 3, 2), 1, london);

  it('runs from the day before the start to the end, one calendar day each', () => {
    expect(days.map((d) => `${d.month}/${d.date}`)).toEqual([
      '3/26',
      '3/27',
      '3/28',
      '3/29',
      '3/30',
      '3/31',
      '4/1',
      '4/2',
    ]);
    expect(days.map((d) => d.weekday)).toEqual([3, 4, 5, 6, 0, 1, 2, 3]);
  });

  it('reads wall-clock times in the home zone, right across the change of the clocks', () => {
    for (const d of days) {
      for (const minutes of [0, hm(0, 59), hm(1, 30), hm(6, 45), hm(12), hm(22, 30), hm(25)]) {
        const hour = Math.floor(minutes / 60);
        const expected = zonedToInstant(
          { year: d.year, month: d.month, day: d.date, hour, minute: minutes % 60 },
          london.timeZone,
        );
        expect(d.at(minutes), `${d.month}/${d.date} ${minutes}`).toBe(expected);
      }
      const p = zonedParts(d.at(hm(7, 5)), london.timeZone);
      expect([p.hour, p.minute]).toEqual([7, 5]);
    }
  });

  it('knows when it is dark: the evening after sunset, the morning before sunrise', () => {
    const d = days[1]!;
    expect(d.sunrise).toBeLessThan(d.sunset);
    expect(isDark(d, d.at(hm(5)))).toBe(true);
    expect(isDark(d, d.at(hm(13)))).toBe(false);
    expect(isDark(d, d.at(hm(21)))).toBe(true);
  });

  it('gives each date its own random source, the same whatever the range', () => {
    const again = historyDays(Date.UTC(2025, 2, 29), Date.UTC(2025, 2, 31), 1, london);
    const sample = (d: { random: () => number }) => [d.random(), d.random()];
    expect(sample(again[0]!)).toEqual(sample(days[2]!));
    expect(mixSeed(1, 2025, 3, 28)).not.toBe(mixSeed(2, 2025, 3, 28));
  });
});

describe('jitter', () => {
  it('stays within its limit and is spread around zero', () => {
    const r = seededRandom(5);
    const xs = Array.from({ length: 2000 }, () => jitter(r, 6, 15));
    expect(Math.max(...xs)).toBeLessThanOrEqual(15);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-15);
    expect(Math.abs(xs.reduce((a, b) => a + b, 0) / xs.length)).toBeLessThan(0.5);
  });
});

describe('a history across the change of the clocks', () => {
  it('keeps the household on its wall-clock hours', () => {
    const { history, errors } = month({ end: Date.UTC(2025, 3, 11, 20), days: 21 });
    expect(errors).toEqual([]);
    const goodMorning = history.events.filter(
      (e) => e.cause.kind === 'routine' && e.cause.routineName === 'Good morning',
    );
    for (const e of goodMorning) expect(minuteOfDay(e.at)).toBe(hm(6, 30));
    const weekdayWake = history.events.filter(
      (e) =>
        byPerson(e) &&
        e.entityId === 'light.bathroom' &&
        weekday(e.at) === 2 &&
        minuteOfDay(e.at) < hm(9),
    );
    for (const e of weekdayWake) expect(minuteOfDay(e.at)).toBeGreaterThan(hm(6, 45));
  });
});
