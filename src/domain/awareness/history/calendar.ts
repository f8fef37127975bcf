// The days of the generated history, on the home's wall clock: each knows its weekday, its
// sunrise and sunset, and turns "07:05" into an instant (right across daylight-saving changes).
import { sunTimes, type SunLocation } from '../../clock/sun.ts';
import {
  addZonedDays,
  startOfZonedDay,
  utcFromFields,
  zonedParts,
  zonedToInstant,
  zoneOffsetMs,
} from '../../clock/zoned.ts';
import { mixSeed, seededRandom, type Random } from './random.ts';

const MINUTE = 60_000;

export interface HistoryDay {
  /** 0 for the first day planned (the warm-up day before the history starts). */
  index: number;
  year: number;
  /** 1-12 */
  month: number;
  date: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
  /** The first instant of the day. */
  start: number;
  sunrise: number;
  sunset: number;
  /** This day's own random source: the same date and seed always plan the same day. */
  random: Random;
  /** The instant the wall clock reads `minutes` after midnight (past 1440 is the next day). */
  at(minutes: number): number;
}

export const isWeekend = (day: HistoryDay): boolean => day.weekday === 0 || day.weekday === 6;
/** Monday to Thursday: everyone is out at work and school in the middle of the day. */
export const isAwayDay = (day: HistoryDay): boolean => day.weekday >= 1 && day.weekday <= 4;
/** Sunday to Thursday: school the next morning, so bedtime is early. */
export const isSchoolNight = (day: HistoryDay): boolean => day.weekday <= 4;

/** Minutes after midnight of an hour and minute: hm(22, 30) = 1350. */
export const hm = (hour: number, minute = 0): number => hour * 60 + minute;

/** Whether a room needs a light: from a little before sunset until a little after sunrise. */
export function isDark(day: HistoryDay, at: number): boolean {
  return at < day.sunrise + 30 * MINUTE || at > day.sunset - 30 * MINUTE;
}

function makeDay(index: number, start: number, seed: number, location: SunLocation): HistoryDay {
  const { timeZone } = location;
  const p = zonedParts(start, timeZone);
  const midnightAsUtc = utcFromFields(p.year, p.month, p.day);
  const offset = zoneOffsetMs(start, timeZone);
  const next = addZonedDays(start, 1, timeZone);
  // On the two days a year the clocks change, every time goes through the zone maths; on the
  // others a wall time is plain arithmetic from midnight, which is much cheaper.
  const steady = next - start === 86_400_000 && zoneOffsetMs(next, timeZone) === offset;
  const at = (minutes: number): number => {
    if (steady && minutes >= 0 && minutes < 1440)
      return Math.round(midnightAsUtc + minutes * MINUTE - offset);
    const whole = Math.floor(minutes);
    return zonedToInstant(
      {
        year: p.year,
        month: p.month,
        day: p.day,
        minute: whole,
        second: Math.round((minutes - whole) * 60),
      },
      timeZone,
    );
  };
  const sun = sunTimes(start, location);
  return {
    index,
    year: p.year,
    month: p.month,
    date: p.day,
    weekday: p.weekday,
    start,
    // Where the sun never sets or rises (not the demo home's London), an ordinary day is assumed.
    sunrise: sun.sunrise ?? at(hm(6)),
    sunset: sun.sunset ?? at(hm(18)),
    random: seededRandom(mixSeed(seed, p.year, p.month, p.day)),
    at,
  };
}

/** Every calendar day from the day before `from`'s day to `to`'s day, in order. */
export function historyDays(
  from: number,
  to: number,
  seed: number,
  location: SunLocation,
): HistoryDay[] {
  const days: HistoryDay[] = [];
  let start = addZonedDays(startOfZonedDay(from, location.timeZone), -1, location.timeZone);
  for (let index = 0; start <= to; index++) {
    days.push(makeDay(index, start, seed, location));
    start = addZonedDays(start, 1, location.timeZone);
  }
  return days;
}
