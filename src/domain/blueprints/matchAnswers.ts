// Answers inside a skill: a quiz's answer said in a sentence ("I think it's Paris"), one of the
// offered choices by its letter, its place or its words, and the many ways of saying yes or no.
import { digitize } from '../language/numbers.ts';
import { tokenize, words as splitWords } from '../language/normalize.ts';
import { withinOneEdit } from '../language/ownPhrases.ts';

/** Words that hold a sentence around an answer together: not part of it ("it's Paris"). */
const GLUE = new Set('i me my we you it is its was be are am that this there'.split(' '));

/**
 * Words said around an answer ("I think…", "my final answer is…", "maybe…"): not part of what
 * was said, unless the answer has them ("Pretty Woman", "Right said Fred").
 */
const HEDGES = new Set(
  [
    'so well oh ah um uh umm hmm hm er erm ok okay think guess believe reckon suppose bet know',
    'say said go with answer final maybe probably pretty sure definitely surely must should',
    'could would will right',
  ]
    .join(' ')
    .split(' '),
);

/** "one" on its own is a number in an answer ("how many noses?" "one"); digitize leaves it. */
const answerWord = (w: string) => (w === 'one' ? '1' : w);

/** The words of an answer, in singular form, numbers as digits. */
const answerWords = (text: string) => tokenize(text).base.map(answerWord);

/** An answer's own words, without the glue around them (all of them if that is all it is). */
function core(words: readonly string[]): string[] {
  const kept = words.filter((w) => !GLUE.has(w));
  return kept.length > 0 ? kept : [...words];
}

/** A word said stands for a word of the answer: the same, or one typo in a 5+-letter word. */
const sameWord = (said: string, meant: string) =>
  said === meant || (meant.length >= 5 && withinOneEdit(said, meant));

const NEGATION = new Set(['not', 'no', 'never', 'nope']);

/**
 * Whether an answer said is the expected one: in a sentence or not ("I think it's Paris", "is it
 * paris?", "Paris!"), whatever the case, articles and punctuation, with one small typo forgiven
 * in a longer word and numbers in words or digits. Every word of the answer must be said and
 * nothing else but the words around it: "York" is not "New York", nor "not Paris" Paris.
 */
export function sameAnswer(said: string, expected: string): boolean {
  const meant = answerWords(expected);
  if (meant.length === 0) return false;
  const own = core(meant);
  const heard = answerWords(said).filter((w) => own.includes(w) || !(GLUE.has(w) || HEDGES.has(w)));
  return (
    own.every((m) => heard.some((s) => sameWord(s, m))) &&
    heard.every((s) => own.some((m) => sameWord(s, m)))
  );
}

/** Words around a letter or a place: "I'll say B", "answer b", "the second one", "option 2". */
const PICK_FRAME = new Set(
  [
    'i me my will would say go with think it is its the answer final option choice letter number',
    'pick choose take want guess um uh please one that this let us',
  ]
    .join(' ')
    .split(' '),
);

/** "first" … "tenth" and "1st" … "10th": the place of a choice, from 0. */
const ORDINALS = new Map<string, number>(
  'first second third fourth fifth sixth seventh eighth ninth tenth'
    .split(' ')
    .flatMap((word, i) => {
      const n = i + 1;
      const suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
      return [
        [word, i],
        [`${n}${suffix}`, i],
      ] as const;
    }),
);

/** The choice picked by its letter or place, if that is what was said. */
function byPosition(said: string, choices: readonly string[]): number | undefined {
  const all = digitize(splitWords(said));
  const left = all.filter((w) => !PICK_FRAME.has(w));
  // "one" alone is the number one, not "the … one".
  const word = left.length === 0 && all.includes('one') ? '1' : left.length === 1 ? left[0]! : '';
  let at: number | undefined;
  // A letter, unless the choices are letters themselves ("which letter comes after B?").
  if (/^[a-z]$/.test(word) && !choices.some((c) => /^\W*[a-z]\W*$/i.test(c)))
    at = word.charCodeAt(0) - 97;
  else if (word === 'last') at = choices.length - 1;
  else if (ORDINALS.has(word)) at = ORDINALS.get(word);
  // A number, unless the choices are numbers ("how many legs?" "8" is the answer, not the 8th).
  else if (/^\d+$/.test(word) && !choices.some((c) => /\d/.test(c))) at = Number(word) - 1;
  return at !== undefined && at >= 0 && at < choices.length ? at : undefined;
}

