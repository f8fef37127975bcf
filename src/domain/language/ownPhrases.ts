// The person's own phrases (a routine's "good night", a taught command's "movie mode"; later
// skills): the request, tokenized as the interpreter does (wake words, politeness and articles
// gone), matches a phrase with the same words, forgiving a small typo in a longer word ("good
// nigth" is forgiven; "god night" is not: short words differ by one letter too easily).
//
// The phrases of one list of owners are tokenized once and indexed (remembered by the list's
// identity): with hundreds of taught phrases, every request is checked against them, and
// tokenizing each phrase each time would cost more than understanding the request.
import { tokenize } from './normalize.ts';

/** Something that is started by saying one of its phrases. */
export interface PhraseOwner {
  id: string;
  name: string;
  phrases: readonly string[];
}

export interface OwnPhraseMatch {
  id: string;
  name: string;
  /** The phrase as the person wrote it. */
  phrase: string;
}

/** The words a phrase is matched by: what the interpreter keeps of it. */
export const phraseWords = (phrase: string): readonly string[] => tokenize(phrase).base;

/**
 * Whether two words differ by at most one edit (a letter added, dropped, changed, or two
 * neighbours swapped). Linear and allocation-free: it runs for many phrases on every request.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // One letter changed, or two neighbours swapped; the rest the same.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
    );
  }
  // One letter more in the longer word.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A said word stands for a phrase's word: the same, or one typo away in a word of 5+ letters. */
const same = (said: string, meant: string) =>
  said === meant || (meant.length >= 5 && withinOneEdit(said, meant));

interface Entry {
  words: readonly string[];
  match: OwnPhraseMatch;
}

/** The phrases of a list of owners, ready to be matched against requests. */
export interface PhraseIndex {
  /** The first owner (in list order) one of whose phrases these words are, if any. */
  match(said: readonly string[]): OwnPhraseMatch | undefined;
  /** The same, with no typo forgiven. */
  exact(said: readonly string[]): OwnPhraseMatch | undefined;
  /** How many phrases it holds. */
  size: number;
}

const indexes = new WeakMap<readonly PhraseOwner[], PhraseIndex>();

/** The index of a list of owners: built once per list (lists are replaced, not changed). */
export function phraseIndex(owners: readonly PhraseOwner[]): PhraseIndex {
  let index = indexes.get(owners);
  if (!index) {
    index = buildIndex(owners);
    indexes.set(owners, index);
  }
  return index;
}

function buildIndex(owners: readonly PhraseOwner[]): PhraseIndex {
  const exact = new Map<string, OwnPhraseMatch>();
  // Phrases by their number of words: a request only ever matches phrases as long as it is.
  const byLength = new Map<number, Entry[]>();
  let size = 0;
  for (const owner of owners)
    for (const phrase of owner.phrases) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      const match = { id: owner.id, name: owner.name, phrase };
      const key = words.join(' ');
      if (!exact.has(key)) exact.set(key, match);
      const list = byLength.get(words.length) ?? [];
      list.push({ words, match });
      byLength.set(words.length, list);
      size++;
    }
  return {
    size,
    exact: (said) => exact.get(said.join(' ')),
    match(said) {
      if (said.length === 0) return undefined;
      // The words exactly first: a phrase said right wins over another said with a typo.
      const found = exact.get(said.join(' '));
      if (found) return found;
      for (const entry of byLength.get(said.length) ?? [])
        if (entry.words.every((w, i) => same(said[i]!, w))) return entry.match;
      return undefined;
    },
  };
}

/** The first owner one of whose phrases this request is, if any. */
export function matchOwnPhrase(
  text: string,
  owners: readonly PhraseOwner[],
): OwnPhraseMatch | undefined {
  return phraseIndex(owners).match(phraseWords(text));
}
