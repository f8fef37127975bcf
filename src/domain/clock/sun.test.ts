// Expected times are almanac values in local clock time: the NOAA solar calculator's, which
// timeanddate.com publishes to within a minute for these places. suncalc and NOAA both follow
// Meeus, so three minutes leaves room only for rounding and the observer's exact spot.
import { describe, expect, it } from 'vitest';
import { nextSunEvent, sunTimes, type SunLocation } from './sun.ts';
import { zonedParts, zonedToInstant } from './zoned.ts';

const LONDON: SunLocation = { latitude: 51.5074, longitude: -0.1278, timeZone: 'Europe/London' };
const NEW_YORK: SunLocation = {
  latitude: 40.7128,
  longitude: -74.006,
  timeZone: 'America/New_York',
};
const SYDNEY: SunLocation = {
  latitude: -33.8688,
  longitude: 151.2093,
  timeZone: 'Australia/Sydney',
};
const TROMSO: SunLocation = { latitude: 69.6492, longitude: 18.9553, timeZone: 'Europe/Oslo' };
const LOS_ANGELES: SunLocation = {
  latitude: 34.0522,
  longitude: -118.2437,
  timeZone: 'America/Los_Angeles',
};

const TOLERANCE = 3 * 60_000;

function local(loc: SunLocation, y: number, m: number, d: number, hh = 12, mm = 0): number {
  return zonedToInstant({ year: y, month: m, day: d, hour: hh, minute: mm }, loc.timeZone);
}

function expectNear(actual: number | null | undefined, expected: number) {
  expect(actual).toBeTypeOf('number');
  const diffMin = Math.abs((actual as number) - expected) / 60_000;
  expect(
    diffMin,
    `${new Date(actual as number).toISOString()} vs ${new Date(expected).toISOString()}`,
  ).toBeLessThanOrEqual(TOLERANCE / 60_000);
}

describe('sunTimes against almanac values', () => {
  it.each([
    // place, date, sunrise, sunset (local clock)
    ['London midsummer (BST)', LONDON, [2026, 6, 21], [4, 43], [21, 21]],
    ['London midwinter (GMT)', LONDON, [2026, 12, 21], [8, 4], [15, 54]],
    ['New York equinox (EDT)', NEW_YORK, [2026, 3, 20], [6, 59], [19, 8]],
    ['New York midwinter (EST)', NEW_YORK, [2026, 12, 21], [7, 17], [16, 32]],
    ['Sydney midsummer (AEDT)', SYDNEY, [2026, 12, 21], [5, 41], [20, 5]],
    ['Sydney midwinter (AEST)', SYDNEY, [2026, 6, 21], [7, 0], [16, 54]],
  ] as const)('%s', (_name, loc, [y, m, d], [rh, rm], [sh, sm]) => {
    const s = sunTimes(local(loc, y, m, d), loc);
    expectNear(s.sunrise, local(loc, y, m, d, rh, rm));
    expectNear(s.sunset, local(loc, y, m, d, sh, sm));
    expect(s.polar).toBeNull();
    expect(s.solarNoon).toBeGreaterThan(s.sunrise as number);
    expect(s.solarNoon).toBeLessThan(s.sunset as number);
  });

  it('reports polar day in Tromsø at midsummer: no sunrise, no sunset', () => {
    const s = sunTimes(local(TROMSO, 2026, 6, 21), TROMSO);
    expect(s).toMatchObject({ sunrise: null, sunset: null, polar: 'day' });
    expect(zonedParts(s.solarNoon, TROMSO.timeZone)).toMatchObject({ day: 21, hour: 12 });
  });

  it('reports polar night in Tromsø at midwinter', () => {
    const s = sunTimes(local(TROMSO, 2026, 12, 21), TROMSO);
    expect(s).toMatchObject({ sunrise: null, sunset: null, polar: 'night' });
  });

  it('answers for the home calendar day at any hour of it, not the UTC day', () => {
    // 20:30 in Los Angeles is already the next day in UTC.
    const day = [2026, 7, 4] as const;
    const ref = sunTimes(local(LOS_ANGELES, ...day), LOS_ANGELES);
    for (const [hh, mm] of [
      [0, 0],
      [0, 30],
      [6, 0],
      [20, 30],
      [23, 59],
    ] as const) {
      expect(sunTimes(local(LOS_ANGELES, ...day, hh, mm), LOS_ANGELES)).toEqual(ref);
    }
    expect(zonedParts(ref.sunset as number, LOS_ANGELES.timeZone)).toMatchObject({
      day: 4,
      hour: 20,
    });
    // And early in the morning far east of Greenwich, the UTC date is still yesterday.
    const early = sunTimes(local(SYDNEY, 2026, 12, 21, 0, 30), SYDNEY);
    expect(zonedParts(early.sunrise as number, SYDNEY.timeZone)).toMatchObject({ day: 21 });
  });

  it('is unaffected by the clock change on a DST day', () => {
    const s = sunTimes(local(LONDON, 2026, 3, 29, 0, 30), LONDON);
    // 2026-03-29: sunrise 06:43 BST, sunset 19:29 BST.
    expectNear(s.sunrise, local(LONDON, 2026, 3, 29, 6, 43));
    expectNear(s.sunset, local(LONDON, 2026, 3, 29, 19, 29));
  });
});

