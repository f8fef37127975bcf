// When to offer teaching, and how the dialogue begins. A request that failed because of words the
// assistant doesn't know opens it: an unknown short phrase that sounds like a command ("movie
// mode": "Do you want to teach me?"), an unknown setting word ("set the lamp to study mode": asked
// at once what it means for a light), or an unknown name ("turn on the big light": "Which device
// is it?"). Questions, chit-chat and keyboard mashing are not offered anything.
import { curly } from '../assistant/words.ts';
import { DEVICE_WORDS } from '../language/grammar/words.ts';
import { singular, words } from '../language/normalize.ts';
import type { Interpretation } from '../language/types.ts';
import { cleanPhrase } from './answers.ts';
import { CONCEPT_KINDS, isConceptDomain } from './concepts.ts';
import type { TeachState, TeachTopic } from './dialogueState.ts';
import type { ConceptDomain } from './model.ts';

export interface TeachOffer {
  state: TeachState;
  reply: string;
  topic: TeachTopic;
}

/** Longest phrase offered for teaching: longer requests that fail are not new commands. */
const MAX_PHRASE_WORDS = 5;

const QUESTION_WORDS = new Set([
  'what',
  'who',
  'where',
  'when',
  'why',
  'how',
  'which',
  'is',
  'are',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'am',
  'was',
  'were',
  'have',
  'has',
]);

/** Words that make conversation, not commands. */
const CHIT_CHAT = new Set([
  'hello',
  'hi',
  'hey',
  'bye',
  'goodbye',
  'thanks',
  'thank you',
  'yes',
  'no',
  'ok',
  'okay',
  'sorry',
  'please',
  'cool',
  'nice',
  'great',
  'lol',
  'wow',
  'hmm',
]);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEYBOARD_RUNS = KEYBOARD_ROWS.flatMap((row) => {
  const runs: string[] = [];
  for (const line of [row, [...row].reverse().join('')])
    for (let i = 0; i + 4 <= line.length; i++) runs.push(line.slice(i, i + 4));
  return runs;
});

/**
 * A word nobody says: no vowel, six consonants in a row ("strengths" has five), a letter three times, a run along the
 * keyboard ("asdf", "qwer"), or too long to be a word. Only plain a–z words are judged: numbers and
 * words with other letters ("café") are given the benefit of the doubt.
 */
export function isGibberish(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  if (w.length > 20) return true;
  if (!/[aeiouy]/.test(w) && w.length > 1) return true;
  if (/[^aeiouy]{6,}/.test(w) || /([a-z])\1\1/.test(w)) return true;
  return KEYBOARD_RUNS.some((run) => w.includes(run));
}

/** A short phrase that sounds like a command: not a question, not chit-chat, not gibberish. */
export function looksLikeCommand(text: string): boolean {
  if (/\?\s*$/.test(text)) return false;
  const said = words(text);
  if (said.length === 0 || said.length > MAX_PHRASE_WORDS) return false;
  if (QUESTION_WORDS.has(said[0]!)) return false;
  if (CHIT_CHAT.has(said.join(' '))) return false;
  return !said.some(isGibberish);
}

/** What a person calls this kind of device, for "What does … mean for a light?". */
const kindOf = (domain: ConceptDomain) => CONCEPT_KINDS[domain].one;
const withA = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** The kind of device a setting word was said of: the request's devices, else the kind said. */
function conceptDomain(interpretation: Interpretation): ConceptDomain | undefined {
  const ids = [...interpretation.targets, ...(interpretation.ambiguous ?? [])];
  const fromIds = ids.map((id) => id.split('.')[0] ?? '').find(isConceptDomain);
  const said = interpretation.slots.domain;
  return fromIds ?? (said !== undefined && isConceptDomain(said) ? said : undefined);
}

/**
 * The unknown name as said, with the kind word after it: "big" of "turn on the big light" is
 * taught as "the big light", since that is what the person calls it.
 */
export function nameAsSaid(text: string, unknown: string): string {
  const said = words(text);
  const wanted = words(unknown);
  if (wanted.length === 0) return unknown;
  const at = said.findIndex((_, i) => wanted.every((w, j) => said[i + j] === w));
  if (at < 0) return unknown.trim();
  let end = at + wanted.length;
  while (end < said.length && DEVICE_WORDS[singular(said[end]!)] !== undefined) end++;
  const start = at > 0 && said[at - 1] === 'the' ? at - 1 : at;
  return said.slice(start, end).join(' ');
}

/** Last words that make a name a mode rather than a device: "movie mode", "party time". */
const MODE_WORDS: ReadonlySet<string> = new Set(['mode', 'time', 'scene', 'routine', 'setting']);

/**
 * "turn on movie mode", "start party time": the grammar reads an unknown name to switch on, but
 * with no kind of device said and a mode's last word, a command is meant.
 */
function commandSwitchedOn(interpretation: Interpretation): string | undefined {
  const name = interpretation.unresolved?.name;
  if (name === undefined || interpretation.slots.domain !== undefined) return undefined;
  const last = words(name).pop();
  return last !== undefined && MODE_WORDS.has(singular(last)) ? name : undefined;
}

function commandOffer(said: string): TeachOffer | undefined {
  const phrase = cleanPhrase(said);
  if (phrase === '') return undefined;
  const topic: TeachTopic = { kind: 'command', phrase };
  return {
    topic,
    state: { step: 'offer', topic, misses: 0 },
    reply: `I don't know what ${curly(phrase)} is. Do you want to teach me?`,
  };
}

/** Whether and what to offer after a request that failed; undefined: nothing to teach here. */
export function offerTeaching(
  text: string,
  interpretation: Interpretation,
): TeachOffer | undefined {
  const { intent, unresolved } = interpretation;
  if (intent === 'ApplyConcept' && unresolved?.concept !== undefined) {
    const domain = conceptDomain(interpretation);
    if (domain === undefined) return undefined;
    const entityIds = interpretation.targets.filter((id) => id.startsWith(`${domain}.`));
    const topic: TeachTopic = {
      kind: 'concept',
      word: cleanPhrase(unresolved.concept),
      domain,
      entityIds,
    };
    return {
      topic,
      state: { step: 'meaning', topic, misses: 0 },
      reply: `What does ${curly(topic.word)} mean for ${withA(kindOf(domain))}?`,
    };
  }
  const switchedOn = intent === 'HassTurnOn' ? commandSwitchedOn(interpretation) : undefined;
  if (switchedOn !== undefined) return commandOffer(switchedOn);
  if (interpretation.targets.length === 0 && (unresolved?.name ?? unresolved?.area) !== undefined) {
    const expects = unresolved?.name !== undefined ? 'device' : 'room';
    const name = nameAsSaid(text, (unresolved?.name ?? unresolved?.area)!);
    const topic: TeachTopic = { kind: 'name', name, expects, request: text };
    return {
      topic,
      state: { step: 'meaning', topic, misses: 0 },
      reply: `I don't know ${curly(name)}. Which ${expects} is it?`,
    };
  }
  if (intent === 'Unknown' && looksLikeCommand(text)) return commandOffer(text);
  return undefined;
}

export const START_QUESTION = `What should I learn? Say the words you'll use, like ${curly('movie mode')}.`;

/** "Teach you something", "learn a new command": the dialogue begun on purpose. */
export function startTeaching(): { state: TeachState; reply: string } {
  return { state: { step: 'phrase', misses: 0 }, reply: START_QUESTION };
}
