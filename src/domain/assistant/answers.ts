// Questions about the home, answered from its state in the person's own words: "is the front door
// locked?", "which lights are on?", "how many doors are unlocked?" ("1 door is unlocked: the Back
// door."). Names are said when there are few; past that, a number. Nothing runs; nothing changes.
import { formatTemperature } from '../home/format.ts';
import type { Entity, Home } from '../home/model.ts';
import type { Interpretation, Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { answerDetection } from './detection.ts';
import { kindSaid } from './kindSaid.ts';
import { commonKind, countOf, placeOf, type KindWords } from './places.ts';
import { readingsSentence, sharedMeasure } from './readings.ts';
import { matchesState, predicate, stateLabel } from './stateWords.ts';
import { be, capitalize, joinList, shortList, theName } from './words.ts';

type Query = NonNullable<Slots['query']>;

/** Up to this many devices are named in an answer; more are counted. */
const NAMED = 4;

const theNames = (entities: readonly Entity[]) => shortList(entities.map(theName));
const Names = (entities: readonly Entity[]) => capitalize(theNames(entities));

/** "The Kitchen ceiling is on at 80 %; the Sideboard lamp is off." */
export function describeAll(entities: readonly Entity[], unit: TemperatureUnit): string {
  const [only] = entities;
  if (entities.length === 1 && only) {
    const now = `${capitalize(theName(only))} ${be(entities)} ${predicate(only, unit, true)}`;
    if (only.domain !== 'climate') return now;
    const room = formatTemperature(only.attributes.current_temperature, unit);
    return `${now}; the room is at ${room}`;
  }
  const byState = new Map<string, Entity[]>();
  for (const entity of entities) {
    const word = predicate(entity, unit);
    byState.set(word, [...(byState.get(word) ?? []), entity]);
  }
  return capitalize(
    [...byState.entries()]
      .map(([word, group]) => `${theNames(group)} ${be(group)} ${word}`)
      .join('; '),
  );
}

/** The one word for what these devices are ("off"), or "not <label>" when they differ. */
function whatTheyAre(entities: readonly Entity[], label: string, unit: TemperatureUnit): string {
  const words = new Set(entities.map((e) => predicate(e, unit)));
  const [word] = [...words];
  return words.size === 1 && word !== undefined ? word : `not ${label}`;
}

/** "the Kitchen speaker is playing and the Living room TV is paused": each as it is. */
function eachIs(entities: readonly Entity[], unit: TemperatureUnit): string {
  const byState = new Map<string, Entity[]>();
  for (const entity of entities) {
    const word = predicate(entity, unit);
    byState.set(word, [...(byState.get(word) ?? []), entity]);
  }
  return joinList(
    [...byState.entries()].map(([word, group]) => `${theNames(group)} ${be(group)} ${word}`),
  );
}

export interface Asked {
  /** The devices the state asked about applies to. */
  relevant: Entity[];
  matching: Entity[];
  others: Entity[];
  /** The state in the devices' own words: "on", "open", "away". */
  label: string;
  /** What the person called them ("doors"), or the home's word for them. */
  kind: KindWords;
  /** Where the question was about, as said: " upstairs", " in the Kitchen", or "". */
  place: string;
  people: boolean;
  unit: TemperatureUnit;
}

/** "Both doors", "all 3 lights upstairs". */
const everyOne = (a: Asked, n: number) =>
  n === 2 ? `both ${a.kind.many}${a.place}` : `all ${n} ${a.kind.many}${a.place}`;

function all(a: Asked): string {
  const { relevant, others, label, unit } = a;
  const [only] = relevant;
  if (others.length === 0) {
    if (relevant.length === 1 && only) return `Yes, ${theName(only)} ${be(relevant)} ${label}`;
    if (a.people) return `Yes, everyone is ${label}`;
    return `Yes, ${everyOne(a, relevant.length)} are ${label}`;
  }
  if (others.length <= NAMED) return `No, ${eachIs(others, unit)}`;
  const what = whatTheyAre(others, label, unit);
  return `No, ${others.length} of the ${relevant.length} ${a.kind.many}${a.place} are ${what}`;
}

function any(a: Asked): string {
  const { relevant, matching, label, unit } = a;
  const [only] = relevant;
  if (matching.length > 0) {
    if (matching.length <= NAMED) return `Yes, ${theNames(matching)} ${be(matching)} ${label}`;
    return `Yes, ${countOf(matching.length, a.kind)} are ${label}${a.place}`;
  }
  if (a.people) return `No, nobody is ${label}`;
  const what = whatTheyAre(relevant, label, unit);
  if (relevant.length === 1 && only) return `No, ${theName(only)} ${be(relevant)} ${what}`;
  if (!what.startsWith('not ')) return `No, ${everyOne(a, relevant.length)} are ${what}`;
  return `No, none of the ${a.kind.many}${a.place} are ${label}`;
}

/** "No doors are open", "Nobody is home". */
const none = (a: Asked) =>
  a.people ? `Nobody is ${a.label}` : `No ${a.kind.many} are ${a.label}${a.place}`;

function count(a: Asked): string {
  const { matching, relevant, label } = a;
  const n = matching.length;
  if (n === 0) return none(a);
  // All of them: "Both doors are locked" says which already.
  if (n === relevant.length && n > 1 && !a.people)
    return `${capitalize(everyOne(a, n))} are ${label}`;
  const sentence = `${countOf(n, a.kind)} ${n === 1 ? 'is' : 'are'} ${label}${a.place}`;
  return n <= NAMED ? `${sentence}: ${theNames(matching)}` : sentence;
}

function which(a: Asked): string {
  const { matching, relevant, label } = a;
  const n = matching.length;
  if (n === 0) return none(a);
  if (n === 1 && relevant.length > 1) return `Only ${theNames(matching)} ${be(matching)} ${label}`;
  if (n <= NAMED) return `${Names(matching)} ${be(matching)} ${label}`;
  return `${countOf(n, a.kind)} are ${label}${a.place}: ${theNames(matching)}`;
}

function one(a: Asked): string {
  const { relevant, matching, others, label, unit } = a;
  const [only] = relevant;
  if (relevant.length === 1 && only) {
    const yes = matching.length === 1 ? 'Yes' : 'No';
    return `${yes}, ${theName(only)} ${be(relevant)} ${predicate(only, unit)}`;
  }
  if (others.length === 0) return all(a);
  if (matching.length === 0) return any(a);
  if (relevant.length <= NAMED) {
    return `${Names(matching)} ${be(matching)} ${label}, but ${eachIs(others, unit)}`;
  }
  const some = `${matching.length} of the ${relevant.length} ${a.kind.many}${a.place}`;
  return `${some} are ${label}${matching.length <= NAMED ? `: ${theNames(matching)}` : ''}`;
}

const ANSWER: Record<Query, (a: Asked) => string> = { one, all, any, which, count };

/** Without a state: what each device is, or which / how many there are. */
function withoutState(
  entities: Entity[],
  query: Query,
  words: { kind: KindWords; place: string },
  home: Home,
  unit: TemperatureUnit,
): string {
  const { kind, place } = words;
  const n = entities.length;
  if (query === 'count' || query === 'which') {
    const there = `There ${n === 1 ? 'is' : 'are'} ${countOf(n, kind)}${place}`;
    return query === 'which' ? `${there}: ${theNames(entities)}` : there;
  }
  if (sharedMeasure(entities) !== undefined) return readingsSentence(home, entities, unit);
  return describeAll(entities, unit);
}

export interface StateAnswer {
  /** One or two sentences, without the last full stop. */
  text: string;
  /**
   * What "them" means next: after "which lights are on?", the lights that are on; after a yes or
   * no about some devices, those devices.
   */
  about: Entity[];
}

/** The answer to a question about these devices. */
export function answerState(
  entities: Entity[],
  part: Interpretation,
  home: Home,
  unit: TemperatureUnit,
): StateAnswer {
  const { slots } = part;
  const query = slots.query ?? 'one';
  const place = placeOf(home, slots, entities);
  const said = slots.state;
  const relevant =
    said === undefined ? entities : entities.filter((e) => matchesState(e, said) !== undefined);
  const people = relevant.length > 0 && relevant.every((e) => e.domain === 'person');
  // "Which devices are home?" is about people, whatever word was used.
  const kind = people
    ? commonKind(relevant)
    : (kindSaid(part.text, relevant) ?? commonKind(relevant));
  if (said === undefined)
    return { text: withoutState(entities, query, { kind, place }, home, unit), about: entities };
  if (relevant.length === 0) {
    const [only] = entities;
    const text =
      entities.length === 1 && only
        ? `${capitalize(theName(only))} ${be(entities)} ${predicate(only, unit)}; ${be(entities) === 'is' ? 'it' : 'they'} can't be ${said}`
        : `None of those can be ${said}`;
    return { text, about: entities };
  }
  const matching = relevant.filter((e) => matchesState(e, said) === true);
  const others = relevant.filter((e) => matchesState(e, said) === false);
  const asked: Asked = {
    relevant,
    matching,
    others,
    label: stateLabel(said, relevant, unit),
    kind,
    place,
    people,
    unit,
  };
  const detected = slots.name === undefined ? answerDetection(asked, said, query, home) : undefined;
  const picked = query !== 'one' && query !== 'all' && matching.length > 0;
  return { text: detected ?? ANSWER[query](asked), about: picked ? matching : relevant };
}
