// Where slot values come from: the home's names (lexicon.ts), the grammar's word lists
// (grammar/words.ts), colour names (cssColors.ts), numbers, and the settings a person taught
// (concepts.ts) or has not taught yet. Each returns every span that
// fits at a position with a quality, so the matcher can weigh "living room lamp" the light
// against "living room" the room followed by "lamp".
import type { ConceptIndex, ConceptValue } from './concepts.ts';
import { parseCssColor } from './cssColors.ts';
import type { Tokens } from './normalize.ts';
import { nameTokens, singular } from './normalize.ts';
import type { SlotSource, SpanValue } from './grammar/match.ts';
import type { Lexicon, NameValue, TrieNode } from './lexicon.ts';
import { insert, newNode } from './lexicon.ts';
import { titleSpans } from './mediaTitles.ts';
import type { Kind, Size, StateMeaning } from './grammar/words.ts';
import {
  BRIGHTNESS_WORDS,
  DEVICE_WORDS,
  POSITION_WORDS,
  PRONOUNS,
  SIZE_WORDS,
  SPEED_WORDS,
  STATE_WORDS,
  TEMPERATURE_UNITS,
} from './grammar/words.ts';
import type { Correction } from './types.ts';

export type NameCapture = NameValue;
export interface DeviceCapture {
  kinds: readonly Kind[];
  /** Said in the plural or as a collective ("lights", "lighting"): all of them. */
  plural: boolean;
  word: string;
}
export interface StateCapture {
  meanings: readonly StateMeaning[];
  word: string;
}

function trieOf<V>(entries: Readonly<Record<string, V>>): TrieNode<V> {
  const root = newNode<V>();
  for (const [phrase, value] of Object.entries(entries)) insert(root, nameTokens(phrase), value);
  return root;
}

const flag = (phrases: readonly string[]) =>
  trieOf(Object.fromEntries(phrases.map((p) => [p, true] as const)));

const DEVICES = trieOf(DEVICE_WORDS);
const STATES = trieOf(STATE_WORDS);
const VALUE_LISTS: Record<string, TrieNode<unknown>> = {
  brightness_word: trieOf(BRIGHTNESS_WORDS),
  position_word: trieOf(POSITION_WORDS),
  speed_word: trieOf(SPEED_WORDS),
  size: trieOf<Size>(SIZE_WORDS),
  temp_unit: trieOf(TEMPERATURE_UNITS),
  pronoun: flag(PRONOUNS),
  quant: flag([
    'all',
    'every',
    'each',
    'both',
    'all of',
    'each of',
    'every single',
    'each and every',
    'any of',
  ]),
  here: flag([
    'here',
    'in here',
    'this room',
    'in this room',
    'room i am in',
    'in room',
    'room',
    'in this space',
    'this space',
    'over here',
  ]),
  everywhere: flag([
    'everywhere',
    'all over',
    'house',
    'home',
    'apartment',
    'whole house',
    'entire house',
    'whole home',
    'entire home',
    'whole apartment',
    'whole place',
    'every room',
    'each room',
    'all rooms',
    'all of rooms',
    'every area',
    'each area',
    'all areas',
    'every floor',
    'all floors',
  ]),
};

/** Words that end a wildcard span: they belong to the sentence, not to an unknown name. */
const STRUCTURAL = new Set([
  'to',
  'in',
  'on',
  'at',
  'of',
  'and',
  'then',
  'by',
  'is',
  'are',
  'percent',
  'degree',
  'with',
  'for',
  'from',
  'off',
  'up',
  'down',
  'here',
  'it',
]);

function walk<V>(root: TrieNode<V>, tokens: Tokens, at: number): { end: number; values: V[] }[] {
  const found: { end: number; values: V[] }[] = [];
  let node: TrieNode<V> | undefined = root;
  for (let i = at; i < tokens.base.length && node; i++) {
    node = node.next.get(tokens.base[i]!) ?? node.next.get(tokens.raw[i]!);
    if (node && node.values.length > 0) found.push({ end: i + 1, values: node.values });
  }
  return found;
}

/** Optimal string alignment distance, bounded: enough to forgive a typo or two. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

const allowedTypos = (word: string) => (word.length >= 8 ? 2 : word.length >= 3 ? 1 : 0);

/** Every word of the grammar's word lists: words that are not names and need no correcting. */
export function listWords(): Set<string> {
  const words = new Set<string>();
  const visit = (node: TrieNode<unknown>) => {
    for (const [word, child] of node.next) {
      words.add(word);
      visit(child);
    }
  };
  [DEVICES, STATES, ...Object.values(VALUE_LISTS)].forEach((t) => visit(t as TrieNode<unknown>));
  return words;
}

/** Spellings people type for sounds: "backlite", "nite light". */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/lite$/, 'light'],
  [/nite$/, 'night'],
  [/^thru$/, 'through'],
];

export interface Corrected {
  tokens: Tokens;
  /** Per position: the home's words a mistyped word may be (for the forgiving name walk). */
  typos: string[][];
  /** Whether anything was corrected or could be. */
  any: boolean;
}

