// What an edit keeps of a taught item and a new one starts with: its id, where it came from and
// when. The form changes only what it means (phrases and steps, a word and its settings, a name and
// what it names); renaming is an edit, so a renamed item keeps its history. `overrides` is not
// kept: saving asks again about any collision and sets it when the person confirms.
import type { TaughtItem, TaughtSource } from '../../domain/teaching/model.ts';

export interface ItemBase {
  id: string;
  source: TaughtSource;
  taughtAt: number;
  updatedAt: number;
}

export function baseOf(item: TaughtItem): ItemBase {
  return { id: item.id, source: item.source, taughtAt: item.taughtAt, updatedAt: item.updatedAt };
}

/** A new item taught in this form, at simulated time `now`. */
export function newBase(id: string, now: number): ItemBase {
  return { id, source: 'form', taughtAt: now, updatedAt: now };
}

type Meaning<K extends TaughtItem['kind']> = Omit<
  Extract<TaughtItem, { kind: K }>,
  keyof ItemBase | 'overrides'
>;

/** The item to save: what the form says it means, under the base's id and history. */
export function withBase<K extends TaughtItem['kind']>(
  meaning: Meaning<K>,
  base: ItemBase,
): Extract<TaughtItem, { kind: K }> {
  return { ...base, ...meaning } as Extract<TaughtItem, { kind: K }>;
}
