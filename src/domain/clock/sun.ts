// Sunrise and sunset at the home's location, for automations such as "30 minutes after sunset".
// "Today's sunset" means the one on the home's calendar day, so days are zoned days, not UTC days.
import { getTimes } from 'suncalc';
import { addZonedDays, zonedParts, zonedToInstant } from './zoned.ts';

export interface SunLocation {
  latitude: number;
  longitude: number;
  timeZone: string;
}

export interface SunTimes {
  /** Null when the sun does not rise that day (polar day or night). */
  sunrise: number | null;
  sunset: number | null;
  solarNoon: number;
  /** Set on days with no sunrise or sunset: 'day' when the sun stays up, 'night' when it stays down. */
  polar: 'day' | 'night' | null;
}

export type SunEvent = 'sunrise' | 'sunset';

// suncalc answers for the solar day whose transit is nearest the Date it is given. Passing the
// zoned day's noon makes that the home's calendar day: the clock and the sun differ by well
// under twelve hours everywhere people live, so nearest-transit never slips to a neighbour day.
function localNoon(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return zonedToInstant({ year: p.year, month: p.month, day: p.day, hour: 12 }, timeZone);
}

/** Sun times for the home's calendar day that contains `instant`. */
export function sunTimes(instant: number, location: SunLocation): SunTimes {
  const t = getTimes(
    new Date(localNoon(instant, location.timeZone)),
    location.latitude,
    location.longitude,
  );
  const sunrise = t.sunrise ? t.sunrise.getTime() : null;
  const sunset = t.sunset ? t.sunset.getTime() : null;
  let polar: SunTimes['polar'] = null;
  if (sunrise === null || sunset === null) polar = t.alwaysUp ? 'day' : 'night';
  return { sunrise, sunset, solarNoon: t.solarNoon.getTime(), polar };
}

// Long enough to cross the longest polar night or day (about six months at the poles) with room.
const SEARCH_DAYS = 400;

/**
 * The first sunrise or sunset (shifted by `offsetMinutes`, negative for "before") strictly after
 * `after`. Undefined when none comes within about 400 days, as at the poles.
 */
export function nextSunEvent(
  after: number,
  event: SunEvent,
  location: SunLocation,
  offsetMinutes = 0,
): number | undefined {
  if (!Number.isFinite(after) || !Number.isFinite(offsetMinutes)) return undefined;
  const offsetMs = offsetMinutes * 60_000;
  // A negative offset can pull a later day's event before `after`'s day, so start early enough
  // to see it; event times grow day by day, so the first one past `after` is the answer.
  const back = Math.max(0, Math.ceil(Math.abs(offsetMinutes) / 1440)) + 1;
  const noon = localNoon(after, location.timeZone);
  for (let i = -back; i <= SEARCH_DAYS; i++) {
    const day = addZonedDays(noon, i, location.timeZone);
    const at = sunTimes(day, location)[event];
    if (at !== null && at + offsetMs > after) return at + offsetMs;
  }
  return undefined;
}
