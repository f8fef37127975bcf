// The two moments of a turn that preferences need: after playing a title that has several
// versions, what to remember for the next turn (a MediaChoice in the dialogue state); and on the
// next turn, whether the words correct that choice — then which version to play instead, the
// preferences updated and what to say.
import { mediaItem, type MediaItem } from '../../home/catalogue.ts';
import { alternativesFor, describe, titleKey } from './alternatives.ts';
import { readCorrection } from './correction.ts';
import { correctedWords, remember } from './prefer.ts';
import type { MediaChoice, Preference } from './types.ts';

/** What to keep after `item` was played on `entityId`; nothing when the title has one version. */
export function mediaChoiceFor(
  entityId: string,
  item: MediaItem,
  now: number,
): MediaChoice | undefined {
  const alternatives = alternativesFor(item.title);
  if (alternatives.length < 2) return undefined;
  return {
    entityId,
    key: titleKey(item.title),
    chosen: item.id,
    alternatives: alternatives.map((i) => i.id),
    at: now,
  };
}

export interface Correction {
  /** The version meant: play it on `entityId`. */
  item: MediaItem;
  entityId: string;
  /** The preferences with this choice remembered, to save with the turn. */
  prefs: Preference[];
  /** "OK, Wow by Kate Bush. I'll play that one next time you ask for Wow." */
  reply: string;
  /** The version meant is the one already chosen: nothing to play, only to remember. */
  already: boolean;
}

/**
 * `said` read as a correction of `choice`; undefined when it does not pick one version (then it
 * is an ordinary request, or the caller asks which one). With learning paused (`learn` false)
 * the version is still played but nothing is remembered, and the reply does not promise it.
 */
export function correctChoice(
  choice: MediaChoice,
  said: string,
  prefs: readonly Preference[],
  now: number,
  learn = true,
): Correction | undefined {
  const alternatives = choice.alternatives.flatMap((id) => mediaItem(id) ?? []);
  const item = readCorrection(said, alternatives, choice.chosen);
  if (!item) return undefined;
  const already = item.id === choice.chosen;
  const reply = learn
    ? already
      ? `That is ${describe(item)}. I'll keep playing that one when you ask for ${item.title}.`
      : correctedWords(item)
    : already
      ? `That is ${describe(item)}.`
      : `OK, ${describe(item)}.`;
  return {
    item,
    entityId: choice.entityId,
    prefs: learn ? remember(prefs, choice.key, item.id, said, now) : [...prefs],
    reply,
    already,
  };
}
