// When the words fit no device, or several: say what went wrong and what would work, from
// what the home has ("There's no light called 'porch' in the Kitchen. Lights there: …").
import type { Area, Entity, Home } from '../home/model.ts';
import type { Interpretation } from '../language/types.ts';
import {
  areaById,
  areaByName,
  commonKind,
  distinctNames,
  inArea,
  nearestWith,
  onFloor,
  type KindWords,
} from './places.ts';
import { be, capitalize, joinList, plural, shortList, theName } from './words.ts';

/** Names past this many are counted: a voice reply can't read out a room. */
const LIST_MAX = 3;

const names = (entities: readonly Entity[]) =>
  shortList(
    entities.map((e) => e.name),
    LIST_MAX,
  );

const optionsOf = (home: Home, ids: readonly string[]) =>
  ids.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);

/** "Which one: Kitchen ceiling or Kitchen countertop?" */
export function whichOne(home: Home, ids: readonly string[]): string {
  return `Which one: ${joinList(distinctNames(home, optionsOf(home, ids)), 'or')}?`;
}

/** For "Why?": acting on all of them would have been a guess. */
export function ambiguityNote(home: Home, ids: readonly string[]): string {
  const names = joinList(distinctNames(home, optionsOf(home, ids)));
  return `What you said fits ${ids.length} devices (${names}), so I asked rather than guess.`;
}

function kindOf(part: Interpretation, home: Home, fits: (e: Entity) => boolean): KindWords {
  const { domain, device_class } = part.slots;
  if (domain === undefined && device_class === undefined) return { one: 'device', many: 'devices' };
  const known = home.entities.filter(fits);
  if (known.length > 0) return commonKind(known);
  // None in the home to name the kind by: a sensor is named by what it senses.
  const sensor = domain === 'sensor' || domain === 'binary_sensor';
  const word = (device_class ?? domain ?? 'device').replace(/_/g, ' ');
  const one = sensor && device_class !== undefined ? `${word} sensor` : word;
  return { one, many: plural(one) };
}

/** Devices anywhere in the home whose name or other name has the words said. */
function namedLike(home: Home, said: string, fits: (e: Entity) => boolean): Entity[] {
  const words = said.toLowerCase();
  return home.entities.filter(
    (e) =>
      fits(e) && [e.name, ...(e.aliases ?? [])].some((name) => name.toLowerCase().includes(words)),
  );
}

interface Scope {
  area?: Area;
  floor?: string;
}

function scopeOf(part: Interpretation, home: Home, speaking: string | undefined): Scope {
  const area =
    areaByName(home, part.slots.area ?? part.unresolved?.area) ??
    (part.slots.area === undefined && part.slots.floor === undefined
      ? areaById(home, speaking)
      : undefined);
  const floor = home.floors.find(
    (f) => f.name.toLowerCase() === part.slots.floor?.toLowerCase(),
  )?.id;
  return { ...(area ? { area } : {}), ...(floor ? { floor } : {}) };
}

const inScope = (home: Home, scope: Scope) => (entity: Entity) => {
  if (scope.area) return entity.area === scope.area.id;
  if (scope.floor) return areaById(home, entity.area)?.floor === scope.floor;
  return true;
};

function placeWords(home: Home, scope: Scope): string {
  if (scope.area) return ` ${inArea(scope.area)}`;
  const floor = home.floors.find((f) => f.id === scope.floor);
  return floor ? ` ${onFloor(floor.name)}` : '';
}

/** "Lights there: A and B." or, with none there, the nearest room's. */
function alternatives(
  home: Home,
  scope: Scope,
  kind: KindWords,
  fits: (e: Entity) => boolean,
): { here: string; nearest: string } {
  const here = home.entities.filter((e) => fits(e) && inScope(home, scope)(e));
  const there = scope.area || scope.floor ? 'there' : 'in this home';
  const nearest =
    here.length === 0 && scope.area ? nearestWith(home, scope.area.id, fits) : undefined;
  return {
    here: here.length > 0 ? `${capitalize(kind.many)} ${there}: ${names(here)}.` : '',
    nearest: nearest
      ? `${capitalize(kind.many)} ${inArea(nearest.area)}: ${names(nearest.entities)}.`
      : '',
  };
}