/**
 * Reads words that are neither the grammar's nor the home's as the words they may have meant: a
 * spelling variant ("backlite"), two words run together ("nightlight"), a mistyped grammar word
 * ("temprature"); and, for names, the home's words within a typo or two.
 */
export function correct(
  tokens: Tokens,
  lexicon: Lexicon,
  known: ReadonlySet<string>,
  /** More words to leave alone: the words of taught concepts. */
  taught?: ReadonlySet<string>,
): Corrected {
  const isKnown = (w: string) =>
    known.has(w) || lexicon.vocabulary.has(w) || (taught?.has(w) ?? false);
  const raw: string[] = [];
  const typos: string[][] = [];
  let any = false;
  tokens.base.forEach((said, i) => {
    const push = (...words: string[]) => {
      for (const w of words) {
        raw.push(w);
        typos.push([]);
      }
      any = true;
    };
    if (isKnown(said) || known.has(tokens.raw[i]!) || /\d/.test(said)) {
      raw.push(tokens.raw[i]!);
      typos.push([]);
      return;
    }
    for (const [pattern, spelling] of SPELLINGS) {
      const variant = said.replace(pattern, spelling);
      if (variant !== said && isKnown(variant)) return push(variant);
    }
    for (let k = 2; k <= said.length - 2; k++) {
      if (
        isKnown(said.slice(0, k)) &&
        isKnown(said.slice(k)) &&
        lexicon.vocabulary.has(said.slice(k))
      )
        return push(said.slice(0, k), said.slice(k));
    }
    const max = allowedTypos(said);
    if (said.length >= 5) {
      const near = [...known].filter((w) => w.length >= 4 && editDistance(said, w, max) <= max);
      if (near.length === 1) return push(near[0]!);
    }
    const found: string[] = [];
    if (max > 0)
      for (const word of lexicon.vocabulary)
        if (editDistance(said, word, max) <= max) found.push(word);
    raw.push(tokens.raw[i]!);
    typos.push(found);
    if (found.length > 0) any = true;
  });
  return { tokens: { raw, base: raw.map(singular) }, typos, any };
}

/** Names starting at `at`, reading mistyped words as the words they may have meant. */
function fuzzyNames(
  root: TrieNode<NameValue>,
  tokens: Tokens,
  at: number,
  typos: readonly string[][],
): { end: number; value: NameValue; corrections: Correction[] }[] {
  const found: { end: number; value: NameValue; corrections: Correction[] }[] = [];
  const step = (node: TrieNode<NameValue>, i: number, corrections: Correction[]) => {
    if (node.values.length > 0 && i > at && corrections.length > 0)
      for (const value of node.values) found.push({ end: i, value, corrections });
    if (i >= tokens.base.length) return;
    const exact = node.next.get(tokens.base[i]!);
    if (exact) step(exact, i + 1, corrections);
    for (const meant of typos[i] ?? []) {
      const child = node.next.get(meant);
      if (child) step(child, i + 1, [...corrections, { said: tokens.raw[i]!, meant }]);
    }
  };
  step(root, at, []);
  return found;
}

function names(
  root: TrieNode<NameValue>,
  tokens: Tokens,
  at: number,
  typos: readonly string[][] | undefined,
  weight: number,
) {
  const spans: SpanValue[] = [];
  for (const { end, values } of walk(root, tokens, at)) {
    // "bedroom curtains" for a single "Bedroom curtain" more likely means the curtains there.
    const saidPlural = tokens.raw[end - 1] !== tokens.base[end - 1];
    for (const v of values)
      spans.push({
        end,
        value: v,
        quality: weight * v.fit * (end - at) * (saidPlural && !v.plural ? 0.5 : 1),
      });
  }
  if (typos)
    for (const { end, value, corrections } of fuzzyNames(root, tokens, at, typos))
      spans.push({
        end,
        value: { ...value, corrections } satisfies NameCapture,
        quality: weight * value.fit * (end - at) * 0.6,
      });
  return spans;
}

function colors(tokens: Tokens, at: number): SpanValue[] {
  const spans: SpanValue[] = [];
  for (let end = at + 1; end <= Math.min(tokens.raw.length, at + 3); end++) {
    const phrase = tokens.raw.slice(at, end).join(' ');
    if (parseCssColor(phrase)) spans.push({ end, value: phrase, quality: 2 * (end - at) });
  }
  return spans;
}

/** A taught concept's words, as said. */
export interface ConceptCapture extends ConceptValue {
  word: string;
}

/** What the person taught that slot lists read, beside the home's names. */
export interface SlotExtras {
  concepts?: ConceptIndex;
  /**
   * Words the grammar already knows (its own words and lists): a setting made only of them is
   * not an unknown setting ("set the fan to low" is a speed, "turn the light to off" nothing).
   */
  known?: ReadonlySet<string>;
}

/**
 * The values of every list at every position of one request, looked up once and remembered:
 * the same position is asked about by many sentences.
 */
