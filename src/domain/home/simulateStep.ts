// Shared by the simulation processes (simulate*.ts): what happened to one entity during one call
// of advance(), and the time grid that makes the result independent of the step size.
//
// Continuous processes (a room warming, a blind moving) change a stored value in fixed quanta
// (0.01 °C, 1 %). Instead of adding rate × dt, which drifts with rounding when the app steps every
// 250 ms, a process moves one quantum each time the clock passes a tick of a fixed grid anchored at
// epoch 0. The number of ticks in (from, to] telescopes over any split of the interval, so one
// 3-day jump and a million small steps land on exactly the same state at exactly the same times.
import type { Change } from '../activity/event.ts';

/** Something that happened to one entity at one moment: becomes one event. */
export interface Happening {
  at: number;
  changes: Change[];
}

export interface Stepped<E> {
  /** The same object as the input when nothing changed (callers diff by reference). */
  entity: E;
  happenings: Happening[];
}

export function unchanged<E>(entity: E): Stepped<E> {
  return { entity, happenings: [] };
}

/** Ticks of a grid of `period` ms that fall in (from, to]. */
export function ticksBetween(from: number, to: number, period: number): number {
  return Math.floor(to / period) - Math.floor(from / period);
}

/** The whole millisecond at which the n-th tick after `from` has passed. */
export function tickTime(from: number, n: number, period: number): number {
  // The small epsilon keeps a float product such as 3 × 0.1 s from rounding up a whole ms.
  return Math.ceil((Math.floor(from / period) + n) * period - 1e-6);
}

/** Appends a change, merging it into the last happening when it is at the same moment. */
export function addChange(list: Happening[], at: number, change: Change): void {
  const last = list[list.length - 1];
  if (last && last.at === at) last.changes.push(change);
  else list.push({ at, changes: [change] });
}
