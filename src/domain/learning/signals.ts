// When is a turn a rephrase of the one before? When the first went wrong (not understood, nothing
// matched, or taken back right after: "no", "that's wrong", undone by hand), the second worked
// soon after (REPHRASE_WINDOW_MS), and both are about the same thing. "The same thing" is read
// from the home first, because names beat words: a device or room the failed words name must be
// what the rephrase acted on ("juice the printer" then "turn on the desk fan" is another request,
// though both are in the office); failing that, enough content words in common ("kill the big
// lamp" → "turn off the living room lamp"). Requests with nothing in common are never paired
// ("make it cozy" then "turn on the kitchen light"): the person changed their mind, or gave up.
import { nameTokens, tokenize } from '../language/normalize.ts';
import { interpret } from '../language/interpret.ts';
import { contentWords, phraseKey } from './phrase.ts';
import {
  REPHRASE_WINDOW_MS,
  type LearningContext,
  type ObservedTurn,
  type RephrasePair,
} from './types.ts';

const SUCCEEDED: ReadonlySet<ObservedTurn['outcome']> = new Set(['acted', 'answered']);

/** Said right after a turn, these take it back: the turn before did the wrong thing. */
const CONTRADICTIONS = new Set(
  [
    'no',
    'nope',
    'no no',
    'stop',
    'wrong',
    'undo',
    'undo that',
    'cancel that',
    'not that',
    'that is wrong',
    'that is not right',
    'that is not what i meant',
    'that is not what i wanted',
    'not what i meant',
    'not what i wanted',
  ].map(phraseKey),
);

/** "no, I meant the bedside lamp" → "the bedside lamp": the words meant, as said. */
export function meantPart(text: string): string | undefined {
  const match = /^\W*(?:(?:no|nope|wrong|sorry)\b\W*)*i\s+mean(?:t)?\b[\s,:;-]*(.*)$/i.exec(text);
  const rest = match?.[1]?.trim();
  return rest && tokenize(rest).raw.length > 0 ? rest : undefined;
}

/** A turn that takes back the turn before ("no", "stop", "that's wrong", "no, I meant …"). */
export function isContradiction(text: string): boolean {
  const key = phraseKey(text);
  if (CONTRADICTIONS.has(key)) return true;
  if (key.startsWith('no ') && CONTRADICTIONS.has(key.slice(3))) return true;
  return meantPart(text) !== undefined;
}

const failedOrTakenBack = (t: ObservedTurn) => t.outcome === 'failed' || t.undone === true;

/**
 * Whether `second` rephrases `first`. Targets are read from the turns when given (stored turns
 * have them), else by interpreting the words in `context`'s home.
 */
export function detectRephrase(
  first: ObservedTurn,
  second: ObservedTurn,
  context?: LearningContext,
): RephrasePair | undefined {
  if (!failedOrTakenBack(first) || !SUCCEEDED.has(second.outcome) || second.undone) return;
  if (second.at < first.at || second.at - first.at > REPHRASE_WINDOW_MS) return;
  if (isContradiction(first.text) || isContradiction(second.text)) return;
  const failedKey = phraseKey(first.text);
  if (failedKey === '' || failedKey === phraseKey(second.text)) return;
  const reason = sameRequest(first, second, context);
  if (!reason) return;
  return {
    failed: { text: first.text.trim(), at: first.at },
    worked: { text: second.text.trim(), at: second.at },
    reason,
  };
}

/**
 * The rephrase that the newest turn makes, if any: `turns` are the recent turns, oldest first.
 * Turns that only took the one before back ("no", "stop") are stepped over, and mark it undone;
 * "no, I meant X" is itself the rephrase, with X as the words that worked.
 */
export function rephraseIn(
  turns: readonly ObservedTurn[],
  context?: LearningContext,
): RephrasePair | undefined {
  const last = turns[turns.length - 1];
  if (!last) return;
  const meant = meantPart(last.text);
  const worked: ObservedTurn = meant !== undefined ? { ...last, text: meant } : last;
  let contradicted = meant !== undefined;
  for (let i = turns.length - 2; i >= 0; i--) {
    const turn = turns[i]!;
    if (last.at - turn.at > REPHRASE_WINDOW_MS) return;
    // An answer in a dialogue ("no" to a skill's "anything else?") ends the search.
    if (turn.inDialogue) return;
    if (isContradiction(turn.text)) {
      contradicted = true;
      continue;
    }
    const first = contradicted ? { ...turn, undone: true } : turn;
    return detectRephrase(first, worked, context);
  }
  return;
}

function sameRequest(
  first: ObservedTurn,
  second: ObservedTurn,
  context: LearningContext | undefined,
): RephrasePair['reason'] | undefined {
  const targets = second.targets ?? (context ? interpret(second.text, context).targets : undefined);
  const worked = targets && targets.length > 0 ? new Set(targets) : undefined;
  // Understood but taken back, then said so that it reached the same device: a correction of
  // how, not of what ("shush the telly" switched it off; "mute the tv").
  if (worked && first.targets?.some((id) => worked.has(id))) return 'same-device';
  const home = context?.home;
  if (home && worked) {
    const tokens = new Set(tokenize(first.text).base);
    const devices = named(tokens, home.entities);
    if (devices.length > 0)
      return devices.some((e) => worked.has(e.id)) ? 'same-device' : undefined;
    const rooms = new Set(named(tokens, home.areas).map((a) => a.id));
    if (rooms.size > 0) {
      const inRoom = home.entities.some((e) => worked.has(e.id) && e.area && rooms.has(e.area));
      return inRoom ? 'same-room' : undefined;
    }
  }
  const failedWords = contentWords(first.text);
  const workedWords = contentWords(second.text);
  let shared = 0;
  for (const w of failedWords) if (workedWords.has(w)) shared++;
  // One word in common is enough for a short request ("kill the big lamp"), not for a long one.
  return shared > 0 && shared * 3 >= failedWords.size ? 'same-words' : undefined;
}

/** The things whose whole name (or an alias) is among the words. */
function named<T extends { name: string; aliases?: readonly string[] }>(
  words: ReadonlySet<string>,
  things: readonly T[],
): T[] {
  return things.filter((t) =>
    [t.name, ...(t.aliases ?? [])].some((name) => {
      const tokens = nameTokens(name);
      return tokens.length > 0 && tokens.every((w) => words.has(w));
    }),
  );
}
