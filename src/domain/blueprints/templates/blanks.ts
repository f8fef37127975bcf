// Blanks in square brackets, as a person writes them in a bedtime story ("a [animal] in the
// [place]") or in a sample dialogue ("I'd like a [size] pizza"). Names are compared without case
// or extra spaces, so "[Animal]" in the story and "animal" in the form are the same blank.

const BLANK = /\[([^[\]]*)\]/g;

/** How a blank is known: "[ Animal ]" and "animal" are the same blank. */
export const blankKey = (name: string): string =>
  name
    .trim()
    .replace(/^\[|\]$/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** The text as literal words and blanks, in order. */
export type Segment = { kind: 'words'; text: string } | { kind: 'blank'; key: string };

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(BLANK)) {
    if (m.index > at) out.push({ kind: 'words', text: text.slice(at, m.index) });
    out.push({ kind: 'blank', key: blankKey(m[1]!) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'words', text: text.slice(at) });
  return out;
}

/** The blanks of a text, each once, in the order they first appear. */
export function blanksIn(text: string): string[] {
  return [...new Set([...text.matchAll(BLANK)].map((m) => blankKey(m[1]!)))];
}

/** The text with each blank replaced by its value; a blank without one is left as written. */
export function fillBlanks(text: string, value: (key: string) => string | undefined): string {
  return text.replace(BLANK, (whole, name: string) => value(blankKey(name)) ?? whole);
}

/** The text without its blanks: the words a sample sentence is recognised by. */
export const withoutBlanks = (text: string): string =>
  text.replace(BLANK, ' ').replace(/\s+/g, ' ').trim();

/** A blank's name is words (letters, digits, spaces), so it reads well in "What size?". */
export const isBlankName = (key: string): boolean => /^[\p{L}\p{N}][\p{L}\p{N} '-]*$/u.test(key);

/**
 * A short answer as said, to be put into a story or a reply: edge punctuation, a leading article
 * or filler and a trailing "please" or "one" removed ("A purple one, please!" → "purple").
 * Undefined when nothing is left or it is longer than `maxWords`.
 */
export function shortAnswer(said: string, maxWords = 4): string | undefined {
  const words = said
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
  while (words.length > 0 && /^(a|an|the|um+|uh+|er+m?|some|hmm+)$/i.test(words[0]!)) words.shift();
  for (let changed = true; changed;) {
    const last = words.slice(-2).join(' ');
    changed = /^(.* )?(please|thanks)$/i.test(last) || /^thank you$/i.test(last);
    if (/^thank you$/i.test(last)) words.splice(-2);
    else if (changed) words.pop();
  }
  // "a big one": the thing itself is what the question was about.
  if (words.length > 1 && /^ones?$/i.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || words.length > maxWords) return undefined;
  return words.join(' ');
}
