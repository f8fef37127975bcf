// Wall-clock maths in the home's IANA time zone. Schedules and display use the home's zone, not
// the browser's, so nothing here may read the host zone (no Date#getHours and friends): every
// conversion goes through Intl.DateTimeFormat with an explicit timeZone.

export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
}

export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const DAY_MS = 86_400_000;

// Constructing a DateTimeFormat costs far more than using one, and zonedParts runs on every tick.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    // en-US with numeric fields gives plain ASCII digits; h23 avoids the "24:00" midnight some
    // engines produce with hour12: false.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * Epoch ms for wall-clock fields read as UTC. Out-of-range fields roll over (day 32 is the 1st
 * of next month), which addZonedDays relies on. Unlike Date.UTC, years 0-99 are not 1900-1999.
 */
export function utcFromFields(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function floorMod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const fields: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) fields[p.type] = p.value;
  let year = Number(fields.year);
  if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
  const month = Number(fields.month);
  const day = Number(fields.day);
  const hour = Number(fields.hour) % 24;
  const minute = Number(fields.minute);
  const second = Number(fields.second);
  // Derived from the calendar date rather than formatted, saving a second formatter.
  const weekday = new Date(utcFromFields(year, month, day)).getUTCDay();
  return { year, month, day, hour, minute, second, weekday };
}

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wholeSecond = instant - floorMod(instant, 1000);
  return utcFromFields(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * The instant a wall-clock time happens in the zone. Missing time fields are 0 and out-of-range
 * fields roll over. Across DST it matches Temporal's "compatible" disambiguation: a time in a
 * spring-forward gap is pushed forward by the gap's length (01:30 on the UK's change day is
 * 02:30 BST), and a repeated time in a fall-back overlap takes its first occurrence.
 */
export function zonedToInstant(fields: ZonedFields, timeZone: string): number {
  const local = utcFromFields(
    fields.year,
    fields.month,
    fields.day,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  // Zones change offset at most once in any two-day window, so the offsets a day either side
  // are the only two that can apply to this wall time.
  const before = zoneOffsetMs(local - DAY_MS, timeZone);
  const after = zoneOffsetMs(local + DAY_MS, timeZone);
  const early = local - before;
  const late = local - after;
  const fits = (t: number) => zoneOffsetMs(t, timeZone) === local - t;
  const earlyFits = fits(early);
  const lateFits = fits(late);
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  // In a gap: applying the pre-transition offset lands the gap's length later on the clock.
  return early;
}

/** The first instant of the zoned calendar day containing `instant` (not always 00:00 on the clock). */
export function startOfZonedDay(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return zonedToInstant({ year: p.year, month: p.month, day: p.day }, timeZone);
}

/**
 * Moves by whole calendar days keeping the wall-clock time, so a day across a DST change is 23 or
 * 25 hours long. A wall time that does not exist on the target day follows zonedToInstant's rule.
 */
export function addZonedDays(instant: number, days: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const ms = floorMod(instant, 1000);
  return (
    zonedToInstant(
      {
        year: p.year,
        month: p.month,
        day: p.day + days,
        hour: p.hour,
        minute: p.minute,
        second: p.second,
      },
      timeZone,
    ) + ms
  );
}

const validity = new Map<string, boolean>();

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  let ok = validity.get(timeZone);
  if (ok === undefined) {
    try {
      partsFormatter(timeZone);
      ok = true;
    } catch {
      ok = false;
    }
    validity.set(timeZone, ok);
  }
  return ok;
}
