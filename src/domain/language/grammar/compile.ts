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
}

interface First {
  words: Set<string>;
  lists: Set<string>;
  /** The node can match nothing at all. */
  empty: boolean;
}

function first(node: Node): First {
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
  return groups.flatMap((group) =>
    group.sentences.map((source) => {
      const root = expand(parseTemplate(source), rules, 0, done);
      return { group, source, root, required: required(root), first: first(root) };
    }),
  );
}

/** Whether a request has the words a sentence cannot do without. */
export function mayMatch(sentence: CompiledSentence, words: ReadonlySet<string>): boolean {
  return sentence.required.every((any) => any.some((w) => words.has(w)));
}
