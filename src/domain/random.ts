// One seeded random source for everything that must be the same on every run and every machine:
// generated household history, generated test inputs, skill tests and the bench. mulberry32 is
// tiny, fast and plenty for made-up behaviour and inputs; it is not for anything secret.

export type Random = () => number;

/** mulberry32: numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
