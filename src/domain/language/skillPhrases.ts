// Starting a skill by voice: "open trivia night", "start the house guide", "let's play trivia
// night", a skill's name on its own or one of its own start phrases, and one-shot questions
// ("ask house guide where the towels are", "tell family facts to say grandma's birthday"). The
// name is matched as the person's own phrases are (ownPhrases.ts: the same words, a small typo
// forgiven in a longer word).
import { phraseIndex, type PhraseOwner } from './ownPhrases.ts';
import type { Tokens } from './normalize.ts';

/** A skill as the interpreter sees it: its name and its other start phrases. */
export interface SkillOwner {
  id: string;
  name: string;
  /** Start phrases besides the name ("whose turn is it to feed the cat"). */
  phrases: readonly string[];
}

export interface SkillCall {
  id: string;
  name: string;
  /** The words that named it, as the person wrote them. */
  phrase: string;
  /** A one-shot request: what was asked ("where are the towels"), as said. */
  ask?: string;
}

/** Words that open a skill before its name (each a sequence of base tokens). */
const OPENERS: readonly (readonly string[])[] = [
  ['open'],
  ['start'],
  ['launch'],
  ['begin'],
  ['run'],
  ['play'],
  ['load'],
  ['use'],
  ['talk', 'to'],
  ['speak', 'to'],
  ['go', 'to'],
  ['let', 'us', 'play'],
  ['let', 'us', 'do'],
  ['i', 'want', 'to', 'play'],
  ['can', 'we', 'play'],
  ['open', 'up'],
  ['start', 'up'],
];

/** Words after a name that change nothing ("open trivia night game"). */
const TRAILERS = new Set(['skill', 'game', 'app', 'quiz']);
/** Words that put a request to a skill: "ask house guide …", "tell jokes …". */
const ASKERS = new Set(['ask', 'tell']);
/** Words between the name and the request that change nothing ("ask jokes for a joke"). */
const JOINERS = new Set(['to', 'for', 'about']);
const MAX_NAME_WORDS = 8;

interface Lists {
  names: PhraseOwner[];
  all: PhraseOwner[];
}
const lists = new WeakMap<readonly SkillOwner[], Lists>();

function listsOf(skills: readonly SkillOwner[]): Lists {
  let found = lists.get(skills);
  if (!found) {
    found = {
      names: skills.map((s) => ({ id: s.id, name: s.name, phrases: [s.name] })),
      all: skills.map((s) => ({ id: s.id, name: s.name, phrases: [s.name, ...s.phrases] })),
    };
    lists.set(skills, found);
  }
  return found;
}

const startsWith = (words: readonly string[], prefix: readonly string[]) =>
  prefix.length <= words.length && prefix.every((w, i) => words[i] === w);

/** The longest run of words from `from` that is a skill's name, and where it ends. */
function nameAt(
  tokens: Tokens,
  from: number,
  names: readonly PhraseOwner[],
): { call: SkillCall; end: number } | undefined {
  const index = phraseIndex(names);
  const longest = Math.min(MAX_NAME_WORDS, tokens.base.length - from);
  for (let length = longest; length >= 1; length--) {
    const found = index.match(tokens.base.slice(from, from + length));
    if (found)
      return { call: { id: found.id, name: found.name, phrase: found.phrase }, end: from + length };
  }
  return undefined;
}

/** Whether the words from `from` to the end are nothing, or only words that change nothing. */
const onlyTrailers = (tokens: Tokens, from: number) =>
  tokens.base.slice(from).every((w) => TRAILERS.has(w));

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What was asked, as the person wrote it: the text after the skill's name ("where are the
 * towels?"), when the name's words can be found in it in order; else the words as tokenized.
 */
function askedAsWritten(text: string, nameWords: readonly string[], fallback: string): string {
  const lower = text.toLowerCase();
  let at = 0;
  for (const word of nameWords) {
    const found = new RegExp(`\\b${escape(word)}[\\p{L}\\p{N}'’]*`, 'u').exec(lower.slice(at));
    if (!found) return fallback;
    at += found.index + found[0].length;
  }
  const rest = text
    .slice(at)
    .replace(/^[\s,.:;!?'’-]+/u, '')
    .replace(/^(?:(?:skill|game|app|quiz|to|for|about)\b[\s,]*)+/iu, '')
    .trim();
  return rest.length > 0 ? rest : fallback;
}

/** The skill this request starts or asks, if any; `text` is the request as written. */
export function matchSkillCall(
  tokens: Tokens,
  skills: readonly SkillOwner[],
  text?: string,
): SkillCall | undefined {
  if (skills.length === 0 || tokens.base.length === 0) return undefined;
  const { names, all } = listsOf(skills);
  // A name or a start phrase said on its own.
  const whole = phraseIndex(all).match(tokens.base);
  if (whole) return { id: whole.id, name: whole.name, phrase: whole.phrase };
  const words = tokens.base;
  for (const opener of OPENERS) {
    if (!startsWith(words, opener)) continue;
    const named = nameAt(tokens, opener.length, names);
    if (named && onlyTrailers(tokens, named.end)) return named.call;
  }
  if (ASKERS.has(words[0]!)) {
    const named = nameAt(tokens, 1, names);
    if (named) {
      let rest = named.end;
      while (rest < words.length && (TRAILERS.has(words[rest]!) || JOINERS.has(words[rest]!)))
        rest++;
      const asked = tokens.raw.slice(rest).join(' ');
      if (!asked) return named.call;
      const nameWords = tokens.raw.slice(1, named.end);
      const ask = text === undefined ? asked : askedAsWritten(text, nameWords, asked);
      return { ...named.call, ask };
    }
  }
  return undefined;
}
