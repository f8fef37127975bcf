// The list's words: how many things were learned, and the sections they are shown in.
import type { TaughtItem, TaughtKind } from '../../domain/teaching/model.ts';

export const SECTIONS: readonly { kind: TaughtKind; title: string; one: string; many: string }[] = [
  { kind: 'command', title: 'Commands', one: 'command', many: 'commands' },
  { kind: 'concept', title: 'Setting words', one: 'setting word', many: 'setting words' },
  { kind: 'name', title: 'Names', one: 'name', many: 'names' },
];

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 things: 1 command, 1 setting word and 1 name"; "Nothing taught yet" for none. */
export function countWords(items: readonly TaughtItem[]): string {
  if (items.length === 0) return 'Nothing taught yet';
  const parts = SECTIONS.map((s) => ({ s, n: items.filter((i) => i.kind === s.kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => counted(n, s.one, s.many));
  const total = counted(items.length, 'thing', 'things');
  if (parts.length === 1) return total;
  const last = parts.pop() ?? '';
  return `${total}: ${parts.join(', ')} and ${last}`;
}
