// The teach dialogue as a pure state machine: a state (plain data, saved between turns) and an
// answer in, the next state and a reply out — and, once confirmed, the item to save and what to do
// now. Steps: the offer ("Do you want to teach me?"), the phrase (teaching on purpose), the meaning
// (what it should do / what the word means / which device), and the confirmation.
//
// At every step: "cancel", "stop", "never mind", "no thanks" end it with nothing saved. An answer
// not understood is asked again once with a hint; a second one ends the dialogue politely. A
// request of its own instead of an answer ("what's the temperature?") ends the teaching and is
// handed back (outcome 'not_an_answer', empty reply): the turn then handles that text as usual,
// so the person is never stuck in a dialogue they have moved on from.
import { curly } from '../assistant/words.ts';
import { phraseWords } from '../language/ownPhrases.ts';
import { afterNo, afterYes, controlWord, phraseAndMeaning, type ControlWord } from './answers.ts';
import { phraseCollisions } from './collisions.ts';
import { CONCEPT_KINDS } from './concepts.ts';
import type {
  TeachContext,
  TeachDraft,
  TeachResult,
  TeachState,
  TeachTopic,
} from './dialogueState.ts';
import { isGibberish, START_QUESTION } from './offer.ts';
import { nameHint, readName } from './readName.ts';
import { answerContext, isRequest, type Reading } from './reading.ts';
import { readSettings, settingsHint } from './readSettings.ts';
import { readSteps, STEPS_HINT } from './readSteps.ts';
import { confirmation, save } from './saving.ts';

export const CANCELLED = "OK, I won't learn that.";
/** Bad answers at one step before the dialogue gives up: the first is asked again with a hint. */
export const MAX_MISSES = 2;
/** Longest phrase that can be taught on purpose. */
const MAX_WORDS = 8;

const GAVE_UP = `Sorry, I still don't understand, so let's leave it for now. You can teach me any time: just say ${curly('teach you something')}.`;

const cancelled = (): TeachResult => ({ state: undefined, reply: CANCELLED, outcome: 'cancelled' });
const asked = (state: TeachState, reply: string): TeachResult => ({
  state,
  reply,
  outcome: 'asked',
});
const notAnAnswer = (): TeachResult => ({ state: undefined, reply: '', outcome: 'not_an_answer' });

/** A bad answer: asked again with a hint, or, after the last chance, the end. */
function miss(state: TeachState, hint: string): TeachResult {
  if (state.misses + 1 >= MAX_MISSES)
    return { state: undefined, reply: GAVE_UP, outcome: 'gave_up' };
  return asked({ ...state, misses: state.misses + 1 }, hint);
}

/** The question of the meaning step. */
export function meaningQuestion(topic: TeachTopic, instead = false): string {
  switch (topic.kind) {
    case 'command':
      return instead ? 'What should it do instead?' : `What should ${curly(topic.phrase)} do?`;
    case 'concept':
      return `What ${instead ? 'should' : 'does'} ${curly(topic.word)} mean for a ${CONCEPT_KINDS[topic.domain].one}${instead ? ' instead' : ''}?`;
    case 'name':
      return instead
        ? `Which ${topic.expects} is ${curly(topic.name)}, then?`
        : `Which ${topic.expects} is ${curly(topic.name)}?`;
  }
}

/** The answer to the meaning step read for the topic. */
function readMeaning(topic: TeachTopic, answer: string, ctx: TeachContext): Reading<TeachDraft> {
  switch (topic.kind) {
    case 'command': {
      const read = readSteps(answer, ctx);
      if (!read.ok) {
        // Every "not understood" ends with how to say it.
        if (read.why === 'unclear' && !read.hint.includes('for example'))
          return { ...read, hint: `${read.hint} ${STEPS_HINT}` };
        return read;
      }
      return { ok: true, value: { kind: 'command', steps: read.value } };
    }
    case 'concept': {
      const read = readSettings(answer, topic, ctx);
      if (!read.ok) return read;
      const { settings, taughtOn } = read.value;
      return { ok: true, value: { kind: 'concept', settings, ...(taughtOn ? { taughtOn } : {}) } };
    }
    case 'name': {
      const read = readName(answer, topic, ctx);
      return read.ok ? { ok: true, value: { kind: 'name', target: read.value } } : read;
    }
  }
}

type MeaningState = Extract<TeachState, { step: 'meaning' | 'confirm' }>;

/** What a reading of the meaning leads to: the confirmation, a hint, or the end. */
function answered(state: MeaningState, read: Reading<TeachDraft>, ctx: TeachContext): TeachResult {
  if (!read.ok) {
    if (read.why === 'unrelated') return notAnAnswer();
    if (read.why === 'help') return asked(state, read.hint);
    return miss(state, read.hint);
  }
  const confirm = confirmation(state.topic, read.value, ctx);
  if (!confirm.ok) return miss(state, confirm.problem);
  return asked(confirm.state, confirm.reply);
}