/** Words that point back at the conversation; with nothing to point at, they name nothing. */
const POINTING = new Set(['it', 'them', 'that', 'this', 'those', 'these', 'they', 'that one']);

/** An unknown name with no kind of device said ("turn on movie mode"). */
function unknownName(
  name: string,
  home: Home,
  scope: Scope,
  placeSaid: boolean,
  fits: (e: Entity) => boolean,
): string[] {
  if (POINTING.has(name.toLowerCase()))
    return [`I'm not sure what '${name}' means here. Try saying the device's name.`];
  const elsewhere = namedLike(home, name, fits).filter((e) => !inScope(home, scope)(e));
  const found = whereAre(home, elsewhere);
  if (placeSaid) return [`There's nothing called '${name}'${placeWords(home, scope)}.`, found];
  if (found) return [found];
  // One or two things here that could do it are worth a guess; a whole room's devices are not.
  const could = home.entities.filter((e) => fits(e) && inScope(home, scope)(e));
  const guess =
    could.length > 0 && could.length <= 2
      ? ` Did you mean ${joinList(could.map(theName), 'or')}?`
      : '';
  return [`I don't know '${name}' yet.${guess}`];
}

/**
 * Nothing in the home fits what was said. `fits` says which devices could have done it (the kind
 * asked for, or what can do the request), so the reply lists only useful alternatives.
 */
export function noTarget(
  part: Interpretation,
  home: Home,
  speaking: string | undefined,
  fits: (e: Entity) => boolean,
): string {
  const missing = part.unresolved ?? {};
  const areaSaid = missing.area ?? part.slots.area;
  if (areaSaid !== undefined && !areaByName(home, areaSaid))
    return `There's no room called '${areaSaid}'. Rooms: ${shortList(
      home.areas.map((a) => a.name),
      LIST_MAX,
    )}.`;
  if (missing.floor !== undefined)
    return `There's no floor called '${missing.floor}'. Floors: ${joinList(home.floors.map((f) => f.name))}.`;
  const kind = kindOf(part, home, fits);
  const scope = scopeOf(part, home, speaking);
  const place = placeWords(home, scope);
  const { here, nearest } = alternatives(home, scope, kind, fits);
  const noneThere = place ? `There are no ${kind.many} there.` : '';
  const sentences: string[] = [];
  if (missing.name !== undefined && kind.one === 'device') {
    const placeSaid = areaSaid !== undefined || part.slots.floor !== undefined;
    sentences.push(...unknownName(missing.name, home, scope, placeSaid, fits));
  } else if (missing.name !== undefined) {
    const elsewhere = namedLike(home, missing.name, fits).filter((e) => !inScope(home, scope)(e));
    const found = whereAre(home, elsewhere);
    const anywhere = home.entities.some(fits);
    sentences.push(`There's no ${kind.one} called '${missing.name}'${place}.`);
    // Where the named device is says more than what else is here.
    if (!anywhere) sentences.push(`This home has no ${kind.many}.`);
    else sentences.push(found || here || (nearest ? `${noneThere} ${nearest}` : noneThere));
  } else if (kind.one === 'device') {
    // A short list helps; a whole room's devices don't.
    const few = home.entities.filter((e) => fits(e) && inScope(home, scope)(e)).length <= LIST_MAX;
    sentences.push(
      `I couldn't tell which device you meant.`,
      few && here ? here : 'Try saying its name.',
    );
  } else if (here) {
    sentences.push(`I couldn't tell which ${kind.one} you meant${place}.`, here);
  } else {
    // None anywhere: the room doesn't matter.
    const where = home.entities.some(fits) ? place : '';
    sentences.push(`There are no ${kind.many}${where || ' in this home'}.`, nearest);
  }
  return sentences
    .filter((text) => text.trim() !== '')
    .join(' ')
    .trim();
}

/** "The Porch light is in the Garden." */
function whereAre(home: Home, entities: readonly Entity[]): string {
  const [first] = entities;
  const area = areaById(home, first?.area);
  if (!first || !area || entities.length > 2) return '';
  // Only when they are all in one room, so the sentence can say which.
  const group = joinList(entities.map(theName));
  const sameArea = entities.every((e) => e.area === first.area);
  return sameArea ? `${capitalize(group)} ${be(entities)} ${inArea(area)}.` : '';
}
