// Helpers for the history tests: a generated month to look at, and reading the state of a device
// at any moment back off the events. Imported by tests only.
import type { AttributeValue, HomeEvent } from '../../activity/event.ts';
import { startOfZonedDay, zonedParts, zonedToInstant } from '../../clock/zoned.ts';
import { demoHome } from '../../home/scenarios/demo.ts';
import { generateWithErrors } from './generate.ts';
import type { HistoryOptions } from './types.ts';

export const TZ = 'Europe/London';
export const DAY = 86_400_000;
/** Friday 31 January 2025, 21:00 in London: four winter weeks end here. */
export const WINTER_END = Date.UTC(2025, 0, 31, 21, 0);
/** Monday 30 June 2025, 21:00 in London (20:00 UTC). */
export const SUMMER_END = Date.UTC(2025, 5, 30, 20, 0);

export function month(options: Partial<HistoryOptions> = {}) {
  const end = options.end ?? WINTER_END;
  const days = options.days ?? 28;
  const home = demoHome(end - days * DAY);
  return { home, ...generateWithErrors(home, { seed: 1, end, days, timeZone: TZ, ...options }) };
}

/** A device's value of `key` just before `at`, from the last event that changed it. */
export function valueAt(
  events: readonly HomeEvent[],
  entityId: string,
  key: string,
  at: number,
): AttributeValue | undefined {
  let value: AttributeValue | undefined;
  for (const e of events) {
    if (e.at >= at) break;
    if (e.entityId !== entityId) continue;
    const change = e.changes.find((c) => c.key === key);
    if (change) value = change.to;
  }
  return value;
}

/** The device's state just before `at`; undefined if no event before it says. */
export function stateAt(
  events: readonly HomeEvent[],
  entityId: string,
  at: number,
): string | undefined {
  const state = valueAt(events, entityId, 'state', at);
  return state === undefined ? undefined : String(state);
}

/** The starts of the whole days inside a history that ends at `end` and reaches `days` back. */
export function wholeDays(end: number, days: number): number[] {
  const starts: number[] = [];
  for (let i = days - 1; i >= 1; i--) starts.push(startOfZonedDay(end - i * DAY, TZ));
  return starts;
}

/** The instant of a wall-clock time on the day starting at `dayStart` (24:30 is the next day). */
export function clockOn(dayStart: number, hour: number, minute = 0): number {
  const p = zonedParts(dayStart, TZ);
  return zonedToInstant({ year: p.year, month: p.month, day: p.day, hour, minute }, TZ);
}

/** Minutes after midnight on the home's wall clock. */
export function minuteOfDay(at: number): number {
  const p = zonedParts(at, TZ);
  return p.hour * 60 + p.minute + p.second / 60;
}

export const weekday = (at: number): number => zonedParts(at, TZ).weekday;

/** "2025-01-14": the home's calendar day of an instant. */
export function dateKey(at: number): string {
  const p = zonedParts(at, TZ);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Whether the event was done by a person: by hand or by voice, not by a routine or the home. */
export const byPerson = (e: HomeEvent): boolean =>
  e.cause.kind === 'manual' || e.cause.kind === 'voice';

export function turnedTo(e: HomeEvent, state: string): boolean {
  return e.changes.some((c) => c.key === 'state' && c.to === state);
}
