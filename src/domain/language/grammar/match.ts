// Matching tokens against the compiled templates: a chart parser. What a template node can match
// from a position is worked out once per request and remembered, so rules shared by many
// sentences (a target, a place) are matched once, and optional parts cannot multiply the work.
// Each (node, position) keeps its few best results per end position, which bounds the work on
// long or odd inputs while keeping every reachable reading.
import type { Tokens } from '../normalize.ts';
import type { Node } from './syntax.ts';

export interface Capture {
  slot: string;
  list: string;
  value: unknown;
  start: number;
  end: number;
  /** How good a fit: exact names score higher than corrected or partial ones. */
  quality: number;
}

export interface SpanValue {
  end: number;
  value: unknown;
  quality: number;
}

export type SlotSource = (list: string, tokens: Tokens, at: number) => readonly SpanValue[];

export interface Parse {
  captures: readonly Capture[];
  /** Literal words the template matched. */
  literals: number;
  /** Sum of the captures' qualities. */
  quality: number;
}

interface Result extends Parse {
  end: number;
}

/** Results kept per end position of one node at one position. */
const PER_END = 4;
const EMPTY: readonly Capture[] = [];
const NONE: Result[] = [];

const score = (r: Result) => r.literals + r.quality;

function keepBest(results: Result[]): Result[] {
  if (results.length <= PER_END) return results;
  results.sort((a, b) => a.end - b.end || score(b) - score(a));
  const kept: Result[] = [];
  let count = 0;
  for (let i = 0; i < results.length; i++) {
    count = i > 0 && results[i]!.end === results[i - 1]!.end ? count + 1 : 1;
    if (count <= PER_END) kept.push(results[i]!);
  }
  return kept;
}

/** One request's chart: shared by every sentence tried on it. */
export class Chart {
  /** Results by node id and position, keyed `id * width + at`. */
  private readonly memo = new Map<number, Result[]>();
  private readonly n: number;
  private readonly width: number;
  /** The result of a word matched at each position, and of matching nothing there. */
  private readonly wordAt: Result[][];
  private readonly emptyAt: Result[];

  constructor(
    private readonly tokens: Tokens,
    private readonly slots: SlotSource,
  ) {
    this.n = tokens.raw.length;
    this.width = this.n + 1;
    this.wordAt = [];
    this.emptyAt = [];
    for (let at = 0; at <= this.n; at++) {
      this.wordAt.push([{ end: at + 1, captures: EMPTY, literals: 1, quality: 0 }]);
      this.emptyAt.push({ end: at, captures: EMPTY, literals: 0, quality: 0 });
    }
  }

  /** Complete parses of the whole request by a template. */
  parse(root: Node): Parse[] {
    return this.match(root, 0).filter((r) => r.end === this.n);
  }

  /** Whether the request's first word can begin a sentence. */
  canBegin(root: Node): boolean {
    return this.canStart(root, 0);
  }

  /** Whether anything at `at` can begin the node: most alternatives fail on their first word. */
  private canStart(node: Node, at: number): boolean {
    if (node.canBeEmpty !== false) return true;
    if (at >= this.n) return false;
    const words = node.startWords!;
    if (words.has(this.tokens.raw[at]!) || words.has(this.tokens.base[at]!)) return true;
    for (const list of node.startLists!)
      if (this.slots(list, this.tokens, at).length > 0) return true;
    return false;
  }

  private match(node: Node, at: number): Result[] {
    if (node.t === 'word')
      return at < this.n && (this.tokens.raw[at] === node.raw || this.tokens.base[at] === node.base)
        ? this.wordAt[at]!
        : NONE;
    if (node.id === undefined) return this.loose(node, at);
    const key = node.id * this.width + at;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const results = this.canStart(node, at) ? keepBest(this.compute(node, at)) : NONE;
    this.memo.set(key, results);
    return results;
  }

  /** Nodes that were not compiled (hand-made templates in tests): remembered by identity. */
  private readonly others = new Map<Node, Result[][]>();
  private loose(node: Node, at: number): Result[] {
    let row = this.others.get(node);
    if (!row) {
      row = [];
      this.others.set(node, row);
    }
    return (row[at] ??= keepBest(this.compute(node, at)));
  }

  private compute(node: Node, at: number): Result[] {
    switch (node.t) {
      case 'word':
        return this.match(node, at);
      case 'opt': {
        const inner = this.match(node.item, at);
        return inner.length === 0 ? [this.emptyAt[at]!] : [this.emptyAt[at]!, ...inner];
      }
      case 'alt': {
        let out: Result[] | undefined;
        let only: Result[] = NONE;
        for (const option of node.options) {
          const r = this.match(option, at);
          if (r.length === 0) continue;
          if (only.length === 0 && !out) only = r;
          else {
            out ??= [...only];
            for (const x of r) out.push(x);
          }
        }
        return out ?? only;
      }
      case 'slot': {
        if (at >= this.n) return NONE;
        const spans = this.slots(node.list, this.tokens, at);
        if (spans.length === 0) return NONE;
        return spans.map((span) => ({
          end: span.end,
          captures: [
            {
              slot: node.slot,
              list: node.list,
              value: span.value,
              start: at,
              end: span.end,
              quality: span.quality,
            },
          ],
          literals: 0,
          quality: span.quality,
        }));
      }
      case 'seq': {
        let partial: Result[] = [this.emptyAt[at]!];
        let empty = true; // partial is still "nothing matched yet"
        for (const item of node.items) {
          if (empty) {
            // The first item that matches anything: its results are the partial results as they are.
            const rs = this.match(item, at);
            if (rs.length === 0) return NONE;
            if (rs.every((r) => r.end === at && r.literals === 0 && r.captures.length === 0))
              continue;
            partial = rs;
            empty = false;
            continue;
          }
          const next: Result[] = [];
          for (const p of partial) {
            const rs = this.match(item, p.end);
            for (const r of rs) {
              if (r.captures.length === 0 && r.literals === 0) next.push(p);
              else
                next.push({
                  end: r.end,
                  captures: r.captures.length === 0 ? p.captures : p.captures.concat(r.captures),
                  literals: p.literals + r.literals,
                  quality: p.quality + r.quality,
                });
            }
          }
          if (next.length === 0) return NONE;
          partial = next.length > PER_END ? keepBest(next) : next;
        }
        return partial;
      }
      case 'rule':
        throw new Error(`rule <${node.name}> was not expanded`);
    }
  }
}
