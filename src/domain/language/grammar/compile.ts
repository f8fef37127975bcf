// Compiling the grammar once: every sentence parsed, its rules expanded, and the words it cannot
// match without noted, so that a request is only tried against sentences whose words it has.
import type { Node } from './syntax.ts';
import { parseTemplate } from './syntax.ts';
import type { SentenceGroup } from './sentences.ts';
import { GROUPS, RULES } from './sentences.ts';

export interface CompiledSentence {
  group: SentenceGroup;
  source: string;
  root: Node;
  /** Each entry: at least one of these words must be in the request. */
  required: readonly (readonly string[])[];
  /** Words the sentence can start with, and lists whose values can start it. */
  first: { words: ReadonlySet<string>; lists: ReadonlySet<string>; empty: boolean };
  /**
   * The sentence reads unknown words as a name ("turn on movie mode") or as a setting nobody
   * taught ("set the lamp to study mode"): tried only when no sentence of known words fits,
   * since such a reading never wins over one that does.
   */
  fallback: boolean;
}

function usesList(node: Node, list: string): boolean {
  switch (node.t) {
    case 'slot':
      return node.list === list;
    case 'seq':
      return node.items.some((n) => usesList(n, list));
    case 'alt':
      return node.options.some((n) => usesList(n, list));
    case 'opt':
      return usesList(node.item, list);
    default:
      return false;
  }
}

/** Lists that take any words: sentences with them are the fallbacks. */
const WILDCARDS = ['any', 'setting'];

export interface First {
  words: Set<string>;
  lists: Set<string>;
  /** The lists as an array, for the hot loop. */
  listArray?: string[];
  /** The node can match nothing at all. */
  empty: boolean;
}

const firstCache = new WeakMap<Node, First>();

/** What a node can start with; remembered per node (rules are shared nodes). */
export function first(node: Node): First & { listArray: string[] } {
  let known = firstCache.get(node);
  if (!known) {
    known = computeFirst(node);
    known.listArray = [...known.lists];
    firstCache.set(node, known);
  }
  return known as First & { listArray: string[] };
}

function computeFirst(node: Node): First {
  switch (node.t) {
    case 'word':
      return { words: new Set([node.raw, node.base]), lists: new Set(), empty: false };
    case 'slot':
      return { words: new Set(), lists: new Set([node.list]), empty: false };
    case 'opt': {
      const f = first(node.item);
      return { ...f, empty: true };
    }
    case 'alt': {
      const out: First = { words: new Set(), lists: new Set(), empty: false };
      for (const o of node.options) {
        const f = first(o);
        f.words.forEach((w) => out.words.add(w));
        f.lists.forEach((l) => out.lists.add(l));
        out.empty ||= f.empty;
      }
      return out;
    }
    case 'seq': {
      const out: First = { words: new Set(), lists: new Set(), empty: true };
      for (const item of node.items) {
        const f = first(item);
        f.words.forEach((w) => out.words.add(w));
        f.lists.forEach((l) => out.lists.add(l));
        if (!f.empty) {
          out.empty = false;
          break;
        }
      }
      return out;
    }
    case 'rule':
      throw new Error('rules are expanded before');
  }
}

/** Every literal word of the grammar: words a request may use that are not names. */
export function grammarWords(sentences: readonly CompiledSentence[]): Set<string> {
  const words = new Set<string>();
  const visit = (node: Node): void => {
    if (node.t === 'word') {
      words.add(node.raw);
      words.add(node.base);
    } else if (node.t === 'seq') node.items.forEach(visit);
    else if (node.t === 'alt') node.options.forEach(visit);
    else if (node.t === 'opt') visit(node.item);
  };
  sentences.forEach((s) => visit(s.root));
  return words;
}

