// The chore chart as data and its answers in words: whose chores fall on which weekday, as the
// Chore chart template (chores.ts) says them: "Maya's chores today: feed the cat and water the
// plants.", "Leo feeds the cat on Saturday.", "Leo has no chores on Sunday. Lucky Leo!".
import { capitalize, joinList } from '../../assistant/words.ts';
import type { Weekday } from '../types.ts';
import type { SaidDay } from './days.ts';
import { thirdPerson } from './verbs.ts';

export interface Chore {
  chore: string;
  person: string;
  days: Weekday[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Everyone on the chart, once each, as first written. */
export function peopleOf(chores: readonly Chore[]): string[] {
  const people: string[] = [];
  for (const c of chores) if (!people.some((p) => same(p, c.person))) people.push(c.person.trim());
  return people;
}

/** The chores on the chart, once each, as first written. */
export function choresOf(chores: readonly Chore[]): string[] {
  const names: string[] = [];
  for (const c of chores) if (!names.some((n) => same(n, c.chore))) names.push(c.chore.trim());
  return names;
}

/** A person's chores on a weekday, in the chart's order. */
export function choresFor(chores: readonly Chore[], person: string, weekday: Weekday): string[] {
  return choresOf(chores.filter((c) => same(c.person, person) && c.days.includes(weekday)));
}

/** Who does a chore on a weekday. */
export function doersOf(chores: readonly Chore[], chore: string, weekday: Weekday): string[] {
  return peopleOf(chores.filter((c) => same(c.chore, chore) && c.days.includes(weekday)));
}

/** "Maya's chores today: feed the cat and water the plants." (to Maya herself: "Your chores…"). */
export function personsDay(
  chores: readonly Chore[],
  person: string,
  day: SaidDay,
  asking: boolean,
): string {
  const list = choresFor(chores, person, day.weekday);
  if (list.length === 0)
    return asking
      ? `You have no chores ${day.words}, ${person}. Lucky you!`
      : `${person} has no chores ${day.words}. Lucky ${person}!`;
  return asking
    ? `Your chores ${day.words}, ${person}: ${joinList(list)}.`
    : `${person}'s chores ${day.words}: ${joinList(list)}.`;
}

/** "Leo feeds the cat today.", "Emma and Leo feed the cat on Monday.", "Nobody has to …". */
export function whoDoes(chores: readonly Chore[], chore: string, day: SaidDay): string {
  const doers = doersOf(chores, chore, day.weekday);
  if (doers.length === 0) return `Nobody has to ${chore} ${day.words}.`;
  const verb = doers.length === 1 ? thirdPerson(chore) : chore;
  return `${joinList(doers)} ${verb} ${day.words}.`;
}

/** "Yes, Leo feeds the cat today." or "No, Maya feeds the cat today." */
export function doesPerson(
  chores: readonly Chore[],
  person: string,
  chore: string,
  day: SaidDay,
): string {
  const doers = doersOf(chores, chore, day.weekday);
  if (doers.some((d) => same(d, person)))
    return `Yes, ${person} ${thirdPerson(chore)} ${day.words}.`;
  return `No. ${whoDoes(chores, chore, day)}`;
}

/** "Today: Emma empties the dishwasher; Maya feeds the cat; Leo has nothing to do." */
export function everyonesDay(chores: readonly Chore[], day: SaidDay): string {
  const parts = peopleOf(chores).map((person) => {
    const list = choresFor(chores, person, day.weekday);
    return list.length === 0
      ? `${person} has nothing to do`
      : `${person} ${joinList(list.map(thirdPerson))}`;
  });
  return `${capitalize(day.words)}: ${parts.join('; ')}.`;
}
