// Small answers in the teach dialogue, read before anything else: "cancel" (at every step), yes and
// no, "like it is now", and the phrase a person wants to teach, cleaned of quotes and wake words.
// Read on the words as said (normalize.ts `words`), not on the interpreter's tokens, which drop
// "thanks" and "now": "no thanks" must not read as "no", nor "like it is now" as "like it is".
import { words } from '../language/normalize.ts';

export type ControlWord = 'cancel' | 'yes' | 'no';

/** Ends the dialogue at any step, with nothing saved. */
const CANCEL = new Set([
  'cancel',
  'cancel that',
  'cancel it',
  'stop',
  'stop it',
  'stop that',
  'never mind',
  'nevermind',
  'no thanks',
  'no thank you',
  'forget it',
  'forget about it',
  'forget that',
  'quit',
  'exit',
  'abort',
  'do not bother',
  'leave it',
  'not now',
  'maybe later',
  'later',
  'nothing',
  'none',
  'neither',
  'none of them',
  'no device',
  'no one',
  'there is not one',
  'there is none',
  'it does not exist',
  'i do not want to',
  'do not',
]);

const YES_FIRST = new Set([
  'yes',
  'yeah',
  'yep',
  'yup',
  'ya',
  'sure',
  'ok',
  'okay',
  'alright',
  'correct',
  'right',
  'exactly',
  'absolutely',
  'definitely',
  'perfect',
  'fine',
  'great',
  'good',
  'y',
]);
const YES_PHRASES = new Set([
  'all right',
  'go ahead',
  'do it',
  'save it',
  'save',
  'please do',
  'of course',
  'sounds good',
  'that is right',
  'that is it',
  'please',
  'teach',
  'i do',
  'i will',
  'let us do it',
]);
const NO_FIRST = new Set(['no', 'nope', 'nah', 'n', 'wrong', 'incorrect']);
const NO_PHRASES = new Set([
  'not really',
  'not quite',
  'that is wrong',
  'that is not right',
  'not like that',
  'it is not',
]);
/** Words that may follow a yes or a no without changing it: "yes please", "no, that's wrong". */
const YES_FILLER = new Set(
  'please thanks thank you do it save go ahead that is right i teach me will yes ok okay'.split(
    ' ',
  ),
);
const NO_FILLER = new Set('thanks thank you that is it not right wrong no'.split(' '));

/** The answer as plain lower-case words: "No, thanks!" → "no thanks". */
export const plain = (text: string) => words(text).join(' ');

/** Cancel, yes or no, when that is all the answer says. */
export function controlWord(text: string): ControlWord | undefined {
  const said = plain(text);
  if (said === '') return undefined;
  if (CANCEL.has(said)) return 'cancel';
  const [first = '', ...rest] = said.split(' ');
  if (YES_PHRASES.has(said) || (YES_FIRST.has(first) && rest.every((w) => YES_FILLER.has(w))))
    return 'yes';
  if (NO_PHRASES.has(said) || (NO_FIRST.has(first) && rest.every((w) => NO_FILLER.has(w))))
    return 'no';
  return undefined;
}

/** "no, 30 percent" → "30 percent": a no that carries the correction with it. */
export function afterNo(text: string): string | undefined {
  const match =
    /^\s*(?:no|nope|nah|not quite)\b[\s,.!:;-]*(?:(?:i meant|i mean|make it|it should be|instead)\b[\s,:]*)?(.+)$/i.exec(
      text,
    );
  const rest = match?.[1]?.trim();
  return rest && controlWord(rest) === undefined ? rest : undefined;
}

/** "yes, lights to 20 percent": a yes that carries the meaning with it. */
export function afterYes(text: string): string | undefined {
  const match = /^\s*(?:yes|yeah|yep|sure|ok|okay)\b(?:\s+please)?[\s,.!:;-]+(.+)$/i.exec(text);
  const rest = match?.[1]?.trim();
  return rest && controlWord(rest) === undefined ? rest : undefined;
}

