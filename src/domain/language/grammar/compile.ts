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
}

function expand(node: Node, rules: Map<string, Node>, depth: number): Node {
  if (depth > 12) throw new Error('rules nest too deeply');
  switch (node.t) {
    case 'rule': {
      const rule = rules.get(node.name);
      if (!rule) throw new Error(`unknown rule <${node.name}>`);
      return expand(rule, rules, depth + 1);
    }
    case 'seq':
      return { t: 'seq', items: node.items.map((n) => expand(n, rules, depth)) };
    case 'alt':
      return { t: 'alt', options: node.options.map((n) => expand(n, rules, depth)) };
    case 'opt':
      return { t: 'opt', item: expand(node.item, rules, depth) };
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
  return groups.flatMap((group) =>
    group.sentences.map((source) => {
      const root = expand(parseTemplate(source), rules, 0);
      return { group, source, root, required: required(root) };
    }),
  );
}

/** Whether a request has the words a sentence cannot do without. */
export function mayMatch(sentence: CompiledSentence, words: ReadonlySet<string>): boolean {
  return sentence.required.every((any) => any.some((w) => words.has(w)));
}