export function slotSource(
  lexicon: Lexicon,
  typos?: readonly string[][],
  extras: SlotExtras = {},
): SlotSource {
  const memo = new Map<string, (readonly SpanValue[] | undefined)[]>();
  return (list, tokens, at) => {
    let row = memo.get(list);
    if (!row) {
      row = [];
      memo.set(list, row);
    }
    return (row[at] ??= lookup(lexicon, typos, extras, list, tokens, at));
  };
}

/** Values a setting can be that are not a taught concept: colours, numbers, known words. */
function knownValue(words: readonly string[], known: ReadonlySet<string> | undefined): boolean {
  if (words.every((w) => known?.has(w) || known?.has(singular(w)))) return true;
  return parseCssColor(words.join(' ')) !== undefined;
}

const NO_SPANS: readonly SpanValue[] = [];

function lookup(
  lexicon: Lexicon,
  typos: readonly string[][] | undefined,
  extras: SlotExtras,
  list: string,
  tokens: Tokens,
  at: number,
): readonly SpanValue[] {
  switch (list) {
    case 'concept': {
      if (!extras.concepts) return NO_SPANS;
      // Below a built-in value of the same words unless the person chose otherwise.
      return walk(extras.concepts.trie, tokens, at).flatMap(({ end, values }) =>
        values.map((value) => ({
          end,
          value: {
            ...value,
            word: tokens.raw.slice(at, end).join(' '),
          } satisfies ConceptCapture,
          quality: (value.overrides ? 3 : 1) * (end - at),
        })),
      );
    }
    case 'setting': {
      // A setting nobody taught yet ("study mode"): a few words that are not the sentence's own
      // and not a value the grammar knows. Weighs like an unknown name.
      const spans: SpanValue[] = [];
      for (let end = at; end < Math.min(tokens.raw.length, at + 4); end++) {
        if (STRUCTURAL.has(tokens.base[end]!) || /^\d/.test(tokens.raw[end]!)) break;
        const words = tokens.raw.slice(at, end + 1);
        if (knownValue(words, extras.known)) continue;
        spans.push({ end: end + 1, value: words.join(' '), quality: -1.5 * (end + 1 - at) });
      }
      return spans;
    }
    case 'name':
      return names(lexicon.names, tokens, at, typos, 4);
    case 'area':
      return names(lexicon.areas, tokens, at, typos, 3);
    case 'floor':
      return names(lexicon.floors, tokens, at, typos, 3);
    case 'device':
      return walk(DEVICES, tokens, at).map(({ end, values }) => ({
        end,
        value: {
          kinds: values[0]!,
          plural:
            tokens.raw[end - 1] !== tokens.base[end - 1] || tokens.raw[end - 1] === 'lighting',
          word: tokens.raw.slice(at, end).join(' '),
        } satisfies DeviceCapture,
        // A phrase ("garage door") outweighs a room followed by a word ("garage" + "door").
        quality: end - at === 1 ? 1.5 : 2.5 * (end - at),
      }));
    case 'state':
      return walk(STATES, tokens, at).map(({ end, values }) => ({
        end,
        value: {
          meanings: values[0]!,
          word: tokens.raw.slice(at, end).join(' '),
        } satisfies StateCapture,
        quality: 1.5 * (end - at),
      }));
    case 'color':
      return colors(tokens, at);
    case 'title':
      return titleSpans(tokens, at);
    case 'number': {
      const t = tokens.raw[at]!;
      return /^-?\d+(\.\d+)?$/.test(t) ? [{ end: at + 1, value: Number(t), quality: 1.5 }] : [];
    }
    case 'words': {
      // What a question measures ("amount of energy"): any words, weighed like unknown names.
      const spans: SpanValue[] = [];
      for (let end = at; end < Math.min(tokens.raw.length, at + 6); end++) {
        if (tokens.base[end] === 'is' || tokens.base[end] === 'are') break;
        spans.push({
          end: end + 1,
          value: tokens.raw.slice(at, end + 1).join(' '),
          quality: -0.5 * (end + 1 - at),
        });
      }
      return spans;
    }
    case 'any': {
      // An unknown name: a few words that are not the sentence's own. Weighs against itself
      // so that any known name or list word wins over it.
      const spans: SpanValue[] = [];
      for (let end = at; end < Math.min(tokens.raw.length, at + 5); end++) {
        if (STRUCTURAL.has(tokens.base[end]!) || /^\d/.test(tokens.raw[end]!)) break;
        spans.push({
          end: end + 1,
          value: tokens.raw.slice(at, end + 1).join(' '),
          quality: -1.5 * (end + 1 - at),
        });
      }
      return spans;
    }
    default: {
      const trie = VALUE_LISTS[list];
      if (!trie) throw new Error(`no slot list "${list}"`);
      return walk(trie, tokens, at).map(({ end, values }) => ({
        end,
        value: values[0],
        quality: 1 * (end - at),
      }));
    }
  }
}