/** An answer to the meaning step (or a correction at the confirmation). */
const meaningAnswer = (state: MeaningState, answer: string, ctx: TeachContext) =>
  answered(state, readMeaning(state.topic, answer, ctx), ctx);

/** How to answer the meaning step, for "yes" or "help" where a meaning was wanted. */
function meaningHint(topic: TeachTopic, ctx: TeachContext): string {
  switch (topic.kind) {
    case 'command':
      return STEPS_HINT;
    case 'concept':
      return settingsHint(topic.domain);
    case 'name':
      return nameHint(ctx.home, topic.expects);
  }
}

function atOffer(
  state: Extract<TeachState, { step: 'offer' }>,
  answer: string,
  word: ControlWord | undefined,
  ctx: TeachContext,
): TeachResult {
  const meaning: TeachState = { step: 'meaning', topic: state.topic, misses: 0 };
  if (word === 'no') return cancelled();
  if (word === 'yes') return asked(meaning, meaningQuestion(state.topic));
  // "yes, lights to 20 percent": the meaning said with the yes.
  const rest = afterYes(answer);
  if (rest !== undefined) return meaningAnswer(meaning, rest, ctx);
  if (isRequest(ctx.interpret(answer, answerContext(ctx)))) return notAnAnswer();
  const what = state.topic.kind === 'command' ? state.topic.phrase : '';
  return miss(state, `Do you want to teach me what ${curly(what)} means? Say yes or no.`);
}

const PHRASE_HINT = `Say the words you'll use, like ${curly('movie mode')} or ${curly('reading time')}.`;

function atPhrase(
  state: Extract<TeachState, { step: 'phrase' }>,
  answer: string,
  word: ControlWord | undefined,
  ctx: TeachContext,
): TeachResult {
  if (word === 'no') return cancelled();
  if (word === 'yes') return asked(state, START_QUESTION);
  const request = ctx.interpret(answer, answerContext(ctx));
  if (request.intent === 'Help') return asked(state, PHRASE_HINT);
  // A question is asked for its own sake; a command may well be the phrase to teach (it is
  // confirmed as a collision later).
  if (['HassGetState', 'HassClimateGetTemperature'].includes(request.intent)) return notAnAnswer();
  const { phrase, meaning } = phraseAndMeaning(answer);
  const said = phraseWords(phrase);
  if (said.length === 0 || phrase.split(' ').length > MAX_WORDS || said.some(isGibberish))
    return miss(state, PHRASE_HINT);
  const refused = phraseCollisions(phrase, ctx).find((c) => c.refuse);
  if (refused) return miss(state, `${refused.text} Choose other words.`);
  const next: TeachState = { step: 'meaning', topic: { kind: 'command', phrase }, misses: 0 };
  if (meaning !== undefined) return meaningAnswer(next, meaning, ctx);
  return asked(next, meaningQuestion(next.topic));
}

function atConfirm(
  state: Extract<TeachState, { step: 'confirm' }>,
  answer: string,
  word: ControlWord | undefined,
  ctx: TeachContext,
): TeachResult {
  if (word === 'yes') return save(state, ctx);
  if (word === 'no')
    return asked(
      { step: 'meaning', topic: state.topic, misses: 0 },
      meaningQuestion(state.topic, true),
    );
  // "no, 30 percent", or simply the corrected meaning.
  const correction = afterNo(answer);
  if (correction !== undefined) return meaningAnswer(state, correction, ctx);
  const read = readMeaning(state.topic, answer, ctx);
  if (read.ok || read.why === 'unrelated') return answered(state, read, ctx);
  return miss(state, 'Shall I save that? Say yes or no, or tell me what it should be instead.');
}

/** The dialogue's next step for an answer. */
export function teachStep(state: TeachState, answer: string, ctx: TeachContext): TeachResult {
  const word = controlWord(answer);
  if (word === 'cancel') return cancelled();
  switch (state.step) {
    case 'offer':
      return atOffer(state, answer, word, ctx);
    case 'phrase':
      return atPhrase(state, answer, word, ctx);
    case 'meaning':
      // "no" to "What should it do?" or "Which device is it?" is a way of saying never mind.
      if (word === 'no') return cancelled();
      if (word === 'yes')
        return miss(state, `${meaningQuestion(state.topic)} ${meaningHint(state.topic, ctx)}`);
      return meaningAnswer(state, answer, ctx);
    case 'confirm':
      return atConfirm(state, answer, word, ctx);
  }
}
