// Matching what a person said inside a skill against what the skill knows (a Q&A's phrasings, a
// guide's sections). People rarely repeat a phrasing word for word: "where do you keep the
// towels?" should find "where are the towels", "where's the loo" should find "where is the
// bathroom". So both sides are reduced to their meaningful words (matchWords.ts: forms, synonyms,
// typos), words are weighed by how rare they are among the skill's questions (a word every
// question has tells them apart less than "towels" does), and a question is only found when it
// is both close enough and clearly closer than any other: when two are nearly tied, the skill
// says it is not sure rather than answering the wrong question.
import {
  QUESTION_WEIGHT,
  knownWord,
  likeness,
  matchText,
  typoFor,
  type MatchText,
  type MatchWord,
} from './matchWords.ts';

export { pickChoice, sameAnswer, yesOrNo } from './matchAnswers.ts';

/** The closest of a list of candidates, each known by one or more phrasings. */
export interface TextMatch {
  /** Index of the candidate in the list given. */
  index: number;
  /** Its phrasing that came closest, as written. */
  phrasing: string;
  /** 0..1: how close (1: the same words). */
  score: number;
  /** The words said and phrasing share (as written in the phrasing), for "Why?". */
  common: string[];
  /** 'exact': the same words; 'close': rephrased, but clearly this one. */
  how: 'exact' | 'close';
  /** Words said that were read as another word of the phrasing ("loo" as "bathroom"). */
  alike?: { said: string; phrasing: string }[];
}

/** A match needs at least this score… */
export const MATCH_THRESHOLD = 0.55;
/** …and this much more than the best other candidate. */
export const MATCH_MARGIN = 0.12;
/**
 * A word said that none of the phrasings has weighs this much of the rarest word: it may be a
 * rephrasing ("where do you store the towels") or a sign of another question ("where is the
 * pool"), so it counts against a match, but less than a missing word of the phrasing does.
 */
const UNKNOWN_WEIGHT = 0.6;

interface Prepared {
  index: number;
  phrasing: string;
  text: MatchText;
}

/** The phrasings of one list of candidates, analysed once. */
interface CandidateIndex {
  phrasings: Prepared[];
  /** Each candidate's words, over all its phrasings. */
  words: MatchWord[][];
  /** Keys by how many candidates use them. */
  uses: Map<string, number>;
  count: number;
  /** The phrasings' words, for typo forgiveness. */
  vocabulary: string[];
  known: Set<string>;
}

const indexes = new WeakMap<readonly (readonly string[])[], CandidateIndex>();
// Phrasings by text: a skill's config is parsed afresh each turn, so its lists are new arrays,
// but their strings are the same; analysing a phrasing is the costly part.
const analysed = new Map<string, MatchText>();
const ANALYSED_MAX = 5000;

function analyse(phrasing: string): MatchText {
  let text = analysed.get(phrasing);
  if (!text) {
    if (analysed.size >= ANALYSED_MAX) analysed.clear();
    text = matchText(phrasing);
    analysed.set(phrasing, text);
  }
  return text;
}

function indexOf(candidates: readonly (readonly string[])[]): CandidateIndex {
  let index = indexes.get(candidates);
  if (index) return index;
  const phrasings: Prepared[] = [];
  const uses = new Map<string, number>();
  const known = new Set<string>();
  const words = candidates.map((list, i) => {
    const own = new Map<string, MatchWord>();
    for (const phrasing of list) {
      const text = analyse(phrasing);
      if (text.exact === '') continue;
      phrasings.push({ index: i, phrasing, text });
      text.words.forEach((w) => own.set(w.key, w));
      text.exact.split(' ').forEach((w) => known.add(w));
    }
    own.forEach((_w, k) => uses.set(k, (uses.get(k) ?? 0) + 1));
    return [...own.values()];
  });
  index = { phrasings, words, uses, count: candidates.length, vocabulary: [...known], known };
  indexes.set(candidates, index);
  return index;
}

/** How much a word counts: rarer among the candidates, more; question words, little. */
function weigh(index: CandidateIndex, word: MatchWord): number {
  const used = index.uses.get(word.key);
  const rarity = used
    ? Math.log(1 + index.count / used)
    : UNKNOWN_WEIGHT * Math.log(1 + index.count);
  return word.question ? rarity * QUESTION_WEIGHT : rarity;
}

interface Closeness {
  score: number;
  common: string[];
  alike: { said: string; phrasing: string }[];
}

/**
 * How close what was said is to one phrasing, 0..1: how much of the phrasing was said (weighed
 * four times as much: a phrasing covered by what was said is close even when more was said,
 * "where do we keep the clean towels") and how much of what was said the candidate knows (in
 * this phrasing or another of its phrasings). Each word said stands for one word of the
 * phrasing at most: "the alarm password" does not also count as half of "wifi".
 */
