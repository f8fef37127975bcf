// A seeded random source for generated test inputs and measurements: the same seed gives the
// same inputs on every run and every machine, so a failure found once can be found again.

import { seededRandom, type Random } from '../../random.ts';

export { seededRandom, type Random };

/** A whole number from `min` to `max`, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick() from an empty list');
  return items[Math.floor(random() * items.length)]!;
}
