// From what a person typed or said to the tokens the grammar matches: lower case, contractions
// spelled out, units split off numbers ("50%" → "50 percent"), numbers in words as digits,
// articles dropped, and wake words and politeness trimmed. Entity, area and floor names go
// through the same function, so "Kids' room" and "the kids room" meet in the middle.
import { digitize } from './numbers.ts';

export interface Tokens {
  /** The words as said (after normalisation). */
  raw: string[];
  /** The same words in singular form ("lights" → "light"), for matching names and lists. */
  base: string[];
}

const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bwhat's\b/g, 'what is'],
  [/\bwhats\b/g, 'what is'],
  [/\bhow's\b/g, 'how is'],
  [/\bwhere's\b/g, 'where is'],
  [/\bwho's\b/g, 'who is'],
  [/\bit's\b/g, 'it is'],
  // Typed without the apostrophe, "its" at the start is "it is" ("its too cold").
  [/^its\b/g, 'it is'],
  [/\bthat's\b/g, 'that is'],
  [/\bthere's\b/g, 'there is'],
  [/\blet's\b/g, 'let us'],
  [/\bi'm\b/g, 'i am'],
  [/\bim\b/g, 'i am'],
  [/\bi'd\b/g, 'i would'],
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bn't\b/g, ' not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  // Possessives: "Macrotorrent's download speed", "kids' room".
  [/'s\b/g, ''],
  [/s'(\s|$)/g, 's$1'],
];

/** Words dropped everywhere: articles, possessive pronouns and adverbs that change nothing. */
const DROPPED = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'please',
  'pls',
  'plz',
  'kindly',
  'currently',
  'securely',
  'actually',
  'just',
  'maybe',
  'perhaps',
]);

/** Wake words and polite openings, trimmed from the start (repeatedly: "hey alexa can you"). */
const LEADING: readonly (readonly string[])[] = [
  ['alexa'],
  ['hey'],
  ['hi'],
  ['hello'],
  ['ok'],
  ['okay'],
  ['computer'],
  ['assistant'],
  ['google'],
  ['siri'],
  ['so'],
  ['um'],
  ['uh'],
  ['er'],
  ['erm'],
  ['there'],
  ['thanks'],
  ['thank', 'you'],
  ['now'],
  ['be', 'dear', 'and'],
  ['can', 'you'],
  ['could', 'you'],
  ['would', 'you'],
  ['will', 'you'],
  ['can', 'u'],
  ['would', 'you', 'mind'],
  ['i', 'want', 'you', 'to'],
  ['i', 'need', 'you', 'to'],
  ['i', 'would', 'like', 'you', 'to'],
  ['go', 'ahead', 'and'],
];

/** Politeness trimmed from the end: "… for me, thanks". */
const TRAILING: readonly (readonly string[])[] = [
  ['thanks'],
  ['thank', 'you'],
  ['thx'],
  ['for', 'me'],
  ['right', 'now'],
  ['now'],
  ['if', 'you', 'can'],
  ['if', 'you', 'could'],
  ['would', 'you'],
  ['could', 'you'],
  ['ok'],
  ['okay'],
  ['alexa'],
];

/** Singular of a word for matching ("batteries" → "battery", "switches" → "switch"). */
export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

function startsWith(tokens: readonly string[], phrase: readonly string[], at: number): boolean {
  return phrase.every((w, i) => tokens[at + i] === w);
}

/** "would you mind closing the door": the verb after "mind" in its plain form. */
const GERUNDS: Readonly<Record<string, string>> = {
  turning: 'turn',
  switching: 'switch',
  closing: 'close',
  opening: 'open',
  locking: 'lock',
  unlocking: 'unlock',
  setting: 'set',
  dimming: 'dim',
  putting: 'put',
  making: 'make',
  pausing: 'pause',
  playing: 'play',
  muting: 'mute',
  lowering: 'lower',
  raising: 'raise',
};

const LONGEST_FIRST = [...LEADING].sort((a, b) => b.length - a.length);

function trim(tokens: string[]): string[] {
  let start = 0;
  let end = tokens.length;
  for (let changed = true; changed;) {
    changed = false;
    // The end first: "thank you alexa" is thanks, not a request to "alexa".
    for (const phrase of TRAILING) {
      if (end - phrase.length > start && startsWith(tokens, phrase, end - phrase.length)) {
        end -= phrase.length;
        changed = true;
      }
    }
    for (const phrase of LONGEST_FIRST) {
      if (start + phrase.length < end && startsWith(tokens, phrase, start)) {
        start += phrase.length;
        changed = true;
        const verb = GERUNDS[tokens[start]!];
        if (phrase[phrase.length - 1] === 'mind' && verb) tokens[start] = verb;
        break;
      }
    }
  }
  return tokens.slice(start, end);
}

/** Splits text into words: punctuation becomes spaces except inside numbers ("20.5", "pm2.5"). */
export function words(text: string): string[] {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  if (
    s.includes("'") ||
    s.includes(' im ') ||
    s.startsWith('im ') ||
    s.startsWith('its ') ||
    s.includes('whats')
  )
    for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  // Units only where there are numbers or unit signs: most requests have neither.
  if (/[\d%°]/.test(s))
    s = s
      .replace(/(\d)\s*%/g, '$1 percent ')
      .replace(/%/g, ' percent ')
      .replace(/°\s*c\b/g, ' degrees celsius ')
      .replace(/°\s*f\b/g, ' degrees fahrenheit ')
      .replace(/°/g, ' degrees ')
      .replace(
        /(\d)(c|f)\b/g,
        (_m, d: string, u: string) => `${d} degrees ${u === 'c' ? 'celsius' : 'fahrenheit'}`,
      )
      .replace(/(\d)(percent|degrees?|pct)\b/g, '$1 $2');
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  // A dot ends a sentence unless it sits between digits.
  if (s.includes('.')) s = s.replace(/\.(?!\d)|(?<!\d)\./g, ' ');
  s = s.replace(/[^\p{L}\p{N}.+-]+/gu, ' ');
  // Hyphens join words ("under-cabinet"); a minus sign stays on its number ("-5 degrees").
  if (s.includes('-') || s.includes('+'))
    s = s.replace(/[-+](?!\p{N})|(?<=[\p{L}\p{N}])[-+]/gu, ' ');
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** Tokens of a request: trimmed of wake words and politeness. */
export function tokenize(text: string): Tokens {
  const raw = trim(digitize(words(text)).filter((w) => !DROPPED.has(w)));
  return { raw, base: raw.map(singular) };
}

/** Tokens of a name (entity, area, floor, alias): the same normalisation without trimming. */
export function nameTokens(name: string): string[] {
  return digitize(words(name))
    .filter((w) => !DROPPED.has(w))
    .map(singular);
}
