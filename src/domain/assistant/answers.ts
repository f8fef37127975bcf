// Questions about the home, answered from its state: "is the front door locked?", "which lights
// are on?", "how many…", "what's the kitchen temperature?". Nothing runs; nothing changes.
import { formatTemperature } from '../home/format.ts';
import type { Entity, Home } from '../home/model.ts';
import type { Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { commonKind, countOf, wherePhrase } from './places.ts';
import { matchesState, predicate, stateLabel } from './stateWords.ts';
import { be, capitalize, joinList, shortList, theName } from './words.ts';

type Query = NonNullable<Slots['query']>;

const names = (entities: readonly Entity[]) => shortList(entities.map((e) => e.name));
const theNames = (entities: readonly Entity[]) => shortList(entities.map(theName));

/** "Kitchen ceiling is on; Kitchen counter lights and Porch light are off." */
export function describeAll(entities: readonly Entity[], unit: TemperatureUnit): string {
  const [only] = entities;
  if (entities.length === 1 && only) {
    const now = `${only.name} ${be(entities)} ${predicate(only, unit, true)}`;
    if (only.domain !== 'climate') return now;
    const room = formatTemperature(only.attributes.current_temperature, unit);
    return `${now}; the room is at ${room}`;
  }
  const byState = new Map<string, Entity[]>();
  for (const entity of entities) {
    const word = predicate(entity, unit);
    byState.set(word, [...(byState.get(word) ?? []), entity]);
  }
  return [...byState.entries()]
    .map(([word, group]) => `${names(group)} ${be(group)} ${word}`)
    .join('; ');
}

/** The one word for what the devices that don't match are, or "not <label>". */
function whatTheyAre(entities: readonly Entity[], label: string, unit: TemperatureUnit): string {
  const words = new Set(entities.map((e) => predicate(e, unit)));
  const [word] = [...words];
  return words.size === 1 && word !== undefined ? word : `not ${label}`;
}

interface Asked {
  relevant: Entity[];
  matching: Entity[];
  others: Entity[];
  label: string;
  home: Home;
  unit: TemperatureUnit;
}

function all(a: Asked): string {
  const { relevant, others, label, home, unit } = a;
  if (others.length === 0) {
    const who =
      relevant.length > 2
        ? `all ${countOf(relevant.length, commonKind(relevant))}${suffix(home, relevant)}`
        : joinList(relevant.map(theName));
    return `Yes, ${who} ${be(relevant)} ${label}`;
  }
  return `No, ${theNames(others)} ${be(others)} ${whatTheyAre(others, label, unit)}`;
}

function any(a: Asked): string {
  const { relevant, matching, label, home, unit } = a;
  if (matching.length > 0) return `Yes, ${theNames(matching)} ${be(matching)} ${label}`;
  if (relevant.length > 2) {
    const kind = commonKind(relevant);
    return `No, none of the ${countOf(relevant.length, kind)}${suffix(home, relevant)} are ${label}`;
  }
  return `No, ${joinList(relevant.map(theName))} ${be(relevant)} ${whatTheyAre(relevant, label, unit)}`;
}

const suffix = (home: Home, entities: readonly Entity[]) => {
  const where = wherePhrase(home, entities);
  return where ? ` ${where}` : '';
};

function countSentence(a: Asked): string {
  const { relevant, matching, label, home } = a;
  const n = matching.length;
  const kind = commonKind(relevant);
  const what = n === 0 ? `No ${kind.many}` : countOf(n, kind);
  return `${what}${suffix(home, relevant)} ${n === 1 ? 'is' : 'are'} ${label}`;
}

function one(a: Asked): string {
  const { relevant, matching, others, unit } = a;
  const [only] = relevant;
  if (relevant.length === 1 && only) {
    const yes = matching.length === 1 ? 'Yes' : 'No';
    return `${yes}, ${theName(only)} ${be(relevant)} ${predicate(only, unit)}`;
  }
  if (others.length === 0) return all(a);
  if (matching.length === 0) return any(a);
  return describeAll(relevant, unit);
}

const ANSWER: Record<Query, (a: Asked) => string> = {
  one,
  all,
  any,
  which: (a) =>
    a.matching.length === 0
      ? countSentence(a)
      : `${names(a.matching)} ${be(a.matching)} ${a.label}`,
  count: countSentence,
};

/** Without a state: what each device is, or which / how many there are. */
function withoutState(entities: Entity[], query: Query, home: Home, unit: TemperatureUnit): string {
  const kind = commonKind(entities);
  if (query === 'count') {
    return `There ${entities.length === 1 ? 'is' : 'are'} ${countOf(entities.length, kind)}${suffix(home, entities)}`;
  }
  if (query === 'which')
    return `${capitalize(kind.many)}${suffix(home, entities)}: ${names(entities)}`;
  return describeAll(entities, unit);
}

/** The answer to a question about these devices, as one or two sentences (no full stop). */
export function answerState(
  entities: Entity[],
  slots: Slots,
  home: Home,
  unit: TemperatureUnit,
): string {
  const query = slots.query ?? 'one';
  if (slots.state === undefined) return withoutState(entities, query, home, unit);
  const said = slots.state;
  const relevant = entities.filter((e) => matchesState(e, said) !== undefined);
  if (relevant.length === 0) {
    const [only] = entities;
    return entities.length === 1 && only
      ? `${capitalize(theName(only))} ${be(entities)} ${predicate(only, unit)}; ${be(entities) === 'is' ? 'it' : 'they'} can't be ${said}`
      : `None of those can be ${said}`;
  }
  const matching = relevant.filter((e) => matchesState(e, said) === true);
  const others = relevant.filter((e) => matchesState(e, said) === false);
  const label = stateLabel(said, matching, unit);
  return ANSWER[query]({ relevant, matching, others, label, home, unit });
}
