// Calendar days in the home's time zone, for the home templates (countdown, chores, whose turn).
// A day is counted by the date on the home's calendar, not in 24-hour blocks: 23:30 on the 24th
// is one day before Christmas whatever the hour, and a day with a clock change (23 or 25 hours)
// is still one day.
import { utcFromFields, zonedParts } from '../../clock/zoned.ts';
import type { Weekday } from '../types.ts';
import { mentions, type Mention } from './mentions.ts';

const DAY_MS = 86_400_000;

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The home's date at an instant as a day number (days since 1 January 1970). */
export function dayNumber(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Math.round(utcFromFields(p.year, p.month, p.day) / DAY_MS);
}

/** "2026-05-12" as a day number; undefined when it is not a date on the calendar ("2026-02-30"). */
export function dateDayNumber(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(utcFromFields(year, month, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day)
    return undefined;
  return Math.round(at.getTime() / DAY_MS);
}

/** The weekday of a day number (1 January 1970 was a Thursday). */
export const weekdayOf = (day: number): Weekday => ((((day + 4) % 7) + 7) % 7) as Weekday;

/** "3 March" */
export function dayAndMonth(day: number): string {
  const at = new Date(day * DAY_MS);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}`;
}

/**
 * When something happened, for a sentence: "today", "yesterday", "on Monday" within the last
 * week, otherwise "on 3 March".
 */
export function whenPast(day: number, today: number): string {
  const ago = today - day;
  if (ago <= 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago < 7) return `on ${WEEKDAY_NAMES[weekdayOf(day)]}`;
  return `on ${dayAndMonth(day)}`;
}

/** A day said in a request: its weekday and how to say it back ("today", "on Saturday"). */
export interface SaidDay {
  weekday: Weekday;
  words: string;
}

const RELATIVE: readonly [word: string, offset: number][] = [
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
  ['yesterday', -1],
];

/**
 * The day a request speaks of ("what does Maya do tomorrow", "Leo's chores on Saturday"), read
 * against `today` (a day number); undefined when it names none. Also returns where it was said.
 */
export function readDay(said: string, today: number): (SaidDay & { at: Mention }) | undefined {
  const options = [...RELATIVE.map(([word]) => word), ...WEEKDAY_NAMES];
  const [first] = mentions(said, options);
  if (!first) return undefined;
  const relative = RELATIVE[first.option];
  if (relative) {
    const [word, offset] = relative;
    return {
      weekday: weekdayOf(today + offset),
      words: word === 'tonight' ? 'today' : word,
      at: first,
    };
  }
  const weekday = (first.option - RELATIVE.length) as Weekday;
  return { weekday, words: `on ${WEEKDAY_NAMES[weekday]}`, at: first };
}
