// When a routine's schedule is due: a time of day on chosen days, or sunrise/sunset with an offset,
// on the home's calendar (its time zone, not the browser's). The runner asks for every occurrence
// in the stretch of simulated time that just passed, so a fast-forward of weeks walks day by day
// (one or two time-zone conversions per day), never minute by minute.
//
// Daylight saving, decided here once for every schedule:
// - A time that does not exist that day (02:30 in New York, 01:30 in London, on the spring-forward
//   day) runs at the first instant after the gap, when the clock jumps (03:00 in New York, 02:00
//   in London): late rather than skipped, and not later than it has to be.
// - A time that happens twice (01:30 on the fall-back day) runs once, the first time.
// - Sun triggers: the event of each home calendar day, plus the offset. The offset may carry the
//   run across midnight (sunset 23:10 + 90 minutes runs at 00:40 the next day); it still belongs
//   to the day of the sunset, so the chosen days are checked against the day of the sun event.
//   On polar days with no sunrise or sunset there is simply no run that day.
import type { HomeSettings } from '../settings/settings.ts';
import { sunTimes } from '../clock/sun.ts';
import { utcFromFields, zoneOffsetMs, zonedParts, zonedToInstant } from '../clock/zoned.ts';
import type { TriggerOf, Weekday } from './model.ts';

export type ScheduleTrigger = TriggerOf<'time'> | TriggerOf<'sun'>;

const DAY_MS = 86_400_000;
// A chosen day comes round within a week; sun events can stop for months near the poles.
const TIME_SEARCH_DAYS = 8;
const SUN_SEARCH_DAYS = 400;

/** A calendar date, no time zone attached. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** 1 = Monday … 7 = Sunday, from zonedParts' 0 = Sunday … 6 = Saturday. */
export function isoWeekday(sundayFirst: number): Weekday {
  return (sundayFirst === 0 ? 7 : sundayFirst) as Weekday;
}

/** The day of the week at an instant in the home's time zone, 1 = Monday … 7 = Sunday. */
export function localWeekday(instant: number, timeZone: string): Weekday {
  return isoWeekday(zonedParts(instant, timeZone).weekday);
}

/** "22:30" as minutes after midnight. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

function localDate(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

// Calendar arithmetic on dates alone is plain UTC maths: no zone is involved until a time of day
// is attached, so walking the days costs no Intl calls.
function shiftDate(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(utcFromFields(date.year, date.month, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dateWeekday(date: CalendarDate): Weekday {
  return isoWeekday(new Date(utcFromFields(date.year, date.month, date.day)).getUTCDay());
}

function dateKey(date: CalendarDate): number {
  return utcFromFields(date.year, date.month, date.day);
}

/**
 * The first instant whose wall clock shows the new offset, between `before` (old offset) and
 * `after` (new offset). Zone changes happen on whole seconds, so halving whole seconds finds it.
 */
function transitionBetween(before: number, after: number, timeZone: string): number {
  const newOffset = zoneOffsetMs(after, timeZone);
  let lo = Math.floor(before / 1000);
  let hi = Math.ceil(after / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(mid * 1000, timeZone) === newOffset) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/**
 * The instant a time of day happens on a date in the zone, by the rules at the top of this file.
 * zonedToInstant already takes the first of a repeated time; for a missing time it moves forward
 * by the gap's length, which we pull back to the moment the gap ends.
 */
export function timeOnDate(date: CalendarDate, minutes: number, timeZone: string): number {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const at = zonedToInstant({ ...date, hour, minute }, timeZone);
  const shown = zonedParts(at, timeZone);
  if (shown.hour === hour && shown.minute === minute && shown.day === date.day) return at;
  // In a gap: the same wall time read with the later offset lands before the change.
  const wall = utcFromFields(date.year, date.month, date.day, hour, minute);
  const beforeGap = wall - zoneOffsetMs(at, timeZone);
  return transitionBetween(Math.min(beforeGap, at), at, timeZone);
}

function occurrenceOn(date: CalendarDate, trigger: ScheduleTrigger, settings: HomeSettings) {
  const { timeZone } = settings.location;
  if (trigger.type === 'time') return timeOnDate(date, minutesOfDay(trigger.at), timeZone);
  const noon = zonedToInstant({ ...date, hour: 12 }, timeZone);
  const event = sunTimes(noon, settings.location)[trigger.event];
  return event === null ? undefined : event + trigger.offsetMinutes * 60_000;
}

/**
 * Every instant in (from, to] at which a time or sun trigger fires, earliest first. `from` is
 * excluded so that consecutive ticks (from = the previous tick's `to`) never run anything twice.
 */
export function dueOccurrences(
  trigger: ScheduleTrigger,
  from: number,
  to: number,
  settings: HomeSettings,
): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return [];
  const { timeZone } = settings.location;
  const days = new Set<number>(trigger.days);
  // One day of margin each side: a sun offset (up to three hours) or a gap that ends after
  // midnight can move a day's run into its neighbour.
  let date = shiftDate(localDate(from, timeZone), -1);
  const last = dateKey(shiftDate(localDate(to, timeZone), 1));
  const found: number[] = [];
  for (; dateKey(date) <= last; date = shiftDate(date, 1)) {
    if (!days.has(dateWeekday(date))) continue;
    const at = occurrenceOn(date, trigger, settings);
    if (at !== undefined && at > from && at <= to) found.push(at);
  }
  return found.sort((a, b) => a - b);
}

/**
 * The next time a time or sun trigger fires strictly after `after`, for "next run" displays.
 * Undefined when none comes within about 400 days (a sun trigger in a polar region).
 */
export function nextOccurrence(
  trigger: ScheduleTrigger,
  after: number,
  settings: HomeSettings,
): number | undefined {
  if (!Number.isFinite(after)) return undefined;
  const limit = trigger.type === 'time' ? TIME_SEARCH_DAYS : SUN_SEARCH_DAYS;
  // Look a week at a time so the usual case (a run within days) costs one short walk.
  const step = 8 * DAY_MS;
  for (let from = after; from < after + limit * DAY_MS; from += step) {
    const [first] = dueOccurrences(trigger, from, from + step, settings);
    if (first !== undefined) return first;
  }
  return undefined;
}