/** What "like it is now" is about: the words around it ("the living room lights"), maybe none. */
export interface LikeNow {
  about: string;
}

const NOW_PATTERNS: readonly RegExp[] = [
  /\b(?:just\s+)?(?:like|as|how|the\s+way)\s+(?:it|they|this|that|things|everything|these|those|it all)\s+(?:is|are|looks?|look|stands?)(?:\s+(?:right\s+)?now|\s+at\s+the\s+moment)?\b/,
  /\b(?:just\s+)?(?:like|as)\s+(?:this|now|right\s+now)\b/,
  /\bremember\s+(?:this|these|that|it|them|how\s+it\s+is)\b/,
  /\b(?:the\s+)?way\s+(?:it|they)\s+(?:is|are)\s+now\b/,
  /\bthe\s+current\s+(?:state|settings?)\b/,
];

/** "like it is now", "the living room lights as they are now", "remember this". */
export function likeNow(text: string): LikeNow | undefined {
  const said = plain(text);
  for (const pattern of NOW_PATTERNS) {
    const match = pattern.exec(said);
    if (!match) continue;
    const about = `${said.slice(0, match.index)} ${said.slice(match.index + match[0].length)}`
      .replace(/\b(?:make|set|keep|put|leave)\s+(?:it|them|everything)\b/g, ' ')
      .replace(/^\s*(?:make|set|keep|put|leave|have)\s+/, ' ')
      .replace(/\b(?:it should be|it means|should be|just|everything|all of it)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { about };
  }
  return undefined;
}

/** Words that open an answer without adding to it: "it should …", "it means …". */
const OPENINGS =
  /^\s*(?:it\s+should\s+(?:be|do)\s+|it\s+should\s+|it\s+means\s+|that\s+means\s+|means\s+|it\s+is\s+|it's\s+|i\s+want\s+it\s+to\s+|i\s+would\s+like\s+it\s+to\s+|i'd\s+like\s+it\s+to\s+|just\s+)/i;

/** The answer without an opening that adds nothing: "it should turn on the TV" → "turn on the TV". */
export function withoutOpening(text: string): string {
  let rest = text.trim();
  for (let i = 0; i < 3 && OPENINGS.test(rest); i++) rest = rest.replace(OPENINGS, '');
  return rest.trim();
}

/** Parts of an answer said one after another: at "and", "then" and commas (and "with"). */
export function chunks(text: string, withWith = false): string[] {
  const joiners = withWith
    ? /\s*(?:,|;|\band then\b|\bthen\b|\band\b|\bwith\b)\s*/i
    : /\s*(?:,|;|\band then\b|\bthen\b|\band\b)\s*/i;
  return text
    .split(joiners)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const WAKE = /^(?:(?:hey|hi|ok|okay)\s+)?(?:alexa|google|siri|computer|assistant)\b[\s,]*/i;

/**
 * The phrase to teach as the person wrote it, lower case, without quotes, end punctuation or a
 * wake word: "Hey Alexa, “Movie mode”!" → "movie mode".
 */
export function cleanPhrase(text: string): string {
  return text
    .trim()
    .replace(WAKE, '')
    .replace(/^(?:when\s+i\s+say|if\s+i\s+say|the\s+words?|the\s+phrase)\s+/i, '')
    .replace(/^["'“”‘’\s]+|["'“”‘’.!?,;:\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** "movie mode means lights 20 percent": the phrase and its meaning said in one go. */
export function phraseAndMeaning(text: string): { phrase: string; meaning?: string } {
  const match = /^(.+?)\s+(?:means|should mean|is when you|should)\s+(.+)$/i.exec(text.trim());
  if (!match) return { phrase: cleanPhrase(text) };
  return { phrase: cleanPhrase(match[1] ?? ''), meaning: match[2]?.trim() };
}
