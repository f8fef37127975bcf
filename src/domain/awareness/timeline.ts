// Reading a device's timeline: its state at any moment (a binary search), the state it is
// settling into, each spell it spent in a state, and — from the people's timelines — whether
// anyone was home.
import type { GrowingHistoryIndex } from './historyIndex.ts';
import type { HistoryIndex, StateChange } from './types.ts';

/** The state at `at` from a timeline (binary search); undefined before anything is known. */
export function stateAt(line: readonly StateChange[], at: number): string | undefined {
  const i = lastAtOrBefore(line, at);
  if (i >= 0) return line[i]!.to;
  return line.length > 0 ? line[0]!.from : undefined;
}

/** Index of the last change at or before `at`, or -1. */
export function lastAtOrBefore(line: readonly StateChange[], at: number): number {
  let lo = 0;
  let hi = line.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line[mid]!.at <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A state as it settles: a cover on its way is counted where it is going, and a TV or speaker is
 * on or off whatever it is showing, so a paused film and a playing one count alike.
 */
export function settledState(entityId: string, state: string): string {
  if (entityId.startsWith('cover.')) {
    if (state === 'opening') return 'open';
    if (state === 'closing') return 'closed';
  }
  if (entityId.startsWith('media_player.') && state !== 'off') return 'on';
  return state;
}

/**
 * Whether the house was empty at `at`: every person known to the history away. Undefined when
 * the history knows of nobody (a home without people can't tell).
 */
export function nobodyHomeAt(index: HistoryIndex, at: number): boolean | undefined {
  let people = 0;
  for (const state of (index as Partial<GrowingHistoryIndex>).steadyPeople?.values() ?? []) {
    people++;
    if (state === 'home') return false;
  }
  for (const [id, line] of index.timelines) {
    if (!id.startsWith('person.')) continue;
    const state = stateAt(line, at);
    if (state === undefined) continue;
    people++;
    if (state === 'home') return false;
  }
  return people > 0 ? true : undefined;
}

/** One time the device was put in a state and left so: from when, for how long. */
export interface Spell {
  start: number;
  length: number;
}

/**
 * Each time the device was put in `state` and how long it stayed so (settled: opening and open
 * are one spell), for the spells that ended between `oldest` and `now`, oldest first.
 */
export function spellsOf(
  entityId: string,
  line: readonly StateChange[],
  state: string,
  oldest: number,
  now: number,
): Spell[] {
  const spells: Spell[] = [];
  let start: number | undefined;
  for (let i = Math.max(0, lastAtOrBefore(line, oldest)); i < line.length; i++) {
    const change = line[i]!;
    if (change.at > now) break;
    const inState = settledState(entityId, change.to) === state;
    if (inState && start === undefined) start = change.at;
    if (!inState && start !== undefined) {
      if (change.at >= oldest) spells.push({ start, length: change.at - start });
      start = undefined;
    }
  }
  return spells;
}
