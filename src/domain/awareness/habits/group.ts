// Where a step recurs and which steps go together. A step's occurrences are placed in the day
// (the household's day, starting at 04:00) and gathered into slots: a stretch of the day in which
// it was done on enough different days. Slots done together on the same days, within
// TOGETHER_MINUTES of each other, are then joined into groups, most closely tied first.
import type { PersonalAction } from '../types.ts';
import { TOGETHER_MINUTES } from './steps.ts';

const MINUTE = 60_000;

/**
 * Every step of a habit was done as part of it on at least two-thirds of the days it was done at
 * that time: things that merely fall near each other now and then stay apart.
 */
const JOIN_SHARE = 2 / 3;

/** An action placed in the household's day. */
export interface Seen {
  action: PersonalAction;
  key: string;
  /** Days since 1970 of the habit day (which starts at 04:00). */
  day: number;
  /** Minutes since the habit day started. */
  minute: number;
}

/** One step where it recurs: the action that did it on each day it was done then. */
export interface Slot {
  key: string;
  byDay: Map<number, Seen>;
  minute: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Where in the day one step recurs: repeatedly the stretch of `width` minutes in which it was
 * done on the most different days, while that is at least `min` days. One action per day.
 */
export function slotsOf(seen: readonly Seen[], width: number, min: number): Slot[] {
  const slots: Slot[] = [];
  let left = [...seen].sort((a, b) => a.minute - b.minute);
  for (;;) {
    const days = new Map<number, number>();
    let best = { count: 0, from: 0, to: 0 };
    let j = 0;
    for (let i = 0; i < left.length; i++) {
      for (; j < left.length && left[j]!.minute <= left[i]!.minute + width; j++)
        days.set(left[j]!.day, (days.get(left[j]!.day) ?? 0) + 1);
      if (days.size > best.count) best = { count: days.size, from: i, to: j };
      const day = left[i]!.day;
      const n = days.get(day)! - 1;
      if (n === 0) days.delete(day);
      else days.set(day, n);
    }
    if (best.count < min) return slots;
    const byDay = new Map<number, Seen>();
    const taken = left.slice(best.from, best.to);
    for (const s of [...taken].sort((a, b) => a.action.at - b.action.at))
      if (!byDay.has(s.day)) byDay.set(s.day, s);
    slots.push({
      key: taken[0]!.key,
      byDay,
      minute: median([...byDay.values()].map((s) => s.minute)),
    });
    left = [...left.slice(0, best.from), ...left.slice(best.to)];
  }
}

/** The days on which every step of the group was done within TOGETHER_MINUTES. */
function daysTogether(group: readonly Slot[], days: readonly number[]): number[] {
  return days.filter((day) => {
    let first = Infinity;
    let last = -Infinity;
    for (const slot of group) {
      const at = slot.byDay.get(day)?.action.at;
      if (at === undefined) return false;
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
    return last - first <= TOGETHER_MINUTES * MINUTE;
  });
}

export interface Group {
  slots: Slot[];
  /** The days it was done in full, its steps within TOGETHER_MINUTES. */
  days: number[];
  /** The most days any of its steps was done on at that time. */
  most: number;
  /** Its steps' usual minutes, earliest and latest. */
  from: number;
  to: number;
}

const single = (slot: Slot): Group => ({
  slots: [slot],
  days: [...slot.byDay.keys()],
  most: slot.byDay.size,
  from: slot.minute,
  to: slot.minute,
});

/**
 * Steps joined into habits, most closely tied first: repeatedly the two groups whose steps were
 * done together on the largest share of their days, while every step keeps JOIN_SHARE of its
 * days and the whole is done on at least `min` days. Each step ends in one habit (maybe alone).
 */
export function groupSlots(slots: readonly Slot[], reach: number, min: number): Group[] {
  interface Pair {
    a: Group;
    b: Group;
    merged: Group;
    share: number;
  }
  const pair = (a: Group, b: Group): Pair | undefined => {
    const from = Math.min(a.from, b.from);
    const to = Math.max(a.to, b.to);
    if (to - from > reach) return undefined;
    const most = Math.max(a.most, b.most);
    const inB = new Set(b.days);
    const inBoth = a.days.filter((d) => inB.has(d));
    if (inBoth.length < Math.max(min, JOIN_SHARE * most)) return undefined;
    const merged = { slots: [...a.slots, ...b.slots], days: [] as number[], most, from, to };
    merged.days = daysTogether(merged.slots, inBoth);
    const share = merged.days.length / most;
    if (merged.days.length < min || share < JOIN_SHARE) return undefined;
    return { a, b, merged, share };
  };
  // Closest tied first, then the most days, then the earliest: the same input, the same habits.
  const before = (x: Pair, y: Pair) =>
    x.share - y.share ||
    x.merged.days.length - y.merged.days.length ||
    y.merged.from - x.merged.from;

  let groups = [...slots]
    .sort((a, b) => a.minute - b.minute || a.key.localeCompare(b.key))
    .map(single);
  let pairs: Pair[] = [];
  groups.forEach((a, i) => {
    for (const b of groups.slice(i + 1)) {
      // Sorted by minute: the rest are further still.
      if (b.from - a.to > reach) break;
      const p = pair(a, b);
      if (p) pairs.push(p);
    }
  });
  for (;;) {
    const best = pairs.reduce<Pair | undefined>(
      (m, p) => (!m || before(p, m) > 0 ? p : m),
      undefined,
    );
    if (!best) return groups;
    const { a, b, merged } = best;
    groups = groups.filter((g) => g !== a && g !== b);
    pairs = pairs.filter((p) => p.a !== a && p.a !== b && p.b !== a && p.b !== b);
    for (const g of groups) {
      const p = pair(merged, g);
      if (p) pairs.push(p);
    }
    groups.push(merged);
  }
}
