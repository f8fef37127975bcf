// The chart parser on a tiny hand-made grammar and slot source: literal words in singular or
// plural, optional parts, alternatives, slots that can end at several places, sharing work
// between sentences, and a bound on the results however many readings a request has.
import { describe, expect, it } from 'vitest';
import { singular, type Tokens } from '../normalize.ts';
import { Chart, type SlotSource, type SpanValue } from './match.ts';
import { parseTemplate, type Node } from './syntax.ts';

const tokens = (text: string): Tokens => {
  const raw = text.split(' ').filter((w) => w.length > 0);
  return { raw, base: raw.map(singular) };
};

/** Names of a pretend home, and kinds of device. */
const LISTS: Record<string, Record<string, string>> = {
  name: { 'living room': 'Living room', 'living room lamp': 'Living room lamp', lamp: 'Lamp' },
  device: { lamp: 'lamp', light: 'light' },
};

/** Every phrase of the list starting at `at`, one span per phrase; digits for `number`. */
const source: SlotSource = (list, t, at) => {
  if (list === 'number')
    return /^\d+$/.test(t.raw[at]!) ? [{ end: at + 1, value: Number(t.raw[at]), quality: 1 }] : [];
  const spans: SpanValue[] = [];
  for (const [phrase, value] of Object.entries(LISTS[list] ?? {})) {
    const words = phrase.split(' ');
    if (words.every((w, i) => t.base[at + i] === w))
      spans.push({ end: at + words.length, value, quality: words.length });
  }
  return spans;
};

const parse = (template: string | Node, text: string, slots: SlotSource = source) =>
  new Chart(tokens(text), slots).parse(
    typeof template === 'string' ? parseTemplate(template) : template,
  );

describe('Chart', () => {
  it('matches a whole request, never a part of it', () => {
    expect(parse('turn on', 'turn on')).toHaveLength(1);
    expect(parse('turn on', 'turn on now')).toEqual([]);
    expect(parse('turn on now', 'turn on')).toEqual([]);
  });

  it('counts the literal words matched', () => {
    expect(parse('turn on', 'turn on')[0]).toMatchObject({ literals: 2, quality: 0, captures: [] });
  });

  it('matches words in the singular or the plural', () => {
    expect(parse('lights on', 'light on')).toHaveLength(1);
    expect(parse('light on', 'lights on')).toHaveLength(1);
  });

  it('allows optional parts to be there or not', () => {
    const template = 'turn on [the] lamp [please]';
    expect(parse(template, 'turn on lamp')).toHaveLength(1);
    expect(parse(template, 'turn on the lamp')).toHaveLength(1);
    expect(parse(template, 'turn on the lamp please')[0]!.literals).toBe(5);
    expect(parse(template, 'turn on a lamp')).toEqual([]);
  });

  it('tries every alternative', () => {
    const template = '(turn|switch) (on|off) lamp';
    for (const text of ['turn on lamp', 'switch off lamp', 'turn off lamp'])
      expect(parse(template, text)).toHaveLength(1);
    expect(parse(template, 'flip on lamp')).toEqual([]);
  });

  it('captures slots with where they start and end, and the list they came from', () => {
    const [only] = parse('set {name} to {number:brightness}', 'set lamp to 50');
    expect(only?.captures).toEqual([
      { slot: 'name', list: 'name', value: 'Lamp', start: 1, end: 2, quality: 1 },
      { slot: 'brightness', list: 'number', value: 50, start: 3, end: 4, quality: 1 },
    ]);
    expect(only?.quality).toBe(2);
  });

  it('keeps every reading when a slot can end at several places', () => {
    const parses = parse('{name} [{device}]', 'living room lamp');
    const readings = parses.map((p) => p.captures.map((c) => `${c.slot}=${c.value}`).join(' '));
    expect(readings.sort()).toEqual(['name=Living room device=lamp', 'name=Living room lamp']);
  });

  it('finds nothing in an empty request except what may be empty', () => {
    expect(parse('[please]', '')).toHaveLength(1);
    expect(parse('{name}', '')).toEqual([]);
    expect(parse('lamp', '')).toEqual([]);
  });

  it('asks the slot source once per node and position, however many sentences share it', () => {
    let calls = 0;
    const counting: SlotSource = (list, t, at) => {
      calls++;
      return source(list, t, at);
    };
    // Compiled sentences share expanded rules: the same node object in two sentences.
    const target = parseTemplate('{name}');
    const first: Node = { t: 'seq', items: [parseTemplate('turn on'), target] };
    const second: Node = { t: 'seq', items: [parseTemplate('(turn|switch) on'), target] };
    const chart = new Chart(tokens('turn on lamp'), counting);
    expect(chart.parse(first)).toHaveLength(1);
    expect(chart.parse(second)).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('keeps only the best few readings that end at the same place', () => {
    const many: SlotSource = (_list, t) =>
      [1, 2, 3, 4, 5, 6].map((quality) => ({ end: t.raw.length, value: quality, quality }));
    const parses = parse('{x}', 'a b c', many);
    expect(parses.map((p) => p.quality).sort()).toEqual([3, 4, 5, 6]);
    expect(parses.map((p) => p.captures[0]!.start)).toEqual([0, 0, 0, 0]);
  });

  it('bounds the results when optional words could be matched in many ways', () => {
    // Five "a"s fit ten optional "a"s in 252 ways; a few are enough.
    const parses = parse(Array(10).fill('[a]').join(' '), 'a a a a a');
    expect(parses.length).toBeGreaterThan(0);
    expect(parses.length).toBeLessThanOrEqual(4);
  });

  it('stays quick and bounded on a long request that a loose template fits everywhere', () => {
    const anything: SlotSource = (_list, t, at) =>
      [1, 2, 3, 4, 5]
        .filter((n) => at + n <= t.raw.length)
        .map((n) => ({ end: at + n, value: n, quality: -n }));
    const template = Array(30).fill('[{any}]').join(' ');
    const text = Array(60).fill('blah').join(' ');
    const started = performance.now();
    const parses = parse(template, text, anything);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parses.length).toBeGreaterThan(0);
    expect(parses.length).toBeLessThanOrEqual(4);
  });

  it('refuses a rule that was not expanded', () => {
    expect(() => parse('<target>', 'lamp')).toThrow('rule <target> was not expanded');
  });
});
