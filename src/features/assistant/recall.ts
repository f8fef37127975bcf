// ↑ and ↓ in the text box walk through what was said before, as in a terminal: ↑ goes back one
// request at a time, ↓ comes forward, and past the newest the box holds again what was being
// typed before ↑ was first pressed.

/** The things said, oldest first, without repeats in a row ("turn it up" three times is one). */
export function sayings(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) if (text.trim() && out.at(-1) !== text) out.push(text);
  return out;
}

/** Where recall stands: an index into the sayings, or undefined while typing something new. */
export type RecallPosition = number | undefined;

/** The position after pressing ↑ ('back') or ↓ ('forward'); stays put at the ends. */
export function recallStep(
  count: number,
  position: RecallPosition,
  direction: 'back' | 'forward',
): RecallPosition {
  if (count === 0) return undefined;
  if (direction === 'back') return position === undefined ? count - 1 : Math.max(0, position - 1);
  if (position === undefined) return undefined;
  return position + 1 < count ? position + 1 : undefined;
}
