// Small pieces of English the replies are built from: lists, plurals, articles, agreement.
import type { Entity } from '../home/model.ts';

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "A", "A and B", "A, B and C" (or "or" for questions). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A list a listener can take in: "A, B, C and 3 more" past `max` items. */
export function shortList(items: readonly string[], max = 3): string {
  if (items.length <= max + 1) return joinList(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** "lights", "switches", "people", "TVs". */
export function plural(noun: string): string {
  if (noun === 'person') return 'people';
  if (/(s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * Whether a device's name reads as plural ("Kitchen counter lights", "Bedroom curtains"), so that
 * the verb agrees: "the Bedroom curtains are open".
 */
export function isPluralName(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return /[^su'’]s$/i.test(last) && !/(ss|us|is)$/i.test(last);
}

/** Names of people stand alone ("Tom is away"); devices take "the" ("the Front door"). */
export function theName(entity: Entity): string {
  if (entity.domain === 'person' || /^the\s/i.test(entity.name)) return entity.name;
  return `the ${entity.name}`;
}

/** "is"/"are" for a group of entities or a plural-sounding name. */
export function be(entities: readonly Entity[], tense: 'now' | 'past' = 'now'): string {
  const many = entities.length !== 1 || isPluralName(entities[0]?.name ?? '');
  if (tense === 'past') return many ? 'were' : 'was';
  return many ? 'are' : 'is';
}

/** A phrase quoted back to the person: ‘porch’. */
export const quote = (text: string) => `'${text}'`;

/** A media title or example as spoken text: “So What by Miles Davis”. */
export const curly = (text: string) => `“${text}”`;
