// Hunches in plain words: what is unusual and the evidence ("The Porch light is usually off by
// now — it was off at this time on 12 of the last 14 days."), the question ("Turn it off?"), the
// line said after good night ("By the way, the Garage door is open. Want me to close it?") and,
// for "Why?", each sampled day with the state then.
import { capitalize, isPluralName, theName } from '../assistant/words.ts';
import { formatDateTime } from '../clock/format.ts';
import type { Command } from '../home/commands.ts';
import type { Entity } from '../home/model.ts';
import type { Evidence, MomentKind, Population } from './types.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const MOMENT_NOUNS: Record<MomentKind, { one: string; many: string }> = {
  bedtime: { one: 'good night', many: 'good nights' },
  leaving: { one: 'time everyone left', many: 'times everyone left' },
};

/** The person's word for a state of this kind of device: heating is "on", a TV is "on". */
export function stateWords(domain: string, state: string): string {
  if (domain === 'climate') return state === 'off' ? 'off' : 'on';
  if (domain === 'media_player') return state === 'off' ? 'off' : 'on';
  if (domain === 'person') return state === 'home' ? 'home' : 'away';
  return state.replace(/_/g, ' ');
}

/**
 * "the last 14 days", "the last 4 Tuesdays", "the last 9 weekdays", "the last 8 good nights";
 * "the last 9 weekdays when nobody was home" when only such days were counted.
 */
export function populationWords(population: Population, count: number): string {
  const last = (singular: string, plural: string) =>
    count === 1 ? `the last ${singular}` : `the last ${count} ${plural}`;
  const when =
    population.kind === 'moment' || population.nobodyHome === undefined
      ? ''
      : population.nobodyHome
        ? ' when nobody was home'
        : ' when someone was home';
  switch (population.kind) {
    case 'days':
      return last('day', 'days') + when;
    case 'weekday': {
      const name = WEEKDAYS[population.weekday - 1] ?? 'day';
      return last(name, `${name}s`) + when;
    }
    case 'dayType':
      return (
        (population.dayType === 'weekday'
          ? last('weekday', 'weekdays')
          : last('weekend day', 'weekend days')) + when
      );
    case 'moment': {
      const noun = MOMENT_NOUNS[population.moment];
      return last(noun.one, noun.many);
    }
  }
}

/** "12 of the last 14 days", or "each of the last 4 Tuesdays" when every one agreed. */
function countWords(evidence: Evidence): string {
  const { agreeing, sampled, population } = evidence;
  const span = populationWords(population, sampled);
  return agreeing === sampled && sampled > 1 ? `each of ${span}` : `${agreeing} of ${span}`;
}

const subject = (entity: Entity) => capitalize(theName(entity));
const is = (entity: Entity) => (isPluralName(entity.name) ? 'are' : 'is');
const was = (entity: Entity) => (isPluralName(entity.name) ? 'were' : 'was');
const it = (entity: Entity) => (isPluralName(entity.name) ? 'them' : 'it');

/** "The Porch light is usually off by now — it was off at this time on 12 of the last 14 days." */
export function hunchText(entity: Entity, evidence: Evidence): string {
  const usual = stateWords(entity.domain, evidence.usual);
  const pronoun = isPluralName(entity.name) ? 'they' : 'it';
  if (evidence.population.kind === 'moment') {
    const after = MOMENT_NOUNS[evidence.population.moment].one;
    return (
      `${subject(entity)} ${is(entity)} usually ${usual} after ${after} — ` +
      `${pronoun} ${was(entity)} ${usual} after ${countWords(evidence)}.`
    );
  }
  const when = evidence.byNow ? 'by now' : 'at this time';
  return (
    `${subject(entity)} ${is(entity)} usually ${usual} ${when} — ` +
    `${pronoun} ${was(entity)} ${usual} at this time on ${countWords(evidence)}.`
  );
}

/** The verb that puts it right: "turn off", "close", "lock". */
function fixVerb(fix: Command): string {
  switch (fix.type) {
    case 'turn_off':
      return 'turn off';
    case 'turn_on':
      return 'turn on';
    case 'close':
      return 'close';
    case 'open':
      return 'open';
    case 'lock':
      return 'lock';
    case 'unlock':
      return 'unlock';
    case 'set_hvac_mode':
      return fix.mode === 'off' ? 'turn off' : 'turn on';
    default:
      return 'put back';
  }
}

/** "turn it off", "close them", "lock it". */
function fixPhrase(entity: Entity, fix: Command): string {
  const [verb = '', particle] = fixVerb(fix).split(' ');
  return particle ? `${verb} ${it(entity)} ${particle}` : `${verb} ${it(entity)}`;
}

/** "Turn it off?" */
export function hunchQuestion(entity: Entity, fix: Command): string {
  return `${capitalize(fixPhrase(entity, fix))}?`;
}

/** "By the way, the Garage door is open. Want me to close it?" */
export function hunchSpoken(entity: Entity, actual: string, fix: Command): string {
  const state = stateWords(entity.domain, actual);
  return `By the way, ${theName(entity)} ${is(entity)} ${state}. Want me to ${fixPhrase(entity, fix)}?`;
}

/**
 * Each sampled day and the state then, newest first, for "Why?": "Tue 14 Jan: off". After a
 * moment the time matters too: "Fri 10 Jan, 23:31: closed".
 */
export function evidenceWords(evidence: Evidence, timeZone: string, domain = ''): string[] {
  const withTime = evidence.population.kind === 'moment';
  return evidence.samples.map((s) => {
    const when = formatDateTime(s.at, timeZone);
    const day = withTime ? when : when.slice(0, when.indexOf(','));
    return `${day}: ${stateWords(domain, s.state)}`;
  });
}
