// Taught commands ("movie mode" = living room lights 20 %, blinds closed, TV on): their phrases
// are matched as routine phrases are (ownPhrases.ts). Taught items win over the built-in grammar
// only where the person chose that: a command marked `overrides` is tried before the grammar,
// the others only when the grammar does not understand the request. Indexed once per list of
// commands (lists are replaced, never changed).
import type { TaughtCommand } from '../teaching/model.ts';
import { phraseIndex, phraseWords, type OwnPhraseMatch, type PhraseIndex } from './ownPhrases.ts';
import type { InterpretContext, Interpretation } from './types.ts';

export interface TaughtPhrases {
  /** Commands the person chose to win over what the assistant already understands. */
  overriding: PhraseIndex;
  /** The others: used when the grammar understands nothing. */
  others: PhraseIndex;
}

const cache = new WeakMap<readonly TaughtCommand[], TaughtPhrases>();

const owner = (c: TaughtCommand) => ({ id: c.id, name: c.phrases[0] ?? c.id, phrases: c.phrases });

function phrasesOf(commands: readonly TaughtCommand[]): TaughtPhrases {
  let found = cache.get(commands);
  if (!found) {
    found = {
      overriding: phraseIndex(commands.filter((c) => c.overrides === true).map(owner)),
      others: phraseIndex(commands.filter((c) => c.overrides !== true).map(owner)),
    };
    cache.set(commands, found);
  }
  return found;
}

/** The taught commands of a request's context, indexed; undefined when none were taught. */
export function taughtPhrases(context: InterpretContext): TaughtPhrases | undefined {
  const commands = context.taught?.commands;
  return commands && commands.length > 0 ? phrasesOf(commands) : undefined;
}

/** The interpretation of a taught command's phrase. */
export function runTaught(text: string, match: OwnPhraseMatch): Interpretation {
  return {
    text,
    intent: 'RunTaughtCommand',
    slots: { name: match.name },
    targets: [],
    taught: { id: match.id, phrase: match.phrase },
  };
}

/** Dialogue the grammar understands without any device: not a failure to understand. */
const CONVERSATION: ReadonlySet<string> = new Set(['Cancel', 'Help', 'Teach', 'Feedback']);

/**
 * Whether the grammar understood a request: an intent, and devices to act on or ask about. A
 * setting nobody taught ("set the lights to party mode") is not understood: a command taught
 * with those very words is what the person means.
 */
export const understood = (i: Interpretation): boolean =>
  i.intent !== 'Unknown' &&
  i.unresolved?.concept === undefined &&
  (i.targets.length > 0 || CONVERSATION.has(i.intent));

/**
 * A taught command the grammar read as the name of something to switch on: "turn on movie
 * mode", "start movie mode" where nothing in the home is called that.
 */
export function commandSwitchedOn(
  interpretation: Interpretation,
  phrases: TaughtPhrases,
): OwnPhraseMatch | undefined {
  const name = interpretation.unresolved?.name;
  if (interpretation.intent !== 'HassTurnOn' || name === undefined) return undefined;
  const words = phraseWords(name);
  return phrases.overriding.match(words) ?? phrases.others.match(words);
}
