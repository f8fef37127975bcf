// The sentence template language, in the spirit of Home Assistant's intents format:
//   words            literal words (matched in singular or plural)
//   (a | b c)        one of the alternatives
//   [a | b]          optional (one of the alternatives, or nothing)
//   {list}           a slot filled from a list: {area}, {name}, {number:brightness}
//   <rule>           an expansion rule, defined once and reused
// Templates are parsed once into this tree; `compile.ts` expands rules and indexes them.
import { singular } from '../normalize.ts';

/**
 * Set once by compiling: a number per node for the chart's table, and what the node can start
 * with, so that the chart skips nodes the next word cannot begin.
 */
export interface Compiled {
  id?: number;
  startWords?: ReadonlySet<string>;
  startLists?: readonly string[];
  /** The node can match nothing at all. */
  canBeEmpty?: boolean;
}

export type Node = Compiled &
  (
    | { t: 'word'; raw: string; base: string }
    | { t: 'seq'; items: Node[] }
    | { t: 'alt'; options: Node[] }
    | { t: 'opt'; item: Node }
    /** `list` names the source of values, `slot` where the value goes. */
    | { t: 'slot'; list: string; slot: string }
    | { t: 'rule'; name: string }
  );

export class TemplateError extends Error {}

export function parseTemplate(source: string): Node {
  let i = 0;
  const fail = (why: string): never => {
    throw new TemplateError(`${why} at ${i} in "${source}"`);
  };

  function alternatives(close: string | undefined): Node {
    const options: Node[] = [sequence(close)];
    while (source[i] === '|') {
      i++;
      options.push(sequence(close));
    }
    if (close !== undefined) {
      if (source[i] !== close) fail(`expected "${close}"`);
      i++;
    } else if (i < source.length) fail('unexpected character');
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  function sequence(close: string | undefined): Node {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== close) {
      const c = source[i]!;
      if (c === ' ') i++;
      else if (c === '(') {
        i++;
        items.push(alternatives(')'));
      } else if (c === '[') {
        i++;
        items.push({ t: 'opt', item: alternatives(']') });
      } else if (c === '{' || c === '<') {
        const end = source.indexOf(c === '{' ? '}' : '>', i);
        if (end < 0) fail('unclosed name');
        const name = source.slice(i + 1, end).trim();
        if (!/^[a-z_]+(:[a-z_]+)?$/.test(name)) fail(`bad name "${name}"`);
        i = end + 1;
        if (c === '<') items.push({ t: 'rule', name });
        else {
          const [list, slot] = name.split(':') as [string, string | undefined];
          items.push({ t: 'slot', list, slot: slot ?? list });
        }
      } else if (c === ')' || c === ']' || c === '}' || c === '>') fail(`unexpected "${c}"`);
      else {
        const m = /^[^\s()[\]{}<>|]+/.exec(source.slice(i));
        const raw = m![0];
        i += raw.length;
        items.push({ t: 'word', raw, base: singular(raw) });
      }
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  return alternatives(undefined);
}
