// How the sample dialogues understand a sentence: the closest example by its own words (its
// blanks left out), then each blank filled from what was said — a known value of that blank heard
// anywhere ("can I get a LARGE pizza please"), or else the words said where the blank stands,
// between the example's words around it ("I'd like a GIGANTIC pizza").
import { tokenize } from '../../language/normalize.ts';
import { bestMatch, sameAnswer, type TextMatch } from '../match.ts';
import { blankKey, fillBlanks, segments } from './blanks.ts';

export interface SampleExchange {
  said: string;
  reply: string;
}
export interface KnownBlank {
  blank: string;
  values: readonly string[];
}

/** Words a blank filled from the sentence may take; more is not one value. */
export const MAX_VALUE_WORDS = 4;

/** A known value heard in what was said: the words from `from` up to `to`. */
interface Heard {
  key: string;
  value: string;
  from: number;
  to: number;
}

/** A filled blank and where its value came from, for "Why?". */
export interface Filled {
  blank: string;
  value: string;
  known: boolean;
}

interface Fit {
  filled: Filled[];
  missing: string[];
  /** 0..1: how well the example's words and blanks line up with what was said. */
  fit: number;
}

export interface Understood {
  example: number;
  match: TextMatch;
  filled: Filled[];
  /** Blanks of the example that what was said did not fill, in order. */
  missing: string[];
}

const wordsOf = (text: string) => tokenize(text).raw;

/** The known values said, longest first where they overlap ("extra cheese" over "cheese"). */
export function valuesHeard(words: readonly string[], blanks: readonly KnownBlank[]): Heard[] {
  const found: Heard[] = [];
  for (const { blank, values } of blanks)
    for (const value of values) {
      const n = wordsOf(value).length;
      if (n === 0) continue;
      for (let from = 0; from + n <= words.length; from++)
        if (sameAnswer(words.slice(from, from + n).join(' '), value))
          found.push({ key: blankKey(blank), value, from, to: from + n });
    }
  found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: Heard[] = [];
  for (const h of found) if (!kept.some((k) => h.from < k.to && k.from < h.to)) kept.push(h);
  return kept.sort((a, b) => a.from - b.from);
}

/** The example's words and blanks as tokens: [["i", "would", "like"], "size", ["pizza"]]. */
function parts(said: string): (string[] | { blank: string })[] {
  return segments(said).map((s) => (s.kind === 'words' ? wordsOf(s.text) : { blank: s.key }));
}

const sameWord = (said: string, written: string) => said === written || sameAnswer(said, written);

/**
 * The blanks of one example filled from the words said. The example's words are found in order
 * in what was said; a blank takes a known value heard, or else the words said between the
 * example's words just before and just after it — only when both of those were said, so that
 * "can I get a huge pizza" does not make "get huge" the size of "I'd like a [size] pizza".
 */
function fill(said: string, words: readonly string[], heard: readonly Heard[]): Fit {
  const filled: Filled[] = [];
  const missing: string[] = [];
  /** Positions of the words said that the example accounts for. */
  const explained = new Set<number>();
  let literal = 0;
  let found = 0;
  const all = parts(said).filter((p) => !Array.isArray(p) || p.length > 0);
  const find = (token: string, from: number) =>
    words.findIndex((w, j) => j >= from && sameWord(w, token));
  let cursor = 0;
  /** Whether the example's word just before the current place was said (or there is none). */
  let anchored = true;
  all.forEach((part, i) => {
    if (Array.isArray(part)) {
      for (const token of part) {
        const at = find(token, cursor);
        anchored = at >= 0;
        literal++;
        if (at >= 0) {
          cursor = at + 1;
          explained.add(at);
          found++;
        }
      }
      return;
    }
    if (filled.some((f) => f.blank === part.blank) || missing.includes(part.blank)) return;
    const known = heard.find((h) => h.key === part.blank);
    if (known) {
      filled.push({ blank: part.blank, value: known.value, known: true });
      for (let j = known.from; j < known.to; j++) explained.add(j);
      cursor = Math.max(cursor, known.to);
      anchored = true;
      return;
    }
    // Up to the example's next word, or the end; a blank right after this one leaves no border.
    const next = all[i + 1];
    const end =
      next === undefined ? words.length : Array.isArray(next) ? find(next[0]!, cursor) : -1;
    // Known values of other blanks are not this one's words.
    const between = indices(cursor, end).filter((j) => !heard.some((h) => j >= h.from && j < h.to));
    if (anchored && end >= 0 && between.length > 0 && between.length <= MAX_VALUE_WORDS) {
      filled.push({
        blank: part.blank,
        value: between.map((j) => words[j]).join(' '),
        known: false,
      });
      between.forEach((j) => explained.add(j));
      cursor = end;
    } else {
      missing.push(part.blank);
      anchored = false;
    }
  });
  const blanks = filled.length + missing.length;
  // How much of the example was said, and how much of what was said the example accounts for.
  const recall = (found + filled.length) / Math.max(1, literal + blanks);
  const precision = explained.size / Math.max(1, words.length);
  const fit = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return { filled, missing, fit };
}

const indices = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * The example closest to what was said, with its blanks filled; undefined when none is close.
 * Each example is filled in from the sentence and then compared with it twice: in meaning, by
 * bestMatch (rephrasing, typos, synonyms: "how much is it" for "how much do I owe you"), and in
 * shape, by how its words and blanks line up — which tells "I'd like a [size] pizza" from "I'd
 * like a [size] pizza with [topping]", nearly the same in meaning.
 */
export function understand(
  said: string,
  examples: readonly SampleExchange[],
  blanks: readonly KnownBlank[],
): Understood | undefined {
  const words = wordsOf(said);
  const heard = valuesHeard(words, blanks);
  let best: (Understood & { score: number }) | undefined;
  examples.forEach((example, i) => {
    const shape = fill(example.said, words, heard);
    const values = new Map(shape.filled.map((f) => [f.blank, f.value]));
    const sentence = fillBlanks(example.said, (key) => values.get(key) ?? ' ');
    const match = bestMatch(said, [[sentence]]);
    if (!match) return;
    const score = (match.score + shape.fit) / 2;
    if (!best || score > best.score)
      best = { example: i, match, filled: shape.filled, missing: shape.missing, score };
  });
  if (!best) return undefined;
  const { score: _score, ...found } = best;
  return found;
}
