// What every part of a day's plan (morning, daytime, evening, night) is given: the day, who is
// home when, which habits are kept today and when they start.
import type { HistoryDay } from './calendar.ts';
import type { HabitKey } from './habits.ts';
import type { Movement, Presence } from './movements.ts';
import type { Random } from './random.ts';

export interface Scene {
  day: HistoryDay;
  timeZone: string;
  /** Whether the planted habits are kept by hand and voice (else by routines). */
  byHand: boolean;
  /** Start of each habit kept today. */
  starts: ReadonlyMap<HabitKey, number>;
  moves: readonly Movement[];
  presence: Presence;
  /** The day's warmest outside reading, °C. */
  warmest: number;
}

export const MINUTE = 60_000;
export const SECOND = 1000;

/** A moment `min`–`max` minutes after `at`, to the second. */
export function later(r: Random, at: number, min: number, max: number): number {
  return at + Math.round((min + r() * (max - min)) * 60) * SECOND;
}