/**
 * Which of the offered choices an answer picks: its words ("Paris", "I think it's Paris"), its
 * letter ("b", "B.", "I'll say B"), its place ("the second one", "number 2"), or its words in a
 * longer answer ("the Pacific Ocean" for "Pacific") when no other choice's words are said.
 * Undefined when none or several fit.
 */
export function pickChoice(said: string, choices: readonly string[]): number | undefined {
  const same = choices.flatMap((c, i) => (sameAnswer(said, c) ? [i] : []));
  if (same.length === 1) return same[0];
  if (same.length > 1) return undefined;
  const position = byPosition(said, choices);
  if (position !== undefined) return position;
  // The choice's words within more words: only when no other choice's own words are said too,
  // and not denied ("not Paris").
  const heard = answerWords(said);
  if (heard.some((w) => NEGATION.has(w))) return undefined;
  const has = (w: string) => heard.some((s) => sameWord(s, w));
  const own = choices.map((c) => core(answerWords(c)));
  const fits = own.flatMap((words, i) => {
    if (words.length === 0 || !words.every(has)) return [];
    const others = own.some(
      (other, j) => j !== i && other.some((w) => !words.includes(w) && has(w)),
    );
    return others ? [] : [i];
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Phrases written as one list, comma-separated, for reading. */
const phrases = (...lines: string[]) => new Set(lines.join(', ').split(', '));

/** Yes and no as whole answers ("of course", "not now", "I'm good"). */
const YES_WHOLE = phrases(
  'yes, yeah, yea, yep, yup, ya, yah, yas, aye, sure, ok, okay, k, kk, alright, all right',
  'absolutely, definitely, certainly, of course, affirmative, uh huh, mhm, correct, right',
  'why not, go ahead, go for it, please, please do, do it, you bet, sounds good, sounds great',
  'i would like that, i would love that, i would love to, i would like to, i do, i am in',
  'count me in, one more, one more time, one more please, bring it on, totally, for sure',
  'sure thing, i guess, i suppose, fine, no problem, let us go, let us do it, let us do this',
  'again please, yes again',
);
const NO_WHOLE = phrases(
  'no, nope, nah, nay, negative, never, not now, not really, not today, not yet, not this time',
  'no thanks, no thank you, i am good, i am fine, i am ok, i am okay, i am done, i am all set',
  'i am finished, i will pass, pass, i would rather not, rather not, i do not think so, do not',
  'of course not, maybe later, later, another time, some other time, that is ok, that is okay',
  'that is fine, all done, done, no way, not interested, i do not want to, no more, not at all',
  'absolutely not, definitely not, let us not',
);
/** A clear yes or no at the start, whatever follows ("yes play again", "no I'm done"). */
const YES_START =
  /^(yes|yeah|yea|yep|yup|sure|ok|okay|alright|absolutely|definitely|of course|why not|go ahead|let us (go|do|play|try))\b/;
const NO_START = /^(no|nope|nah|not now|no thanks|no thank you)\b/;
const SAYS_NO = /\b(no|not|nope|nah|never)\b/;
const SAYS_YES = /\b(yes|yeah|yep|yup)\b/;

/**
 * A yes or a no in the many ways people say them ("sure, why not", "yeah let's go", "go ahead";
 * "no thanks", "not now", "I'm good", "no I'm done"); undefined for anything else, and for a
 * yes and a no said together. "play again" or "another" alone are left to the skill, which knows
 * whether they mean yes.
 */
export function yesOrNo(said: string): 'yes' | 'no' | undefined {
  const text = splitWords(said)
    .filter((w, i, all) => !(i === 0 && /^(oh|um|uh|well|hmm|erm|er)$/.test(w) && all.length > 1))
    .join(' ')
    .replace(/\s+(please|thanks|thank you|alexa)$/, '');
  if (YES_WHOLE.has(text)) return 'yes';
  if (NO_WHOLE.has(text)) return 'no';
  const rest = (match: RegExpExecArray) => text.slice(match[0].length);
  const yes = YES_START.exec(text);
  if (yes) return SAYS_NO.test(rest(yes).replace(/\bwhy not\b/, '')) ? undefined : 'yes';
  const no = NO_START.exec(text);
  if (no) return SAYS_YES.test(rest(no)) ? undefined : 'no';
  return undefined;
}
