// Compiling the grammar: rules expanded once and shared, the words a sentence cannot do without,
// the words it can start with; and the real grammar compiles with lists the slot source knows.
import { describe, expect, it } from 'vitest';
import { makeHome, makeLight } from '../../home/testing.ts';
import { lexiconOf } from '../lexicon.ts';
import { tokenize } from '../normalize.ts';
import { slotSource } from '../slots.ts';
import { compileGrammar, grammarWords, mayMatch } from './compile.ts';
import { GROUPS } from './sentences.ts';
import type { SentenceGroup } from './sentences.ts';
import type { Node } from './syntax.ts';

const group = (id: string, ...sentences: string[]): SentenceGroup => ({
  id,
  intent: 'HassTurnOn',
  sentences,
});

const RULES = { on: '(turn|switch) on', target: '{name} | {area} lights' };

function visit(node: Node, each: (n: Node) => void): void {
  each(node);
  if (node.t === 'seq') node.items.forEach((n) => visit(n, each));
  else if (node.t === 'alt') node.options.forEach((n) => visit(n, each));
  else if (node.t === 'opt') visit(node.item, each);
}

describe('compileGrammar', () => {
  it('expands rules, sharing one node per rule between sentences', () => {
    const [a, b] = compileGrammar(
      [group('a', '<on> <target>'), group('b', '<target> <on> [please]')],
      RULES,
    );
    const kinds: string[] = [];
    visit(a!.root, (n) => kinds.push(n.t));
    expect(kinds).not.toContain('rule');
    const first = (a!.root as Extract<Node, { t: 'seq' }>).items[1];
    const second = (b!.root as Extract<Node, { t: 'seq' }>).items[0];
    expect(first).toBe(second);
  });

  it('keeps the sentence it came from and its group', () => {
    const [compiled] = compileGrammar([group('a', 'lock <target>')], RULES);
    expect(compiled?.source).toBe('lock <target>');
    expect(compiled?.group.id).toBe('a');
  });

  it('refuses an unknown rule and a rule that uses itself', () => {
    expect(() => compileGrammar([group('a', '<nothing>')], RULES)).toThrow(
      'unknown rule <nothing>',
    );
    expect(() => compileGrammar([group('a', '<loop>')], { loop: 'x <loop>' })).toThrow(
      'rules nest too deeply',
    );
  });

  it('notes the words a sentence cannot do without', () => {
    const [compiled] = compileGrammar([group('a', '(open|close) [the] {name} slowly')], {});
    expect(compiled?.required).toEqual([
      ['open', 'close'],
      ['slowly', 'slowly'],
    ]);
    const words = (text: string) => new Set(tokenize(text).raw);
    expect(mayMatch(compiled!, words('open lamp slowly'))).toBe(true);
    expect(mayMatch(compiled!, words('close it slowly'))).toBe(true);
    expect(mayMatch(compiled!, words('open lamp'))).toBe(false);
  });

  it('notes the words and lists a sentence can start with', () => {
    const [a, b, c] = compileGrammar(
      [group('a', '[please] <on> {name}'), group('b', '{name} on'), group('c', '[please]')],
      RULES,
    );
    expect([...a!.first.words].sort()).toEqual(['please', 'switch', 'turn']);
    expect(a!.first.empty).toBe(false);
    expect([...b!.first.lists]).toEqual(['name']);
    expect(c!.first.empty).toBe(true);
  });

  it('lists every literal word, as written and in the singular', () => {
    const words = grammarWords(compileGrammar([group('a', 'lights (on|off) [{name}]')], {}));
    expect([...words].sort()).toEqual(['light', 'lights', 'off', 'on']);
  });
});

describe('the grammar', () => {
  const compiled = compileGrammar();

  it('compiles, every group with sentences and an id of its own', () => {
    expect(compiled.length).toBeGreaterThan(100);
    const ids = GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(GROUPS.filter((g) => g.sentences.length === 0)).toEqual([]);
  });

  it('uses only lists that the slot source knows', () => {
    const lists = new Set<string>();
    for (const sentence of compiled)
      visit(sentence.root, (n) => {
        if (n.t === 'slot') lists.add(n.list);
      });
    const source = slotSource(lexiconOf(makeHome(makeLight())));
    const tokens = tokenize('kitchen');
    for (const list of lists) expect(() => source(list, tokens, 0), list).not.toThrow();
    expect(() => source('no_such_list', tokens, 0)).toThrow('no slot list');
  });
});
