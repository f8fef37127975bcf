// A shared thing keeps its name when it arrives, unless this home already has one by that name:
// then "(imported)", "(imported 2)"… so the two can be told apart, within the name's length limit.

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `name`, or the first "name (imported N)" not in `taken` (compared without case), ≤ `maxLength`. */
export function importedName(name: string, taken: readonly string[], maxLength: number): string {
  const isTaken = (candidate: string) => taken.some((t) => same(t, candidate));
  if (!isTaken(name)) return name;
  for (let n = 1; n < 100; n++) {
    const suffix = n === 1 ? ' (imported)' : ` (imported ${n})`;
    const candidate = `${name.slice(0, maxLength - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
  return name;
}
