import { describe, expect, it } from 'vitest';
import {
  formatClockParts,
  formatDateTime,
  formatDuration,
  formatRate,
  formatRelativeDay,
  formatTime,
} from './format.ts';

const LONDON = 'Europe/London';
const T = Date.UTC(2026, 10, 23, 23, 17, 5); // Monday 23 November 2026, 23:17:05 GMT

describe('clock and date formatting', () => {
  it('formats the clock bar parts in the zone', () => {
    expect(formatClockParts(T, LONDON)).toEqual({
      weekday: 'Monday',
      date: '23 November 2026',
      time: '23:17',
      seconds: '05',
    });
    expect(formatClockParts(T, 'Asia/Kolkata')).toEqual({
      weekday: 'Tuesday',
      date: '24 November 2026',
      time: '04:47',
      seconds: '05',
    });
  });

  it('formats date-times and times, with BST in summer', () => {
    expect(formatDateTime(T, LONDON)).toBe('Mon 23 Nov, 23:17');
    expect(formatTime(T, LONDON)).toBe('23:17');
    expect(formatTime(Date.UTC(2026, 6, 1, 0, 5), LONDON)).toBe('01:05');
    expect(formatDateTime(Date.UTC(2026, 8, 6, 8, 0), LONDON)).toBe('Sun 6 Sep, 09:00');
    expect(formatTime(Date.UTC(2026, 0, 1, 0, 0), 'UTC')).toBe('00:00');
  });

  it('says Today, Yesterday, Tomorrow by calendar day, else a short date', () => {
    const now = T;
    expect(formatRelativeDay(Date.UTC(2026, 10, 23, 0, 0), now, LONDON)).toBe('Today');
    expect(formatRelativeDay(Date.UTC(2026, 10, 22, 23, 59), now, LONDON)).toBe('Yesterday');
    expect(formatRelativeDay(Date.UTC(2026, 10, 24, 0, 1), now, LONDON)).toBe('Tomorrow');
    expect(formatRelativeDay(Date.UTC(2026, 10, 16, 9, 0), now, LONDON)).toBe('Mon 16 Nov');
    expect(formatRelativeDay(Date.UTC(2025, 11, 25, 9, 0), now, LONDON)).toBe('Thu 25 Dec 2025');
    // 23:17 GMT is already Tuesday in Kolkata, so Monday evening there is "Yesterday".
    expect(formatRelativeDay(Date.UTC(2026, 10, 23, 12, 0), now, 'Asia/Kolkata')).toBe('Yesterday');
  });

  it('counts days across a DST change by the calendar', () => {
    const now = Date.UTC(2026, 2, 29, 12, 0); // Sunday of the spring change
    expect(formatRelativeDay(Date.UTC(2026, 2, 28, 0, 30), now, LONDON)).toBe('Yesterday');
    expect(formatRelativeDay(Date.UTC(2026, 2, 29, 23, 30), now, LONDON)).toBe('Tomorrow');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [45_000, '45 s'],
    [60_000, '1 min'],
    [90_000, '1 min 30 s'],
    [5 * 60_000, '5 min'],
    [2 * 3_600_000 + 5 * 60_000 + 59_000, '2 h 5 min'],
    [3_600_000, '1 h'],
    [3_600_000 + 30_000, '1 h'],
    [26 * 3_600_000, '1 d 2 h'],
    [3 * 86_400_000, '3 d'],
    [-45_000, '-45 s'],
  ])('%i ms is %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatRate', () => {
  it.each([
    [1, '1×'],
    [60, '60×'],
    [3600, '3600×'],
    [0.5, '0.5×'],
  ])('%d is %j', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});
