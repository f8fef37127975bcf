import { describe, expect, it } from 'vitest';
import { nextSunEvent, sunTimes } from '../clock/sun.ts';
import { zonedParts, zonedToInstant } from '../clock/zoned.ts';
import { DEFAULT_SETTINGS, type HomeSettings } from '../settings/settings.ts';
import type { TriggerOf } from './model.ts';
import { dueOccurrences, localWeekday, nextOccurrence } from './schedule.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (t: number) => new Date(t).toISOString();
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = [1, 2, 3, 4, 5];

const LONDON: HomeSettings = DEFAULT_SETTINGS;
const NEW_YORK: HomeSettings = {
  temperatureUnit: 'F',
  location: { name: 'New York', latitude: 40.71, longitude: -74.01, timeZone: 'America/New_York' },
};
const AUCKLAND: HomeSettings = {
  temperatureUnit: 'C',
  location: { name: 'Auckland', latitude: -36.85, longitude: 174.76, timeZone: 'Pacific/Auckland' },
};
const TROMSO: HomeSettings = {
  temperatureUnit: 'C',
  location: { name: 'Tromsø', latitude: 69.65, longitude: 18.96, timeZone: 'Europe/Oslo' },
};

const at = (time: string, days = EVERY_DAY): TriggerOf<'time'> => ({
  type: 'time',
  at: time,
  days,
});
const sun = (
  event: 'sunrise' | 'sunset',
  offsetMinutes: number,
  days = EVERY_DAY,
): TriggerOf<'sun'> => ({ type: 'sun', event, offsetMinutes, days });
const local = (s: HomeSettings, year: number, month: number, day: number, hour = 0, minute = 0) =>
  zonedToInstant({ year, month, day, hour, minute }, s.location.timeZone);
