// Reading a correction after a media choice — "no, the Kate Bush one", "not that one, the Post
// Malone one", "I meant the one by Kate Bush", "the other one" — against the versions of the
// title. A version is picked by what tells the versions apart in the catalogue: who it is by, the
// album, the kind ("the song", "the film"), or by being another than the one playing. Words the
// reader does not know (an artist with no such version, "the older one" when the catalogue has no
// years) pick nothing rather than a guess: the caller can then ask which one.
import { singular, words } from '../../language/normalize.ts';
import type { MediaItem } from '../../home/catalogue.ts';
import { mediaTokens } from './alternatives.ts';
import { ARTICLES, DEMONSTRATIVE, FILLER, KIND_WORDS, NEGATION, OTHER } from './correctionWords.ts';

/** A run of words that points at some versions (ids); `neutral` ones point at all (the title). */
interface Feature {
  tokens: readonly string[];
  ids: ReadonlySet<string>;
  neutral: boolean;
}

interface Reading {
  /** Each thing said that picks versions, as the ids it picks. */
  wanted: ReadonlySet<string>[];
  /** Ids turned away ("not the Post Malone one"). */
  unwanted: Set<string>;
  /** "the other one", "not that one": not the version chosen. */
  notChosen: boolean;
}

/**
 * The version meant by `said` among `alternatives` (all versions of the title, `chosen` the id
 * played), or undefined when the words do not pick exactly one. May return the chosen version
 * itself ("no, the Kate Bush one" when Kate Bush is playing): the caller decides what to say.
 */
export function readCorrection(
  said: string,
  alternatives: readonly MediaItem[],
  chosen: string,
): MediaItem | undefined {
  if (alternatives.length < 2) return undefined;
  const reading = read(said, featuresOf(alternatives));
  if (!reading) return undefined;
  const { wanted, unwanted, notChosen } = reading;
  if (wanted.length === 0 && !notChosen && unwanted.size === 0) return undefined;
  let left = alternatives.filter(
    (item) => !unwanted.has(item.id) && !(notChosen && item.id === chosen),
  );
  if (wanted.length > 0) {
    // The versions that fit most of what was said; none fitting anything is no answer.
    const score = (item: MediaItem) => wanted.filter((ids) => ids.has(item.id)).length;
    const best = Math.max(0, ...left.map(score));
    if (best === 0) return undefined;
    left = left.filter((item) => score(item) === best);
  }
  return left.length === 1 ? left[0] : undefined;
}

/** Clause by clause (a comma ends "not …"), word by word, longest names first. */
function read(said: string, features: readonly Feature[]): Reading | undefined {
  const reading: Reading = { wanted: [], unwanted: new Set(), notChosen: false };
  for (const clause of said
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[,;:.!?—–]+|\s-\s/)) {
    const raw = words(clause).filter((w) => !ARTICLES.has(w));
    const base = raw.map(singular);
    let negated = false;
    // "not that …": the choice turned away, unless a name follows ("not that Post Malone one").
    let pointing = false;
    const turnAwayChosen = () => {
      reading.notChosen = true;
      negated = false;
      pointing = false;
    };
    for (let i = 0; i < raw.length;) {
      const feature = longestAt(features, base, i);
      if (feature) {
        if (!feature.neutral) {
          if (negated) for (const id of feature.ids) reading.unwanted.add(id);
          else reading.wanted.push(feature.ids);
          negated = false;
          pointing = false;
        }
        i += feature.tokens.length;
        continue;
      }
      const word = raw[i]!;
      if (NEGATION.has(word)) negated = true;
      else if (OTHER.has(word)) reading.notChosen = true;
      else if (DEMONSTRATIVE.has(word)) pointing = negated;
      else if (word === 'one' && pointing) turnAwayChosen();
      else if (!FILLER.has(word)) return undefined;
      i += 1;
    }
    if (pointing) turnAwayChosen();
  }
  return reading;
}

function longestAt(
  features: readonly Feature[],
  tokens: readonly string[],
  at: number,
): Feature | undefined {
  let best: Feature | undefined;
  for (const f of features) {
    if (best && f.tokens.length <= best.tokens.length) continue;
    if (f.tokens.every((t, k) => tokens[at + k] === t)) best = f;
  }
  return best;
}

/**
 * What can be said of the versions: each one's artist and album, whole or by a word of their
 * own ("Bush", "Malone"), the kind words, and the title's words (neutral: every version has them).
 */
function featuresOf(alternatives: readonly MediaItem[]): Feature[] {
  const byWords = new Map<string, Feature>();
  const all = alternatives.map((item) => item.id);
  const add = (tokens: string[], ids: readonly string[], neutral: boolean) => {
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    const known = byWords.get(key);
    byWords.set(key, {
      tokens,
      ids: new Set([...(known?.ids ?? []), ...ids]),
      neutral: (known?.neutral ?? true) && neutral,
    });
  };
  const titleWords = new Set(alternatives.flatMap((item) => mediaTokens(item.title)));
  for (const item of alternatives) {
    add(mediaTokens(item.title), all, true);
    for (const name of [item.by, item.album]) {
      if (!name) continue;
      const tokens = mediaTokens(name);
      add(tokens, [item.id], false);
      // A word of a longer name alone ("the Bush one"), unless it is only a small word.
      if (tokens.length > 1)
        for (const t of tokens)
          if (t.length >= 3 && !FILLER.has(t) && !titleWords.has(t)) add([t], [item.id], false);
    }
  }
  for (const word of titleWords) add([word], all, true);
  // A kind word picks the versions of that kind (maybe none: "the film" among songs).
  for (const [word, kind] of Object.entries(KIND_WORDS))
    if (!byWords.has(word))
      add(
        [word],
        alternatives.filter((i) => i.kind === kind).map((i) => i.id),
        false,
      );
  return [...byWords.values()];
}
