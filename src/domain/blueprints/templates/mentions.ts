// Finding a known name or word inside a longer request ("what are Leo's chores on Saturday").
// bestMatch compares whole requests with whole phrasings, so a name said among other words would
// score low there; instead each stretch of the request as long as the name is compared with it
// through sameAnswer, which forgives case, articles, possessives and small typos.
import { tokenize } from '../../language/normalize.ts';
import { sameAnswer } from '../match.ts';

export interface Mention {
  /** Which of the options was said. */
  option: number;
  /** Where, in the request's words (tokenize(said).raw): [start, end). */
  start: number;
  end: number;
}

/**
 * The options said in `said`, in the order they were said. Longer options are tried first, so
 * "Grandma Rose" is found as one name rather than "Grandma" alone; the words of a mention are not
 * used for another.
 */
export function mentions(said: string, options: readonly string[]): Mention[] {
  const words = tokenize(said).raw;
  const used = new Array<boolean>(words.length).fill(false);
  const order = options
    .map((text, option) => ({ option, size: tokenize(text).raw.length }))
    .filter((o) => o.size > 0)
    .sort((a, b) => b.size - a.size);
  const found: Mention[] = [];
  for (const { option, size } of order) {
    for (let start = 0; start + size <= words.length; start++) {
      const end = start + size;
      if (used.slice(start, end).some(Boolean)) continue;
      if (!sameAnswer(words.slice(start, end).join(' '), options[option]!)) continue;
      found.push({ option, start, end });
      used.fill(true, start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The request without the words of some mentions, to match what is left ("who feeds the cat"). */
export function without(said: string, found: readonly Mention[]): string {
  const words = tokenize(said).raw;
  return words.filter((_, i) => !found.some((m) => i >= m.start && i < m.end)).join(' ');
}
