// Words as learning compares them. A rewrite's key is the request as the interpreter's own
// tokenizer reads it (wake words, politeness, articles and plurals gone), so "Hey, kill the big
// lamps please" finds the rewrite learned from "kill the big lamp". Content words are what is
// left once the words every request shares are dropped: what a rephrase must have in common.
import { tokenize } from '../language/normalize.ts';

/** The lookup key of a request: its tokens in singular form, one space apart. */
export function phraseKey(text: string): string {
  return tokenize(text).base.join(' ');
}

/**
 * Words that say how or that something is wanted, not what: verbs of switching and setting,
 * pronouns, prepositions and small words. Sharing them says nothing about meaning the same thing.
 */
const FUNCTION_WORDS = new Set(
  [
    'turn switch set make put get go let start stop do give have keep bring can could would will',
    'want need like please i me you u we us it them they this that these those there here what',
    'which how is are was be am on off up down in into out of to at for from with by and or then',
    'but all every everything some any more less bit little lot very too so not no yes now again',
    'thing one',
  ]
    .join(' ')
    .split(' '),
);

/** "cranking" → "crank", "dimmed" → "dim": enough to meet the same verb said another way. */
export function stem(word: string): string {
  // At least four letters stay: "living" and "bed" are words of their own, not "liv" and "b".
  if (word.length > 6 && word.endsWith('ing')) return undouble(word.slice(0, -3));
  if (word.length > 5 && word.endsWith('ed')) return undouble(word.slice(0, -2));
  return word;
}

/** "dimm" → "dim": a doubled last consonant left by a suffix. */
function undouble(word: string): string {
  const n = word.length;
  return n > 2 && word[n - 1] === word[n - 2] && !/[aeiou]/.test(word[n - 1]!)
    ? word.slice(0, -1)
    : word;
}

/** The content words of a request, stemmed: what it is about. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of tokenize(text).base) if (!FUNCTION_WORDS.has(w)) words.add(stem(w));
  return words;
}