/** Rules are expanded once and shared, so a request's chart matches each rule once per position. */
function expand(
  node: Node,
  rules: Map<string, Node>,
  depth: number,
  done = new Map<string, Node>(),
): Node {
  if (depth > 12) throw new Error('rules nest too deeply');
  switch (node.t) {
    case 'rule': {
      const known = done.get(node.name);
      if (known) return known;
      const rule = rules.get(node.name);
      if (!rule) throw new Error(`unknown rule <${node.name}>`);
      const expanded = expand(rule, rules, depth + 1, done);
      done.set(node.name, expanded);
      return expanded;
    }
    case 'seq':
      return { t: 'seq', items: node.items.map((n) => expand(n, rules, depth, done)) };
    case 'alt':
      return { t: 'alt', options: node.options.map((n) => expand(n, rules, depth, done)) };
    case 'opt':
      return { t: 'opt', item: expand(node.item, rules, depth, done) };
    default:
      return node;
  }
}

function required(node: Node): string[][] {
  switch (node.t) {
    case 'word':
      return [[node.raw, node.base]];
    case 'seq':
      return node.items.flatMap(required);
    case 'alt': {
      const firsts = node.options.map((o) => required(o)[0]);
      return firsts.every((f) => f !== undefined) ? [[...new Set(firsts.flat())]] : [];
    }
    default:
      return [];
  }
}

export function compileGrammar(
  groups: readonly SentenceGroup[] = GROUPS,
  ruleSources: Readonly<Record<string, string>> = RULES,
): CompiledSentence[] {
  const rules = new Map<string, Node>();
  for (const [name, source] of Object.entries(ruleSources)) rules.set(name, parseTemplate(source));
  const done = new Map<string, Node>();
  const compiled = groups.flatMap((group) =>
    group.sentences.map((source) => {
      const root = expand(parseTemplate(source), rules, 0, done);
      return {
        group,
        source,
        root,
        required: required(root),
        first: first(root),
        fallback: WILDCARDS.some((list) => usesList(root, list)),
      };
    }),
  );
  let next = 0;
  const number = (node: Node): void => {
    if (node.id !== undefined) return;
    node.id = next++;
    const f = first(node);
    node.startWords = f.words;
    node.startLists = f.listArray;
    node.canBeEmpty = f.empty;
    if (node.t === 'seq') node.items.forEach(number);
    else if (node.t === 'alt') node.options.forEach(number);
    else if (node.t === 'opt') number(node.item);
  };
  compiled.forEach((c) => number(c.root));
  return compiled;
}

/** Whether a request has the words a sentence cannot do without. */
export function mayMatch(sentence: CompiledSentence, words: ReadonlySet<string>): boolean {
  return sentence.required.every((any) => any.some((w) => words.has(w)));
}

/** How many nodes the compiled grammar has: the chart's table is that wide. */
export function countNodes(sentences: readonly CompiledSentence[]): number {
  let most = 0;
  const visit = (node: Node): void => {
    most = Math.max(most, (node.id ?? 0) + 1);
    if (node.t === 'seq') node.items.forEach(visit);
    else if (node.t === 'alt') node.options.forEach(visit);
    else if (node.t === 'opt') visit(node.item);
  };
  sentences.forEach((s) => visit(s.root));
  return most;
}

/** Sentences found by the words of a request: each indexed under one set of words it needs. */
export interface SentenceIndex {
  candidates(words: ReadonlySet<string>): CompiledSentence[];
}

export function indexSentences(sentences: readonly CompiledSentence[]): SentenceIndex {
  const always: number[] = [];
  const byWord = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    // The smallest set of words the sentence cannot do without is the most selective key.
    const key = [...sentence.required].sort((a, b) => a.length - b.length)[0];
    if (!key) return void always.push(i);
    for (const word of new Set(key)) {
      const list = byWord.get(word) ?? [];
      list.push(i);
      byWord.set(word, list);
    }
  });
  return {
    candidates(words) {
      // In grammar order, so that ties between equally good parses are settled the same way.
      const marked = new Uint8Array(sentences.length);
      for (const i of always) marked[i] = 1;
      for (const word of words) for (const i of byWord.get(word) ?? []) marked[i] = 1;
      const found: CompiledSentence[] = [];
      for (let i = 0; i < marked.length; i++) if (marked[i]) found.push(sentences[i]!);
      return found;
    },
  };
}
