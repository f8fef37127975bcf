// Small pieces of English the routine summaries are built from: names looked up in the home (never
// ids), days of the week, durations, and verbs that agree with plural-sounding device names.
import { isPluralName, joinList, theName } from '../assistant/words.ts';
import type { Entity, Home } from '../home/model.ts';
import type { TemperatureUnit } from '../settings/settings.ts';

/** What a summary needs besides the routine: the home for names, the person's unit. */
export interface SummaryContext {
  home: Home;
  unit: TemperatureUnit;
  /** A routine's name by id; undefined when it was deleted. */
  routineName?: (id: string) => string | undefined;
  /** A taught command's name (what is said) by id; undefined when it was deleted. */
  taughtName?: (id: string) => string | undefined;
}

export const MISSING_DEVICE = 'a device that no longer exists';
export const MISSING_PERSON = 'someone who is no longer in the household';
export const MISSING_ROOM = 'a room that no longer exists';

export function findEntity(ctx: SummaryContext, id: string): Entity | undefined {
  return ctx.home.entities.find((e) => e.id === id);
}

/** "the Front door", "Emma", or words saying it is gone. */
export function nameOf(entity: Entity | undefined, missing = MISSING_DEVICE): string {
  return entity ? theName(entity) : missing;
}

export function areaName(ctx: SummaryContext, areaId: string): string {
  const area = ctx.home.areas.find((a) => a.id === areaId);
  return area ? `the ${area.name}` : MISSING_ROOM;
}

/**
 * A verb phrase agreeing with its subject: "opens" for "the Front door", "open" for "the Bedroom
 * curtains". Phrases are written for one thing; only the first word changes.
 */
export function agree(entity: Entity | undefined, phrase: string): string {
  if (!entity || entity.domain === 'person' || !isPluralName(entity.name)) return phrase;
  const [verb = '', ...rest] = phrase.split(' ');
  const plural =
    verb === 'is'
      ? 'are'
      : verb === 'has'
        ? 'have'
        : verb === 'goes'
          ? 'go'
          : verb.replace(/s$/, '');
  return [plural, ...rest].join(' ');
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The days a schedule keeps, in order and once each. */
function daySet(days: readonly number[]): number[] {
  return [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** "every day", "on weekdays", "at weekends", "on Mondays and Thursdays". */
export function daysPhrase(days: readonly number[]): string {
  const set = daySet(days);
  if (set.length === 7) return 'every day';
  if (same(set, [1, 2, 3, 4, 5])) return 'on weekdays';
  if (same(set, [6, 7])) return 'at weekends';
  return `on ${joinList(set.map((d) => `${DAY_NAMES[d - 1]}s`))}`;
}

/** The same days as something that is so: "it is a weekday", "it is Monday or Thursday". */
export function daysClause(days: readonly number[]): string {
  const set = daySet(days);
  if (set.length === 7) return 'it is any day';
  if (same(set, [1, 2, 3, 4, 5])) return 'it is a weekday';
  if (same(set, [6, 7])) return 'it is the weekend';
  return `it is ${joinList(
    set.map((d) => DAY_NAMES[d - 1] ?? ''),
    'or',
  )}`;
}

const unitWords = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** "1 hour 30 minutes", "10 minutes", "45 seconds". */
export function durationWords(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const parts = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, unit]) => unitWords(count, unit));
  return said.length === 0 ? '0 seconds' : said.join(' ');
}

/** Long texts (what to say, a notification) are cut so a summary stays one readable line. */
export function clip(text: string, max = 60): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
