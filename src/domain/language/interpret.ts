// interpret(text, context): the one entry point of the language layer (DESIGN §4). The request
// is tokenized, tried against every sentence of the grammar that it has the words for, and the
// best parse is resolved against the home. When no sentence fits as a whole, it is read as a
// compound request ("… and …"), then again forgiving typos in names.
//
// The person's own words come in around the grammar: a routine's phrase first, then a skill
// being opened or asked ("open trivia night", "ask house guide …"), then a taught command the person chose to win over built-in meanings; the other taught commands only when the
// grammar understands nothing. Taught names and concepts are read by the grammar itself (the
// lexicon's names, the {concept} list).
import {
  compileGrammar,
  countNodes,
  grammarWords,
  indexSentences,
  mayMatch,
  type CompiledSentence,
  type SentenceIndex,
} from './grammar/compile.ts';
import { Chart, type Parse } from './grammar/match.ts';
import { answerPending } from './answer.ts';
import { conceptIndex, SETTING_SUFFIXES } from './concepts.ts';
import { contextLexicon } from './lexicon.ts';
import { phraseIndex } from './ownPhrases.ts';
import { matchSkillCall } from './skillPhrases.ts';
import { tokenize, type Tokens } from './normalize.ts';
import { resolve } from './resolve.ts';
import { correct, listWords, slotSource, type SlotExtras } from './slots.ts';
import {
  commandSwitchedOn,
  runTaught,
  taughtPhrases,
  understood,
  type TaughtPhrases,
} from './taughtCommands.ts';
import { applyRewrites } from '../learning/apply.ts';
import type { InterpretContext, Interpretation, LearnedWords } from './types.ts';

let grammar:
  | {
      sentences: CompiledSentence[];
      words: Set<string>;
      /** The grammar's words that a setting nobody taught cannot be made of alone. */
      values: Set<string>;
      index: SentenceIndex;
      nodes: number;
    }
  | undefined;
function compiled() {
  if (!grammar) {
    const sentences = compileGrammar();
    const words = new Set([...grammarWords(sentences), ...listWords()]);
    // "mode" and "setting" are the grammar's only to follow a setting's word ("movie mode").
    const values = new Set([...words].filter((w) => !SETTING_SUFFIXES.has(w)));
    grammar = {
      sentences,
      words,
      values,
      index: indexSentences(sentences),
      nodes: countNodes(sentences),
    };
  }
  return grammar;
}

/** What the slot lists read beside the home: the taught concepts, and the grammar's values. */
function extrasOf(context: InterpretContext): SlotExtras {
  const concepts = context.taught?.concepts;
  const known = compiled().values;
  return concepts && concepts.length > 0 ? { concepts: conceptIndex(concepts), known } : { known };
}

const MAX_LENGTH = 60;
const CANDIDATES = 4;
/** What finding the devices a reading names adds to its score. */
const FOUND_BONUS = 3;

interface Reading {
  interpretation: Interpretation;
  /** Every word understood and something in the home found (or nothing needed). */
  good: boolean;
  score: number;
}

const unknown = (text: string): Interpretation => ({
  text,
  intent: 'Unknown',
  slots: {},
  targets: [],
});

function read(
  tokens: Tokens,
  context: InterpretContext,
  text: string,
  typos?: readonly string[][],
): Reading | undefined {
  const lexicon = contextLexicon(context);
  const source = slotSource(lexicon, typos, extrasOf(context));
  const words = new Set(tokens.raw);
  for (const w of tokens.base) words.add(w);
  const grammar = compiled();
  const chart = new Chart(tokens, source);
  const candidates = grammar.index.candidates(words);
  // Sentences of known words first; those that read unknown words as names only if need be.
  // A reading of every word as known words stands even when the home lacks what it names (the
  // reply says so); reading words as unknown names could never be better.
  return (
    choose(candidates, false, chart, words, context, text) ??
    choose(candidates, true, chart, words, context, text)
  );
}

