// A fair shuffle for the games (trivia questions, flash cards): Fisher–Yates driven by the
// skill's random source, so a test with a seeded source always gets the same order.

/** `items` in a random order (a new array; the input is left alone). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** 0, 1, … count − 1. */
export const indices = (count: number): number[] => Array.from({ length: count }, (_, i) => i);
