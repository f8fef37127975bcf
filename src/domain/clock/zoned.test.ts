import { describe, expect, it } from 'vitest';
import {
  addZonedDays,
  isValidTimeZone,
  startOfZonedDay,
  utcFromFields,
  zoneOffsetMs,
  zonedParts,
  zonedToInstant,
} from './zoned.ts';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

describe('zonedParts', () => {
  it('reads wall-clock fields in the zone, not the host', () => {
    const t = Date.UTC(2026, 5, 21, 12, 34, 56, 789);
    expect(zonedParts(t, LONDON)).toEqual({
      year: 2026,
      month: 6,
      day: 21,
      hour: 13,
      minute: 34,
      second: 56,
      weekday: 0,
    });
    expect(zonedParts(t, NEW_YORK)).toMatchObject({ day: 21, hour: 8, weekday: 0 });
    expect(zonedParts(t, KOLKATA)).toMatchObject({ day: 21, hour: 18, minute: 4 });
    expect(zonedParts(t, 'Pacific/Auckland')).toMatchObject({ day: 22, hour: 0, weekday: 1 });
  });

  it('gives hour 0, never 24, at midnight', () => {
    expect(zonedParts(Date.UTC(2026, 0, 1, 0, 0), 'UTC')).toMatchObject({ day: 1, hour: 0 });
  });

  it('crosses the year boundary by zone', () => {
    const t = Date.UTC(2026, 0, 1, 3, 0);
    expect(zonedParts(t, NEW_YORK)).toMatchObject({ year: 2025, month: 12, day: 31, hour: 22 });
    expect(zonedParts(t, 'Asia/Tokyo')).toMatchObject({ year: 2026, month: 1, day: 1, hour: 12 });
  });
});

describe('zoneOffsetMs', () => {
  it('knows summer, winter and half-hour offsets', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), LONDON)).toBe(0);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), LONDON)).toBe(HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), NEW_YORK)).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), NEW_YORK)).toBe(-4 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15, 0, 0, 0, 999), KOLKATA)).toBe(5.5 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'Asia/Kathmandu')).toBe(5.75 * HOUR);
  });
});

