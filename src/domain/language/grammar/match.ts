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
  private readonly memo = new Map<Node, Result[][]>();
  private readonly n: number;

  constructor(
    private readonly tokens: Tokens,
    private readonly slots: SlotSource,
  ) {
    this.n = tokens.raw.length;
  }

  /** Complete parses of the whole request by a template. */
  parse(root: Node): Parse[] {
    return this.match(root, 0).filter((r) => r.end === this.n);
  }

  private match(node: Node, at: number): Result[] {
    let row = this.memo.get(node);
    if (!row) {
      row = [];
      this.memo.set(node, row);
    }
    const cached = row[at];
    if (cached) return cached;
    const results = keepBest(this.compute(node, at));
    row[at] = results;
    return results;
  }

  private compute(node: Node, at: number): Result[] {
    const { tokens, n } = this;
    switch (node.t) {
      case 'word':
        return at < n && (tokens.raw[at] === node.raw || tokens.base[at] === node.base)
          ? [{ end: at + 1, captures: EMPTY, literals: 1, quality: 0 }]
          : [];
      case 'opt':
        return [
          { end: at, captures: EMPTY, literals: 0, quality: 0 },
          ...this.match(node.item, at),
        ];
      case 'alt':
        return node.options.flatMap((o) => this.match(o, at));
      case 'slot':
        if (at >= n) return [];
        return this.slots(node.list, tokens, at).map((span) => ({
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
      case 'seq': {
        let partial: Result[] = [{ end: at, captures: EMPTY, literals: 0, quality: 0 }];
        for (const item of node.items) {
          const next: Result[] = [];
          for (const p of partial) {
            for (const r of this.match(item, p.end)) {
              next.push({
                end: r.end,
                captures: r.captures.length === 0 ? p.captures : p.captures.concat(r.captures),
                literals: p.literals + r.literals,
                quality: p.quality + r.quality,
              });
            }
          }
          if (next.length === 0) return [];
          partial = keepBest(next);
        }
        return partial;
      }
      case 'rule':
        throw new Error(`rule <${node.name}> was not expanded`);
    }
  }
}
