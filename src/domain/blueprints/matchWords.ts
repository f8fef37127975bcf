// What the skill matcher (match.ts) keeps of a sentence: its meaningful words, each reduced to a
// key that other ways of saying it share ("towels", "towel" → towel; "loo", "restroom" →
// bathroom; "parking", "parked" → park), plus the question words that tell "where is the party"
// from "when is the party". Words that only hold a question together ("what", "is", "do", "I",
// "can", "to") are dropped: two questions about the same thing rarely share them, and when they
// do it says nothing.
import { singular, tokenize, words as splitWords } from '../language/normalize.ts';
import { withinOneEdit } from '../language/ownPhrases.ts';
import { COMPOUNDS, RELATED, SAME } from './matchSynonyms.ts';

/** Words that carry no meaning of their own in a question to a skill. */
const STOP = new Set(
  [
    // question glue and auxiliaries
    'what is are am was were be been being do does did done',
    'doing can could would should shall will may might must have',
    'has had having need want wanna gonna got get gets getting',
    'supposed ought',
    // people and pointers
    'i me we us you your yours he him his she her it its',
    'they them their there here this that these those one someone',
    'somebody something anything thing stuff some any all',
    // small linking words
    'to of for in on at by with from into onto about up',
    'down out off over and or but if then so as than too',
    'also very really again still ever usually normally exactly',
    // verbs of asking and finding, which every question of a guide could start with
    'tell say know let like find found keep kept located locate',
    'stored put go goes going went gone come comes remind show',
    'explain happen happens mean ok okay please hey um uh use used using work works',
    'anyone anybody everyone everybody anywhere somewhere',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Question words (and "not"): kept, because "where" and "when" ask different things about the
 * same party, but weighing little, because people ask one thing in many ways ("where are the
 * towels", "do we have towels").
 */
const QUESTION = new Set(['where', 'when', 'who', 'whom', 'whose', 'why', 'how', 'which', 'not']);

/** A question word weighs this much of a word of the same rarity that names something. */
export const QUESTION_WEIGHT = 0.4;

/**
 * "towels", "towelling" → "towel"; "parking", "parked" → "park"; "stored", "store" → "stor".
 * Light on purpose: the two sides go through the same steps, so a key only has to be the same
 * for both, not a dictionary word.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", "swimm" → "swim"; "fall" and "dress" keep theirs. */
function undouble(w: string): string {
  const last = w[w.length - 1];
  return last && last === w[w.length - 2] && !'lsz'.includes(last) ? w.slice(0, -1) : w;
}

const baseWords = (text: string) => splitWords(text).map(singular);

// The table, in the matcher's own terms: built once.
/** Words said together that are one thing, by their stems: "picked up" is "pick up". */
const compounds: { parts: string[]; into: string; stem: string }[] = [];
const sameKey = new Map<string, string>();
const relatedOf = new Map<string, number[]>();
/** Every word the table knows, for typo forgiveness. */
const tableWords = new Set<string>();

function addCompound(text: string, into: string) {
  const words = baseWords(text);
  const parts = words.map(stem);
  if (compounds.some((c) => c.parts.join(' ') === parts.join(' '))) return;
  // "wi fi" is the word "wifi" spelt apart; "go to sleep" is another way to say "bedtime".
  const spelling = words.join('') === singular(into);
  compounds.push({ parts, into: singular(into), stem: spelling ? stem(singular(into)) : text });
  words.forEach((p) => tableWords.add(p));
}

for (const [text, into] of COMPOUNDS) addCompound(text, into);
for (const group of SAME) {
  const key = stem(singular(group[0]!));
  for (const entry of group) {
    const parts = baseWords(entry);
    if (parts.length > 1) addCompound(entry, group[0]!);
    else if (!sameKey.has(stem(parts[0]!))) sameKey.set(stem(parts[0]!), key);
    parts.forEach((p) => tableWords.add(p));
  }
}
RELATED.forEach((group, g) => {
  for (const entry of group) {
    const s = stem(singular(entry));
    const key = sameKey.get(s) ?? s;
    const list = relatedOf.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    relatedOf.set(key, list);
    tableWords.add(singular(entry));
  }
});
// The longest first: the most words said together are joined.
compounds.sort((a, b) => b.parts.length - a.parts.length);

/** One meaningful word of a sentence. */
export interface MatchWord {
  /** What it is matched by: the same for words that mean the same ("loo", "toilet"). */
  key: string;
  /**
   * The stems it was said with (several when a sentence says it twice: "phone number"): a word
   * with the same key and one of the same stems is the same word, not a synonym.
   */
  stems: string[];
  question: boolean;
  /** Groups of related words it belongs to (a partial match with their other words). */
  related: readonly number[];
  /** As written in the sentence ("Wi-Fi", "towels"). */
  shown: string;
  /** It was a typo, read as the word it is one letter away from. */
  fixed: boolean;
}

export interface MatchText {
  /** The normalised words in order, to tell "word for word" from "close". */
  exact: string;
  /** The meaningful words, each key once. */
  words: MatchWord[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The word (or words) as they appear in the text, in its own capitals and hyphens. */
function asWritten(text: string, raw: readonly string[]): string {
  const pattern = raw.map(escape).join('[^\\p{L}\\p{N}]+');
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return found ? found[0] : raw.join(' ');
}

/** Whether a word is known to the matcher or to these phrasings: not a typo to fix. */
export const knownWord = (word: string, vocabulary: ReadonlySet<string>) =>
  vocabulary.has(word) || tableWords.has(word) || STOP.has(word) || QUESTION.has(word);

/**
 * The word a typo stands for: one edit away from a known word of 5+ letters (shorter words are
 * one letter away from too many others). The phrasings' own words first, then the table's.
 */
export function typoFor(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  for (const known of vocabulary) if (known.length >= 5 && withinOneEdit(word, known)) return known;
  for (const known of tableWords) if (known.length >= 5 && withinOneEdit(word, known)) return known;
  for (const known of QUESTION) if (known.length >= 5 && withinOneEdit(word, known)) return known;
  return undefined;
}

/**
 * The meaningful words of a sentence. `fix` reads a word the phrasings do not know as the one it
 * is a typo of (only for what was said: phrasings are taken as written).
 */
export function matchText(text: string, fix?: (word: string) => string | undefined): MatchText {
  const { raw, base } = tokenize(text);
  const words: MatchWord[] = [];
  const stems = base.map(stem);
  const byKey = new Map<string, MatchWord>();
  for (let i = 0; i < base.length;) {
    const compound = compounds.find((c) => c.parts.every((p, j) => stems[i + j] === p));
    const used = compound ? compound.parts.length : 1;
    let word = compound ? compound.into : base[i]!;
    const rawWords = raw.slice(i, i + used);
    i += used;
    let fixed = false;
    if (!compound && fix) {
      const meant = fix(word);
      if (meant !== undefined && meant !== word) {
        word = meant;
        fixed = true;
      }
    }
    if (STOP.has(word) || (!compound && STOP.has(rawWords[0]!))) continue;
    const question = QUESTION.has(word);
    const own = question ? word : stem(word);
    const key = question ? word : (sameKey.get(own) ?? own);
    const form = compound ? compound.stem : own;
    const before = byKey.get(key);
    if (before) {
      // Said twice ("the phone number"): one word, known by both forms.
      if (!before.stems.includes(form)) before.stems.push(form);
      before.fixed &&= fixed;
      continue;
    }
    const found: MatchWord = {
      key,
      stems: [form],
      question,
      related: relatedOf.get(key) ?? [],
      shown: asWritten(text, rawWords),
      fixed,
    };
    byKey.set(key, found);
    words.push(found);
  }
  return { exact: base.join(' '), words };
}

/**
 * How much a word said stands for a word of a phrasing: 1 the same word, 0.9 the same meaning
 * (a synonym, another form, a typo), 0.5 a related word, 0 nothing.
 */
export function likeness(said: MatchWord, meant: MatchWord): number {
  if (said.key === meant.key)
    return !said.fixed && said.stems.some((s) => meant.stems.includes(s)) ? 1 : 0.9;
  if (said.question || meant.question) return 0;
  for (const g of said.related) if (meant.related.includes(g)) return 0.5;
  return 0;
}