describe('zonedToInstant', () => {
  it('converts ordinary wall times', () => {
    expect(iso(zonedToInstant({ year: 2026, month: 1, day: 15, hour: 9 }, LONDON))).toBe(
      '2026-01-15T09:00:00.000Z',
    );
    expect(iso(zonedToInstant({ year: 2026, month: 7, day: 15, hour: 9 }, LONDON))).toBe(
      '2026-07-15T08:00:00.000Z',
    );
    expect(
      iso(zonedToInstant({ year: 2026, month: 3, day: 3, hour: 7, minute: 30 }, KOLKATA)),
    ).toBe('2026-03-03T02:00:00.000Z');
    expect(iso(zonedToInstant({ year: 2026, month: 3, day: 3 }, NEW_YORK))).toBe(
      '2026-03-03T05:00:00.000Z',
    );
  });

  it('round-trips with zonedParts every 15 minutes across a year in a half-hour zone', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60_000 * 97) {
      const p = zonedParts(t, KOLKATA);
      expect(zonedToInstant(p, KOLKATA)).toBe(t);
    }
  });

  describe('Europe/London (changes at 01:00 UTC)', () => {
    it('spring forward 2026-03-29: 01:30 does not exist and moves forward to 02:30 BST', () => {
      const t = zonedToInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, LONDON);
      expect(iso(t)).toBe('2026-03-29T01:30:00.000Z');
      expect(zonedParts(t, LONDON)).toMatchObject({ hour: 2, minute: 30 });
    });

    it('spring forward: the times either side of the gap are exact', () => {
      expect(
        iso(zonedToInstant({ year: 2026, month: 3, day: 29, hour: 0, minute: 59 }, LONDON)),
      ).toBe('2026-03-29T00:59:00.000Z');
      expect(iso(zonedToInstant({ year: 2026, month: 3, day: 29, hour: 2 }, LONDON))).toBe(
        '2026-03-29T01:00:00.000Z',
      );
      expect(iso(zonedToInstant({ year: 2026, month: 3, day: 29, hour: 1 }, LONDON))).toBe(
        '2026-03-29T01:00:00.000Z',
      );
    });

    it('fall back 2026-10-25: 01:30 happens twice and the earlier (BST) is chosen', () => {
      const t = zonedToInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, LONDON);
      expect(iso(t)).toBe('2026-10-25T00:30:00.000Z');
      // The second 01:30 (GMT) an hour later reads the same on the wall.
      expect(zonedParts(t + HOUR, LONDON)).toMatchObject({ hour: 1, minute: 30 });
      expect(iso(zonedToInstant({ year: 2026, month: 10, day: 25, hour: 2 }, LONDON))).toBe(
        '2026-10-25T02:00:00.000Z',
      );
    });
  });

  describe('America/New_York (changes at 02:00 local)', () => {
    it('spring forward 2026-03-08: 02:30 moves forward to 03:30 EDT', () => {
      const t = zonedToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NEW_YORK);
      expect(iso(t)).toBe('2026-03-08T07:30:00.000Z');
      expect(zonedParts(t, NEW_YORK)).toMatchObject({ hour: 3, minute: 30 });
      expect(iso(zonedToInstant({ year: 2026, month: 3, day: 8, hour: 3 }, NEW_YORK))).toBe(
        '2026-03-08T07:00:00.000Z',
      );
    });

    it('fall back 2026-11-01: 01:30 is the earlier, EDT one', () => {
      const t = zonedToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NEW_YORK);
      expect(iso(t)).toBe('2026-11-01T05:30:00.000Z');
    });
  });

  it('moves a non-existent midnight forward (São Paulo, 2018-11-04)', () => {
    const t = zonedToInstant({ year: 2018, month: 11, day: 4 }, 'America/Sao_Paulo');
    expect(iso(t)).toBe('2018-11-04T03:00:00.000Z');
    expect(zonedParts(t, 'America/Sao_Paulo')).toMatchObject({ day: 4, hour: 1, minute: 0 });
  });

  it('rolls over out-of-range fields', () => {
    expect(iso(zonedToInstant({ year: 2026, month: 12, day: 32, hour: 9 }, LONDON))).toBe(
      '2027-01-01T09:00:00.000Z',
    );
  });

  it('throws on an unknown zone', () => {
    expect(() => zonedToInstant({ year: 2026, month: 1, day: 1 }, 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});

describe('startOfZonedDay', () => {
  it('is local midnight', () => {
    // 22:30 UTC is 23:30 BST, still the 15th.
    expect(iso(startOfZonedDay(Date.UTC(2026, 6, 15, 22, 30), LONDON))).toBe(
      '2026-07-14T23:00:00.000Z',
    );
    expect(iso(startOfZonedDay(Date.UTC(2026, 6, 15, 3, 0), NEW_YORK))).toBe(
      '2026-07-14T04:00:00.000Z',
    );
    expect(iso(startOfZonedDay(Date.UTC(2026, 6, 15, 20, 0), KOLKATA))).toBe(
      '2026-07-15T18:30:00.000Z',
    );
  });

  it('handles DST-change days', () => {
    expect(iso(startOfZonedDay(Date.UTC(2026, 2, 29, 22), LONDON))).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(iso(startOfZonedDay(Date.UTC(2026, 9, 25, 22), LONDON))).toBe(
      '2026-10-24T23:00:00.000Z',
    );
  });
});

describe('addZonedDays', () => {
  it('keeps the wall time across spring forward (a 23-hour day)', () => {
    const sat = zonedToInstant({ year: 2026, month: 3, day: 28, hour: 7, minute: 15 }, LONDON);
    const sun = addZonedDays(sat, 1, LONDON);
    expect(sun - sat).toBe(23 * HOUR);
    expect(zonedParts(sun, LONDON)).toMatchObject({ day: 29, hour: 7, minute: 15 });
  });

  it('keeps the wall time across fall back (a 25-hour day) in New York', () => {
    const sat = zonedToInstant({ year: 2026, month: 10, day: 31, hour: 22 }, NEW_YORK);
    const sun = addZonedDays(sat, 1, NEW_YORK);
    expect(sun - sat).toBe(25 * HOUR);
    expect(zonedParts(sun, NEW_YORK)).toMatchObject({ month: 11, day: 1, hour: 22 });
  });

  it('goes backwards, across months, and keeps milliseconds', () => {
    const t = Date.UTC(2026, 2, 1, 10, 0, 0, 123);
    expect(iso(addZonedDays(t, -1, KOLKATA))).toBe('2026-02-28T10:00:00.123Z');
    expect(iso(addZonedDays(t, 365, 'UTC'))).toBe('2027-03-01T10:00:00.123Z');
  });

  it('lands in the gap moved forward when the wall time does not exist', () => {
    const sat = zonedToInstant({ year: 2026, month: 3, day: 7, hour: 2, minute: 30 }, NEW_YORK);
    expect(zonedParts(addZonedDays(sat, 1, NEW_YORK), NEW_YORK)).toMatchObject({
      day: 8,
      hour: 3,
      minute: 30,
    });
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5'])(
    'accepts %s',
    (tz) => expect(isValidTimeZone(tz)).toBe(true),
  );
  it.each(['', '  ', 'Mars/Olympus', 'London', 'Europe/Londres', 42, null])('rejects %s', (tz) =>
    expect(isValidTimeZone(tz)).toBe(false),
  );
});

describe('utcFromFields', () => {
  it('does not map years 0-99 to the 1900s as Date.UTC does', () => {
    expect(new Date(utcFromFields(50, 1, 1)).getUTCFullYear()).toBe(50);
  });
});