const wall = (t: number, s: HomeSettings) => {
  const p = zonedParts(t, s.location.timeZone);
  return `${p.year}-${p.month}-${p.day} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

describe('dueOccurrences: time of day', () => {
  // Monday 2026-06-01 00:00 in London.
  const monday = local(LONDON, 2026, 6, 1);

  it('fires once a day at the wall-clock time, in order', () => {
    const due = dueOccurrences(at('22:30'), monday, monday + 7 * DAY, LONDON);
    expect(due.map((t) => wall(t, LONDON))).toEqual([
      '2026-6-1 22:30',
      '2026-6-2 22:30',
      '2026-6-3 22:30',
      '2026-6-4 22:30',
      '2026-6-5 22:30',
      '2026-6-6 22:30',
      '2026-6-7 22:30',
    ]);
    expect(iso(due[0] ?? 0)).toBe('2026-06-01T21:30:00.000Z');
  });

  it('keeps to the chosen days, Monday = 1 … Sunday = 7', () => {
    const weekdays = dueOccurrences(at('22:30', WEEKDAYS), monday, monday + 7 * DAY, LONDON);
    expect(weekdays.map((t) => localWeekday(t, 'Europe/London'))).toEqual([1, 2, 3, 4, 5]);
    const weekend = dueOccurrences(at('09:00', [6, 7]), monday, monday + 7 * DAY, LONDON);
    expect(weekend.map((t) => wall(t, LONDON))).toEqual(['2026-6-6 09:00', '2026-6-7 09:00']);
  });

  it('counts exactly the right number over a long fast-forward, and fast', () => {
    const started = performance.now();
    // 52 weeks from a Monday: 260 weekdays, across both of the year's clock changes.
    const from = local(LONDON, 2026, 1, 5);
    const due = dueOccurrences(at('22:30', WEEKDAYS), from, from + 364 * DAY, LONDON);
    expect(due).toHaveLength(260);
    expect(new Set(due.map((t) => wall(t, LONDON).slice(-5)))).toEqual(new Set(['22:30']));
    expect(due.every((t) => localWeekday(t, 'Europe/London') <= 5)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('treats the interval as (from, to]: never twice across consecutive ticks', () => {
    const first = local(LONDON, 2026, 6, 1, 22, 30);
    expect(dueOccurrences(at('22:30'), first, first + HOUR, LONDON)).toEqual([]);
    expect(dueOccurrences(at('22:30'), first - HOUR, first, LONDON)).toEqual([first]);
    // A week in uneven ticks finds the same seven runs as one big step.
    const whole = dueOccurrences(at('22:30'), monday, monday + 7 * DAY, LONDON);
    const steps = [1, 59_999, 7 * HOUR, 13 * 60_000, 2 * DAY];
    const end = monday + 7 * DAY;
    const ticked: number[] = [];
    for (let t = monday, i = 0; t < end; i++) {
      const to = Math.min(t + (steps[i % steps.length] ?? HOUR), end);
      ticked.push(...dueOccurrences(at('22:30'), t, to, LONDON));
      t = to;
    }
    expect(ticked).toEqual(whole);
  });

  it('handles midnight: 00:00 belongs to the day it starts', () => {
    const due = dueOccurrences(at('00:00', [2]), monday, monday + 7 * DAY, LONDON);
    expect(due.map((t) => wall(t, LONDON))).toEqual(['2026-6-2 00:00']);
    // Exactly at `to` counts; exactly at `from` does not.
    const tuesday = local(LONDON, 2026, 6, 2);
    expect(dueOccurrences(at('00:00'), tuesday - 60_000, tuesday, LONDON)).toEqual([tuesday]);
    expect(dueOccurrences(at('00:00'), tuesday, tuesday + 60_000, LONDON)).toEqual([]);
    expect(dueOccurrences(at('23:59'), tuesday - 2 * 60_000, tuesday, LONDON)).toHaveLength(1);
  });

  it('reads days in the home’s time zone, not UTC', () => {
    // Monday 08:00 in Auckland is still Sunday in UTC.
    const from = Date.UTC(2026, 5, 1);
    const due = dueOccurrences(at('08:00', [1]), from, from + 7 * DAY, AUCKLAND);
    expect(due.map(iso)).toEqual(['2026-06-07T20:00:00.000Z']);
    expect(new Date(due[0] ?? 0).getUTCDay()).toBe(0);
  });

  it('returns nothing for an empty or backwards interval', () => {
    expect(dueOccurrences(at('22:30'), monday, monday, LONDON)).toEqual([]);
    expect(dueOccurrences(at('22:30'), monday + DAY, monday, LONDON)).toEqual([]);
    expect(dueOccurrences(at('22:30'), NaN, monday, LONDON)).toEqual([]);
  });
});

describe('dueOccurrences: daylight saving', () => {
  it('London spring-forward (2026-03-29): a missing 01:30 runs at 02:00 BST, when the gap ends', () => {
    const from = Date.UTC(2026, 2, 28, 12);
    const due = dueOccurrences(at('01:30'), from, from + DAY, LONDON);
    expect(due.map(iso)).toEqual(['2026-03-29T01:00:00.000Z']);
    expect(wall(due[0] ?? 0, LONDON)).toBe('2026-3-29 02:00');
    // 02:30 exists in London that day (the gap is 01:00–02:00) and keeps its time.
    expect(dueOccurrences(at('02:30'), from, from + DAY, LONDON).map(iso)).toEqual([
      '2026-03-29T01:30:00.000Z',
    ]);
  });

  it('London fall-back (2026-10-25): a repeated 01:30 runs once, the first time (BST)', () => {
    const from = Date.UTC(2026, 9, 24, 12);
    const due = dueOccurrences(at('01:30'), from, from + DAY, LONDON);
    expect(due.map(iso)).toEqual(['2026-10-25T00:30:00.000Z']);
  });

  it('New York spring-forward (2026-03-08): a missing 02:30 runs at 03:00 EDT', () => {
    const from = Date.UTC(2026, 2, 7, 17);
    const due = dueOccurrences(at('02:30'), from, from + DAY, NEW_YORK);
    expect(due.map(iso)).toEqual(['2026-03-08T07:00:00.000Z']);
    expect(wall(due[0] ?? 0, NEW_YORK)).toBe('2026-3-8 03:00');
  });

  it('New York fall-back (2026-11-01): a repeated 01:30 runs once, at 01:30 EDT', () => {
    const from = Date.UTC(2026, 9, 31, 17);
    expect(dueOccurrences(at('01:30'), from, from + DAY, NEW_YORK).map(iso)).toEqual([
      '2026-11-01T05:30:00.000Z',
    ]);
  });

  it('a week across each change still has exactly seven daily runs', () => {
    for (const [s, y, m, d] of [
      [LONDON, 2026, 3, 26],
      [LONDON, 2026, 10, 22],
      [NEW_YORK, 2026, 3, 5],
      [NEW_YORK, 2026, 10, 29],
    ] as const) {
      const from = local(s, y, m, d);
      const to = local(s, y, m, d + 7);
      for (const time of ['00:00', '01:30', '02:30', '23:59']) {
        expect(dueOccurrences(at(time), from, to, s), `${s.location.name} ${time}`).toHaveLength(7);
      }
    }
  });
});

describe('dueOccurrences: sunrise and sunset', () => {
  const from = local(LONDON, 2026, 6, 1);
  const to = local(LONDON, 2026, 6, 8);

  it.each([0, 30, -30, 180, -180])('sunrise %i minutes matches sunTimes day by day', (offset) => {
    const due = dueOccurrences(sun('sunrise', offset), from, to, LONDON);
    expect(due).toHaveLength(7);
    due.forEach((t, i) => {
      const day = local(LONDON, 2026, 6, 1 + i, 12);
      const sunrise = sunTimes(day, LONDON.location).sunrise ?? NaN;
      expect(t).toBe(sunrise + offset * 60_000);
    });
  });

  it('agrees with nextSunEvent for every-day triggers', () => {
    const due = dueOccurrences(sun('sunset', -45), from, to, LONDON);
    let t = from;
    for (const expected of due) {
      const next = nextSunEvent(t, 'sunset', LONDON.location, -45);
      expect(next).toBe(expected);
      t = expected;
    }
  });

  it('an offset past midnight still counts for the day of the sunset', () => {
    // Sunset in London in June is about 21:15; three hours later is after midnight.
    const due = dueOccurrences(sun('sunset', 180, [1]), from, to, LONDON);
    expect(due).toHaveLength(1);
    const sunset = sunTimes(local(LONDON, 2026, 6, 1, 12), LONDON.location).sunset ?? NaN;
    expect(due[0]).toBe(sunset + 180 * 60_000);
    expect(localWeekday(due[0] ?? 0, 'Europe/London')).toBe(2);
    // And a Monday-evening interval that has not yet reached the run finds nothing.
    expect(dueOccurrences(sun('sunset', 180, [1]), from, sunset, LONDON)).toEqual([]);
  });

  it('has no run on polar days without a sunrise, and finds the next one when the sun returns', () => {
    const dec = local(TROMSO, 2026, 12, 5);
    expect(dueOccurrences(sun('sunrise', 0), dec, dec + 20 * DAY, TROMSO)).toEqual([]);
    const next = nextOccurrence(sun('sunrise', 0), dec, TROMSO);
    expect(next).toBe(nextSunEvent(dec, 'sunrise', TROMSO.location));
    expect(next).toBeGreaterThan(local(TROMSO, 2027, 1, 1));
  });
});

describe('nextOccurrence', () => {
  it('finds the next chosen day, strictly after', () => {
    const friday = local(LONDON, 2026, 6, 5, 22, 30);
    const next = nextOccurrence(at('22:30', WEEKDAYS), friday, LONDON);
    expect(wall(next ?? 0, LONDON)).toBe('2026-6-8 22:30');
    expect(nextOccurrence(at('22:30', WEEKDAYS), friday - 1, LONDON)).toBe(friday);
  });

  it('uses the same daylight-saving rule', () => {
    const before = Date.UTC(2026, 2, 8, 0);
    expect(iso(nextOccurrence(at('02:30'), before, NEW_YORK) ?? 0)).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('gives sun times with their offset', () => {
    const after = local(LONDON, 2026, 6, 1, 12);
    expect(nextOccurrence(sun('sunset', 15), after, LONDON)).toBe(
      nextSunEvent(after, 'sunset', LONDON.location, 15),
    );
  });
});