function choose(
  candidates: readonly CompiledSentence[],
  fallback: boolean,
  chart: Chart,
  words: ReadonlySet<string>,
  context: InterpretContext,
  text: string,
): Reading | undefined {
  const scored: { sentence: CompiledSentence; parse: Parse; score: number }[] = [];
  for (const sentence of candidates) {
    if (sentence.fallback !== fallback) continue;
    if (!mayMatch(sentence, words) || !chart.canBegin(sentence.root)) continue;
    for (const parse of chart.parse(sentence.root)) {
      const score = parse.literals + parse.quality + (sentence.group.weight ?? 0);
      scored.push({ sentence, parse, score });
    }
  }
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.score - a.score);
  let best: Reading | undefined;
  const seen = new Set<string>();
  for (const { sentence, parse, score } of scored) {
    if (seen.size >= CANDIDATES) break;
    // Resolving can add at most the bonus for finding something: past that, nothing can win.
    if (best?.good && score + FOUND_BONUS <= best.score) break;
    const key = `${sentence.group.id}|${parse.captures.map(captureKey).join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { interpretation, found, penalty } = resolve(
      sentence.group,
      parse.captures,
      context,
      text,
    );
    const guessed = parse.captures.some((c) => c.slot === 'unknown');
    const needsTarget = !['Cancel', 'Help', 'Teach', 'Feedback', 'Unknown'].includes(
      interpretation.intent,
    );
    const good = !guessed && (found || !needsTarget);
    const total = score + (found ? FOUND_BONUS : 0) - penalty;
    interpretation.template = sentence.group.id;
    if (!best || total > best.score || (good && !best.good))
      if (!best || good || !best.good) best = { interpretation, good, score: total };
  }
  return best;
}

/** Two parses are the same reading when they fill the same slots with the same things. */
function captureKey(c: Parse['captures'][number]): string {
  const ids = (c.value as { ids?: string[] } | undefined)?.ids;
  return `${c.slot}${c.start}-${c.end}${ids ? `=${ids.join('+')}` : ''}`;
}

const JOINERS = new Set(['and', 'then']);

/** "turn off the lights and lock the front door": each part read on its own, in order. */
function compound(
  tokens: Tokens,
  context: InterpretContext,
  text: string,
  depth: number,
): Interpretation | undefined {
  if (depth > 3) return undefined;
  for (let i = 1; i < tokens.raw.length - 1; i++) {
    if (!JOINERS.has(tokens.raw[i]!)) continue;
    const left = slice(tokens, 0, i);
    let r = i + 1;
    while (r < tokens.raw.length && JOINERS.has(tokens.raw[r]!)) r++;
    const right = slice(tokens, r, tokens.raw.length);
    if (right.raw.length === 0) continue;
    const first = part(left, context, left.raw.join(' '));
    if (!first) continue;
    const previous = { intent: first.intent, slots: first.slots, targets: first.targets };
    const next: InterpretContext = { ...context, previous, pending: undefined };
    const rightText = right.raw.join(' ');
    const second =
      part(right, next, rightText) ??
      pick(read(withAnd(right), next, rightText)) ??
      compound(right, next, rightText, depth + 1);
    if (!second) continue;
    const parts = [first, ...(second.parts ?? [second])];
    const names = [...new Set(parts.flatMap((p) => p.names ?? []))];
    return {
      ...first,
      text,
      targets: [...new Set(parts.flatMap((p) => p.targets))],
      parts,
      ...(names.length > 0 ? { names } : {}),
    };
  }
  return undefined;
}

const pick = (r: Reading | undefined) =>
  r?.good && r.interpretation.intent !== 'Unknown' ? r.interpretation : undefined;

/** One part of a compound request: a taught command's phrase, or a request the grammar reads. */
function part(tokens: Tokens, context: InterpretContext, text: string): Interpretation | undefined {
  const commands = taughtPhrases(context);
  const chosen = commands?.overriding.match(tokens.base);
  if (chosen) return runTaught(text, chosen);
  const heard = pick(read(tokens, context, text));
  if (heard) return heard;
  const other = commands?.others.match(tokens.base);
  return other ? runTaught(text, other) : undefined;
}

const slice = (t: Tokens, from: number, to: number): Tokens => ({
  raw: t.raw.slice(from, to),
  base: t.base.slice(from, to),
});
const withAnd = (t: Tokens): Tokens => ({ raw: ['and', ...t.raw], base: ['and', ...t.base] });

export function interpret(text: string, context: InterpretContext): Interpretation {
  const tokens = tokenize(typeof text === 'string' ? text.slice(0, 500) : '');
  if (tokens.raw.length === 0) return unknown(text);
  if (tokens.raw.length > MAX_LENGTH) return unknown(text);
  const own = context.routines && phraseIndex(context.routines).match(tokens.base);
  if (own) {
    return {
      text,
      intent: 'RunRoutine',
      slots: { name: own.name },
      targets: [],
      routine: { id: own.id, phrase: own.phrase },
    };
  }
  const skill = context.skills && matchSkillCall(tokens, context.skills, text);
  if (skill) {
    const { id, phrase, ask } = skill;
    return {
      text,
      intent: 'StartSkill',
      slots: { name: skill.name },
      targets: [],
      skill: { id, phrase, ...(ask !== undefined ? { ask } : {}) },
    };
  }
  const commands = taughtPhrases(context);
  const chosen = commands?.overriding.match(tokens.base);
  if (chosen) return runTaught(text, chosen);
  // Not while "which one?" waits for its answer, nor over a command the person taught on purpose.
  const learned =
    context.learned &&
    !context.pending &&
    !commands?.others.match(tokens.base) &&
    rewritten(text, tokens, context, context.learned);
  if (learned) return learned;
  const meant = understand(tokens, context, text, commands);
  if (commands && !understood(meant)) {
    const taught = commands.others.match(tokens.base) ?? commandSwitchedOn(meant, commands);
    if (taught) return runTaught(text, taught);
  }
  return meant;
}

/**
 * Words learned from rephrasing, read as the words that worked (learning/apply.ts): what the
 * person says now is kept as `text`, and `rewrite` says which rewrite read it, for "Why?".
 */
function rewritten(
  text: string,
  tokens: Tokens,
  context: InterpretContext,
  learned: readonly LearnedWords[],
): Interpretation | undefined {
  const {
    text: meant,
    rewrite,
    rewrites,
    said,
  } = applyRewrites(text, { rewrites: learned }, tokens);
  if (!rewrite) return undefined;
  const { learned: _learned, ...rest } = context;
  void _learned;
  return {
    ...interpret(meant, rest),
    text,
    rewrite: {
      id: rewrite.id,
      from: said ?? rewrite.from,
      to: rewrite.to,
      learnedAt: rewrite.promotedAt ?? rewrite.createdAt,
      all: rewrites.map((r) => r.id),
    },
  };
}

/** The request as the grammar reads it: exactly, as an answer, in parts, or forgiving typos. */
function understand(
  tokens: Tokens,
  context: InterpretContext,
  text: string,
  commands: TaughtPhrases | undefined,
): Interpretation {
  const answer = answerPending(tokens, context);
  const exact = read(tokens, context, text);
  if (answer) {
    // "turn on the porch light" while asked "which one?" is a new request, not an answer.
    const options = context.pending?.options ?? [];
    const fresh = exact?.good && exact.interpretation.targets.some((id) => !options.includes(id));
    if (!fresh) return answer;
  }
  if (exact?.good) return exact.interpretation;
  // A taught command said word for word, which the grammar does not read as said: the person's
  // own phrase is a better reading than a guess at typos or a split at "and".
  const taught = commands?.others.exact(tokens.base);
  if (taught) return runTaught(text, taught);
  if (tokens.raw.some((t) => JOINERS.has(t))) {
    const parts = compound(tokens, context, text, 0);
    if (parts) return parts;
  }
  const concepts = context.taught?.concepts;
  const corrected = correct(
    tokens,
    contextLexicon(context),
    compiled().words,
    concepts && concepts.length > 0 ? conceptIndex(concepts).words : undefined,
  );
  if (corrected.any) {
    const forgiving = read(corrected.tokens, context, text, corrected.typos);
    if (forgiving?.good) return forgiving.interpretation;
    if (!exact) return forgiving?.interpretation ?? unknown(text);
  }
  return exact?.interpretation ?? unknown(text);
}
