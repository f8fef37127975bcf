// Plain en-GB formatting for the clock bar and the logs, always in the home's time zone.
// Names come from fixed tables over zonedParts rather than from Intl's en-GB locale data, whose
// abbreviations change between ICU releases ("Sep" became "Sept"): the same instant must read
// the same in every browser, in Node tests and in screenshots. zonedParts caches its formatter
// per zone, so nothing here builds a DateTimeFormat per call.
import { utcFromFields, zonedParts, type ZonedParts } from './zoned.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
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

const pad2 = (n: number) => String(n).padStart(2, '0');
const weekdayName = (p: ZonedParts) => WEEKDAYS[p.weekday] ?? '';
const monthName = (p: ZonedParts) => MONTHS[p.month - 1] ?? '';
const hhmm = (p: ZonedParts) => `${pad2(p.hour)}:${pad2(p.minute)}`;
const shortDate = (p: ZonedParts) =>
  `${weekdayName(p).slice(0, 3)} ${p.day} ${monthName(p).slice(0, 3)}`;

export interface ClockParts {
  /** "Monday" */
  weekday: string;
  /** "23 November 2026" */
  date: string;
  /** "23:17" */
  time: string;
  /** "05" */
  seconds: string;
}

export function formatClockParts(instant: number, timeZone: string): ClockParts {
  const p = zonedParts(instant, timeZone);
  return {
    weekday: weekdayName(p),
    date: `${p.day} ${monthName(p)} ${p.year}`,
    time: hhmm(p),
    seconds: pad2(p.second),
  };
}

/** "Mon 23 Nov, 23:17" */
export function formatDateTime(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${shortDate(p)}, ${hhmm(p)}`;
}

/** "23:17" */
export function formatTime(instant: number, timeZone: string): string {
  return hhmm(zonedParts(instant, timeZone));
}

/**
 * "Today", "Yesterday", "Tomorrow", otherwise "Mon 16 Nov" (with the year when it is not the
 * year of `now`), judged by calendar days in the zone, not by 24-hour spans.
 */
export function formatRelativeDay(instant: number, now: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const n = zonedParts(now, timeZone);
  const days = Math.round(
    (utcFromFields(p.year, p.month, p.day) - utcFromFields(n.year, n.month, n.day)) / 86_400_000,
  );
  if (days === 0) return 'Today';
  if (days === -1) return 'Yesterday';
  if (days === 1) return 'Tomorrow';
  return p.year === n.year ? shortDate(p) : `${shortDate(p)} ${p.year}`;
}

const UNITS: [label: string, ms: number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1000],
];

/**
 * "2 h 5 min", "45 s", "1 min 30 s": the two largest non-zero units, truncated rather than
 * rounded so a countdown never shows more time than is left.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  const shown: string[] = [];
  for (const [label, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || shown.length > 0) shown.push(`${n} ${label}`);
    if (shown.length === 2) break;
  }
  const parts = shown.filter((s) => !s.startsWith('0 '));
  return parts.length === 0 ? '0 s' : sign + parts.join(' ');
}

/** "1×", "60×", "3600×" (no thousands separator: it reads as a factor, not a quantity). */
export function formatRate(rate: number): string {
  return `${Number.isInteger(rate) ? String(rate) : String(Math.round(rate * 100) / 100)}×`;
}
