// Matching tokens against a compiled template: a backtracking walk over the template tree that
// collects every complete parse (bounded), each with its slot captures. Slot values come from
// a `SlotSource` (the home's names, colour names, numbers…), which may offer several spans at a
// position ("living room" the area, or "living room lamp" the light).
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

/** Captures as a persistent list, so that backtracking shares prefixes instead of copying. */
type Chain = { head: Capture; tail: Chain } | undefined;

export interface Parse {
  captures: Capture[];
  /** Literal words the template matched. */
  literals: number;
}

const MAX_PARSES = 64;

export function matchTemplate(
  root: Node,
  tokens: Tokens,
  slots: SlotSource,
  out: Parse[],
): void {
  const n = tokens.raw.length;
  let budget = 20_000;

  function walk(
    node: Node,
    at: number,
    chain: Chain,
    literals: number,
    k: (at: number, chain: Chain, literals: number) => void,
  ): void {
    if (out.length >= MAX_PARSES || --budget < 0) return;
    switch (node.t) {
      case 'word':
        if (at < n && (tokens.raw[at] === node.raw || tokens.base[at] === node.base))
          k(at + 1, chain, literals + 1);
        return;
      case 'seq': {
        const step = (index: number, pos: number, c: Chain, lit: number): void => {
          if (index === node.items.length) k(pos, c, lit);
          else walk(node.items[index]!, pos, c, lit, (p, c2, l2) => step(index + 1, p, c2, l2));
        };
        step(0, at, chain, literals);
        return;
      }
      case 'alt':
        for (const option of node.options) walk(option, at, chain, literals, k);
        return;
      case 'opt':
        walk(node.item, at, chain, literals, k);
        k(at, chain, literals);
        return;
      case 'slot':
        if (at >= n) return;
        for (const span of slots(node.list, tokens, at)) {
          const head: Capture = {
            slot: node.slot,
            list: node.list,
            value: span.value,
            start: at,
            end: span.end,
            quality: span.quality,
          };
          k(span.end, { head, tail: chain }, literals);
        }
        return;
      case 'rule':
        throw new Error(`rule <${node.name}> was not expanded`);
    }
  }

  walk(root, 0, undefined, 0, (at, chain, literals) => {
    if (at !== n) return;
    const captures: Capture[] = [];
    for (let c = chain; c; c = c.tail) captures.unshift(c.head);
    out.push({ captures, literals });
  });
}
