// The name of a duplicated routine: "Good night (copy)", then "Good night (copy 2)" if that is
// taken. Duplicating a copy counts on from its number rather than piling up "(copy) (copy)".

/** Names are at most this long (the model's limit). */
const MAX_NAME = 120;

const COPY_SUFFIX = / \(copy(?: (\d+))?\)$/;

export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(COPY_SUFFIX, '');
  const names = new Set(taken.map((n) => n.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = base.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
    if (!names.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
