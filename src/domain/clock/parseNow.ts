// The `?now=` URL parameter that starts the simulated clock at a chosen moment (demos, tests,
// shared links). Strict on purpose: a typo should be reported, not silently become another day.
import { isValidTimeZone, utcFromFields, zonedToInstant } from './zoned.ts';

// Date, optional time (T or space), optional fraction, optional Z or offset. The offset sign
// may be a space because URLSearchParams decodes an unescaped "+" in "+01:00" to " ".
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+\- ])(\d{2}):?(\d{2}))?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(utcFromFields(year, month + 1, 0)).getUTCDate();
}

/**
 * Epoch ms for an ISO 8601 string: with Z or an offset it is an instant; without, a wall-clock
 * time in `timeZone` (a date alone is local midnight). Undefined for anything malformed, any
 * out-of-range field ("2026-02-30", "25:00"), or a moment before 1970, which the simulated
 * clock cannot hold.
 */
export function parseNowParam(value: string, timeZone: string): number | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;

  let instant: number;
  if (z || sign) {
    const offsetHours = Number(oh ?? 0);
    const offsetMinutes = Number(om ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    const offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    instant = utcFromFields(year, month, day, hour, minute, second, ms) - offsetMs;
  } else {
    if (!isValidTimeZone(timeZone)) return undefined;
    instant = zonedToInstant({ year, month, day, hour, minute, second }, timeZone) + ms;
  }
  return Number.isFinite(instant) && instant >= 0 ? instant : undefined;
}
