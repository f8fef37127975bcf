// A seeded random source, so the same seed always makes the same household history. mulberry32 is
// tiny, fast and plenty for made-up behaviour; it is not for anything secret.

import { seededRandom, type Random } from '../../random.ts';

export { seededRandom, type Random };

/**
 * One 32-bit number from several (a seed and a calendar date, say). Each day gets a random source
 * of its own, so a day's behaviour does not depend on how many days were generated before it.
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick() from an empty list');
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))]!;
}

/** A whole number from min to max, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Roughly normal (the sum of three uniforms) with this spread, cut at ±limit. People are a few
 * minutes early or late, rarely very late, never hours off: that is what the cut is for.
 */
export function jitter(random: Random, spread: number, limit = 2.5 * spread): number {
  const sum = random() + random() + random() - 1.5; // variance 1/4
  return Math.max(-limit, Math.min(limit, sum * 2 * spread));
}

/** The items in a random order (Fisher–Yates); the input is left alone. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
