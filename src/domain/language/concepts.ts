// Concepts a person taught: a word for a setting of a kind of device ("study mode" for lights,
// "cozy" for a thermostat). Their words become a slot list of the grammar ({concept}), read in
// sentences such as "set the bedroom lamp to study mode" (grammar/sentences.ts); resolve.ts
// decides which concept and which devices are meant. Indexed once per list of concepts (lists
// are replaced, never changed, so a WeakMap keyed by the list is a safe cache).
import type { Concept } from '../teaching/model.ts';
import { insert, newNode, type TrieNode } from './lexicon.ts';
import { nameTokens } from './normalize.ts';
import { withinOneEdit } from './ownPhrases.ts';

/**
 * Words that may follow a setting's word without being part of it: "study" and "study mode"
 * are the same concept, whichever of the two was taught.
 */
export const SETTING_SUFFIXES: ReadonlySet<string> = new Set(['mode', 'setting']);

/** The concepts one word stands for: one per kind of device it was taught for. */
export interface ConceptValue {
  concepts: readonly Concept[];
  /** The person chose that these win over the built-in meaning of the same words. */
  overrides: boolean;
}

export interface ConceptIndex {
  trie: TrieNode<ConceptValue>;
  /** Every word of every concept, so that typo correction leaves them alone. */
  words: ReadonlySet<string>;
  /** The concepts by their key words, for reading a mistyped word as a concept. */
  keys: readonly { words: readonly string[]; value: ConceptValue }[];
}

/** The words a concept is known by: its word without "mode" or "setting" at the end. */
export function conceptKey(word: string): string[] {
  const tokens = nameTokens(word);
  while (tokens.length > 1 && SETTING_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens;
}

const indexes = new WeakMap<readonly Concept[], ConceptIndex>();

export function conceptIndex(concepts: readonly Concept[]): ConceptIndex {
  let index = indexes.get(concepts);
  if (!index) {
    index = buildIndex(concepts);
    indexes.set(concepts, index);
  }
  return index;
}

function buildIndex(concepts: readonly Concept[]): ConceptIndex {
  const byKey = new Map<string, { words: string[]; concepts: Concept[] }>();
  for (const concept of concepts) {
    const words = conceptKey(concept.word);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const entry = byKey.get(key) ?? { words, concepts: [] };
    entry.concepts.push(concept);
    byKey.set(key, entry);
  }
  const trie = newNode<ConceptValue>();
  const words = new Set<string>();
  const keys: ConceptIndex['keys'][number][] = [];
  for (const entry of byKey.values()) {
    const value = {
      concepts: entry.concepts,
      overrides: entry.concepts.some((c) => c.overrides === true),
    };
    insert(trie, entry.words, value);
    entry.words.forEach((w) => words.add(w));
    keys.push({ words: entry.words, value });
  }
  return { trie, words, keys };
}

/**
 * The concept a few words were meant to be, forgiving a typo in a word of five letters or more
 * ("stduy mode"): for words the grammar read as an unknown setting.
 */
export function nearestConcept(
  index: ConceptIndex,
  said: readonly string[],
): { value: ConceptValue; corrections: { said: string; meant: string }[] } | undefined {
  const words = [...said];
  while (words.length > 1 && SETTING_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  for (const key of index.keys) {
    if (key.words.length !== words.length) continue;
    const fits = key.words.every(
      (w, i) => w === words[i] || (w.length >= 5 && withinOneEdit(words[i]!, w)),
    );
    if (!fits) continue;
    const corrections = key.words.flatMap((w, i) =>
      w === words[i] ? [] : [{ said: words[i]!, meant: w }],
    );
    return { value: key.value, corrections };
  }
  return undefined;
}