function closeness(
  index: CandidateIndex,
  said: MatchText,
  meant: MatchText,
  candidateWords: readonly MatchWord[],
): Closeness {
  const pairs: { s: number; m: number; like: number }[] = [];
  said.words.forEach((s, i) =>
    meant.words.forEach((m, j) => {
      const like = likeness(s, m);
      if (like > 0) pairs.push({ s: i, m: j, like });
    }),
  );
  pairs.sort((a, b) => b.like - a.like);
  const saidBy = new Map<number, number>();
  const meantBy = new Map<number, { s: number; like: number }>();
  for (const pair of pairs)
    if (!saidBy.has(pair.s) && !meantBy.has(pair.m)) {
      saidBy.set(pair.s, pair.like);
      meantBy.set(pair.m, pair);
    }

  const common: string[] = [];
  const alike: { said: string; phrasing: string }[] = [];
  let meantTotal = 0;
  let meantFound = 0;
  meant.words.forEach((m, j) => {
    const w = weigh(index, m);
    const by = meantBy.get(j);
    meantTotal += w;
    if (!by) return;
    meantFound += w * by.like;
    if (by.like >= 0.9 && !m.question) {
      common.push(m.shown);
      if (by.like < 1) alike.push({ said: said.words[by.s]!.shown, phrasing: m.shown });
    }
  });
  let saidTotal = 0;
  let saidFound = 0;
  said.words.forEach((s, i) => {
    const w = weigh(index, s);
    saidTotal += w;
    const known = candidateWords.some((c) => c.key === s.key) ? 0.9 : 0;
    saidFound += w * Math.max(saidBy.get(i) ?? 0, known);
  });
  const recall = meantTotal > 0 ? meantFound / meantTotal : 0;
  const precision = saidTotal > 0 ? saidFound / saidTotal : 0;
  const score = recall + precision > 0 ? (5 * precision * recall) / (4 * precision + recall) : 0;
  return { score, common, alike };
}

/**
 * The candidate whose phrasings are closest to `said`, when it is clearly the closest: close
 * enough on its own and clearly ahead of the next. Undefined otherwise (the skill then says it
 * doesn't know, rather than guessing).
 */
export function bestMatch(
  said: string,
  candidates: readonly (readonly string[])[],
): TextMatch | undefined {
  const index = indexOf(candidates);
  const heard = matchText(said, (word) =>
    knownWord(word, index.known) ? undefined : typoFor(word, index.vocabulary),
  );
  if (heard.exact === '') return undefined;

  // Word for word: the person said a phrasing (unless two candidates have it).
  const exact = index.phrasings.filter((p) => p.text.exact === heard.exact);
  if (exact.length > 0) {
    const hit = exact[0]!;
    if (exact.some((p) => p.index !== hit.index)) return undefined;
    const common = hit.text.words.filter((w) => !w.question).map((w) => w.shown);
    return { index: hit.index, phrasing: hit.phrasing, score: 1, common, how: 'exact' };
  }
  if (heard.words.length === 0) return undefined;

  // The closest phrasing of each candidate.
  const best = new Map<number, Closeness & { phrasing: string }>();
  for (const p of index.phrasings) {
    const found = closeness(index, heard, p.text, index.words[p.index]!);
    const before = best.get(p.index);
    if (!before || found.score > before.score)
      best.set(p.index, { ...found, phrasing: p.phrasing });
  }
  const [first, second] = [...best].sort((a, b) => b[1].score - a[1].score);
  if (!first) return undefined;
  const [top, found] = first;
  const runnerUp = second ? second[1].score : 0;
  if (found.score < MATCH_THRESHOLD || found.score - runnerUp < MATCH_MARGIN) return undefined;
  return {
    index: top,
    phrasing: found.phrasing,
    // 1 is kept for the same words.
    score: Math.min(found.score, 0.99),
    common: found.common,
    how: 'close',
    ...(found.alike.length > 0 ? { alike: found.alike } : {}),
  };
}

/**
 * "Why?" for a match, in plain words: `the closest question is “where are the towels” (words in
 * common: towels)`, or `you asked the question “where are the towels” word for word`.
 */
export function describeMatch(match: TextMatch, what: string): string {
  if (match.how === 'exact') return `you asked the ${what} “${match.phrasing}” word for word`;
  const notes: string[] = [];
  if (match.common.length > 0) notes.push(`words in common: ${match.common.join(', ')}`);
  for (const { said, phrasing } of match.alike ?? [])
    notes.push(`“${said}” taken as “${phrasing}”`);
  const why = notes.length > 0 ? notes.join('; ') : 'close in meaning';
  return `the closest ${what} is “${match.phrasing}” (${why})`;
}
