import { describe, expect, it } from 'vitest';
import { dateDayNumber, dayNumber, readDay, weekdayOf, whenPast } from './days.ts';

describe('calendar days', () => {
  it('reads dates that are on the calendar only', () => {
    expect(dateDayNumber('1970-01-02')).toBe(1);
    expect(dateDayNumber('2024-02-29')).toBeDefined();
    expect(dateDayNumber('2026-02-29')).toBeUndefined();
    expect(dateDayNumber('2026-13-01')).toBeUndefined();
    expect(dateDayNumber('12 May')).toBeUndefined();
  });

  it('numbers days by the home’s calendar', () => {
    const late = Date.UTC(2026, 2, 3, 23, 30);
    expect(dayNumber(late, 'Europe/Berlin') - dayNumber(late, 'UTC')).toBe(1);
    expect(dayNumber(late, 'UTC')).toBe(dateDayNumber('2026-03-03'));
    expect(weekdayOf(dateDayNumber('2026-03-03')!)).toBe(2);
  });

  it('says when something happened', () => {
    const today = dateDayNumber('2026-03-13')!; // a Friday
    expect(whenPast(today, today)).toBe('today');
    expect(whenPast(today - 1, today)).toBe('yesterday');
    expect(whenPast(today - 3, today)).toBe('on Tuesday');
    expect(whenPast(today - 7, today)).toBe('on 6 March');
  });

  it('reads the day a request speaks of', () => {
    const tuesday = dateDayNumber('2026-03-03')!;
    expect(readDay('what about tomorrow', tuesday)).toMatchObject({
      weekday: 3,
      words: 'tomorrow',
    });
    expect(readDay('chores tonight', tuesday)).toMatchObject({ weekday: 2, words: 'today' });
    expect(readDay("Leo's chores on Saturday", tuesday)).toMatchObject({
      weekday: 6,
      words: 'on Saturday',
    });
    expect(readDay('what about saturdays', tuesday)?.weekday).toBe(6);
    expect(readDay('who feeds the cat', tuesday)).toBeUndefined();
  });
});