describe('nextSunEvent', () => {
  const june21 = (hh: number, mm = 0) => local(LONDON, 2026, 6, 21, hh, mm);
  const sunsetJune21 = sunTimes(june21(12), LONDON).sunset as number;
  const sunsetJune22 = sunTimes(local(LONDON, 2026, 6, 22), LONDON).sunset as number;

  it("finds today's event when it is still to come", () => {
    expect(nextSunEvent(june21(12), 'sunset', LONDON)).toBe(sunsetJune21);
  });

  it('is strictly after: at the very moment it finds the next day', () => {
    expect(nextSunEvent(sunsetJune21, 'sunset', LONDON)).toBe(sunsetJune22);
    expect(nextSunEvent(sunsetJune21 - 1, 'sunset', LONDON)).toBe(sunsetJune21);
  });

  it("moves to tomorrow once today's has passed", () => {
    expect(nextSunEvent(june21(22), 'sunset', LONDON)).toBe(sunsetJune22);
    const sunrise = nextSunEvent(june21(22), 'sunrise', LONDON) as number;
    expect(zonedParts(sunrise, LONDON.timeZone)).toMatchObject({ day: 22, hour: 4 });
  });

  it('applies the offset before comparing', () => {
    // 30 minutes before sunset (about 20:51) has passed at 21:00, so it is tomorrow's.
    expect(nextSunEvent(june21(21), 'sunset', LONDON, -30)).toBe(sunsetJune22 - 30 * 60_000);
    expect(nextSunEvent(june21(20), 'sunset', LONDON, -30)).toBe(sunsetJune21 - 30 * 60_000);
    // An hour after sunset (about 22:21) is still to come at 22:00.
    expect(nextSunEvent(june21(22), 'sunset', LONDON, 60)).toBe(sunsetJune21 + 60 * 60_000);
    // A day-sized negative offset reaches tomorrow's sunset.
    expect(nextSunEvent(june21(12), 'sunset', LONDON, -1440)).toBe(sunsetJune22 - 86_400_000);
  });

  it('crosses a DST change', () => {
    const t = nextSunEvent(local(LONDON, 2026, 3, 28, 20), 'sunrise', LONDON) as number;
    expect(zonedParts(t, LONDON.timeZone)).toMatchObject({ month: 3, day: 29, hour: 6 });
  });

  it('skips the midnight sun in Tromsø to the first sunset after it (late July)', () => {
    const t = nextSunEvent(local(TROMSO, 2026, 6, 1), 'sunset', TROMSO) as number;
    const p = zonedParts(t, TROMSO.timeZone);
    expect(p.month).toBe(7);
    expect(p.day).toBeGreaterThanOrEqual(22);
    expect(p.day).toBeLessThanOrEqual(28);
  });

  it('skips the polar night in Tromsø to the first sunrise (about 15 January)', () => {
    const t = nextSunEvent(local(TROMSO, 2026, 12, 1), 'sunrise', TROMSO) as number;
    expect(zonedParts(t, TROMSO.timeZone)).toMatchObject({ year: 2027, month: 1 });
    expect(Math.abs(zonedParts(t, TROMSO.timeZone).day - 15)).toBeLessThanOrEqual(1);
  });

  it('returns undefined when there is none within the search window', () => {
    const pole: SunLocation = { latitude: 90, longitude: 0, timeZone: 'UTC' };
    expect(nextSunEvent(Date.UTC(2026, 3, 1), 'sunrise', pole)).toBeUndefined();
    expect(nextSunEvent(Number.NaN, 'sunrise', LONDON)).toBeUndefined();
  });
});
