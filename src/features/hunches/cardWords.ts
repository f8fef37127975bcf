// The small sentences around the domain's own words on the cards: where the evidence was read
// from and since when a device has been as it is ("It has been open since 18:40."), and the lead
// of a habit offer whose steps are listed under it. Kept here, apart from the components, so the
// words are tested without drawing anything.
import { isPluralName } from '../../domain/assistant/words.ts';
import { populationWords, stateWords } from '../../domain/awareness/hunchWords.ts';
import type { Evidence, HabitOffer, Hunch } from '../../domain/awareness/types.ts';
import { formatRelativeDay, formatTime } from '../../domain/clock/format.ts';

/** "At this time on the last 14 days:" / "After the last 8 good nights:" — heads the Why? list. */
export function samplesHeading(evidence: Evidence): string {
  const span = populationWords(evidence.population, evidence.sampled);
  return evidence.population.kind === 'moment' ? `After ${span}:` : `At this time on ${span}:`;
}

/** "since 18:40", "since yesterday at 18:40", "since Mon 16 Nov at 18:40". */
export function sinceWords(since: number, now: number, timeZone: string): string {
  const day = formatRelativeDay(since, now, timeZone);
  const time = formatTime(since, timeZone);
  if (day === 'Today') return `since ${time}`;
  if (day === 'Yesterday') return `since yesterday at ${time}`;
  return `since ${day} at ${time}`;
}

/** "It has been open since 18:40." — undefined when the history does not say. */
export function presentWords(hunch: Hunch, now: number, timeZone: string): string | undefined {
  const since = hunch.evidence.since;
  if (since === undefined) return undefined;
  const pronoun = isPluralName(hunch.entityName) ? 'They have' : 'It has';
  return `${pronoun} been ${stateWords(hunch.domain, hunch.actual)} ${sinceWords(since, now, timeZone)}.`;
}

/** "You often do these around 22:30:" — the offer's steps follow as a list. */
export function habitLead(offer: HabitOffer): string {
  return offer.steps.length === 1
    ? `You often do this around ${offer.time}:`
    : `You often do these around ${offer.time}:`;
}

/** "Mon 16 Nov at 22:27", "Yesterday at 22:31": one time a habit was done, for its Why? list. */
export function occurrenceWords(at: number, now: number, timeZone: string): string {
  return `${formatRelativeDay(at, now, timeZone)} at ${formatTime(at, timeZone)}`;
}
