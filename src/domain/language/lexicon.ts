// The words of one home: its devices' names and aliases, its rooms and its floors, and the names
// a person taught for them ("the big light", "the kids' room"), in token tries so that every name
// starting at a position is found in one walk. Built once per home object and list of taught
// names (both are immutable, so WeakMaps keyed by the entity list and the names list are safe
// caches).
import type { Entity, Home } from '../home/model.ts';
import type { TaughtName } from '../teaching/model.ts';
import { nameTokens, singular } from './normalize.ts';
import { DEVICE_WORDS } from './grammar/words.ts';
import type { InterpretContext } from './types.ts';

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export const newNode = <V>(): TrieNode<V> => ({ next: new Map(), values: [] });

export function insert<V>(root: TrieNode<V>, tokens: readonly string[], value: V): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) {
      child = newNode<V>();
      node.next.set(t, child);
    }
    node = child;
  }
  node.values.push(value);
}

/** A name of something in the home, and how exactly it was said. */
export interface NameValue {
  ids: string[];
  /** The name as the home writes it. */
  text: string;
  /** 1 for a full name or alias; less for a short form ("ceiling" for "Living room ceiling"). */
  fit: number;
  /** The name ends in a plural ("Sliding doors"): said in the plural, it is still this name. */
  plural: boolean;
  /** Words read as others to find this name (none here: the forgiving walk adds them). */
  corrections: readonly { said: string; meant: string }[];
  /**
   * Taught names that gave this name: the item, the device or room it names, and whether the
   * person chose it to win over another's name of the same words.
   */
  taught?: { item: string; id: string; overrides?: boolean }[];
}

export interface Lexicon {
  home: Home;
  names: TrieNode<NameValue>;
  areas: TrieNode<NameValue>;
  floors: TrieNode<NameValue>;
  /** Every word that occurs in a name, for typo correction. */
  vocabulary: Set<string>;
  /** The entities by id and by room, and their place in the home's list (targets keep it). */
  entities: {
    byId: Map<string, Entity>;
    byArea: Map<string, Entity[]>;
    order: Map<Entity, number>;
  };
}

/** Words for what a sensor measures. */
const MEASURES = new Set(['temperature', 'temp', 'humidity', 'power', 'level', 'sensor']);

/** Words that name no particular thing and so cannot be a short form of a name on their own. */
const GENERIC = new Set([
  'room',
  'floor',
  'area',
  'main',
  'big',
  'small',
  'left',
  'right',
  'temperature',
  'temp',
  'humidity',
  'level',
  'power',
  'sensor',
  'motion',
]);

/** Per entity list: the lexicon without taught names, and one per list of taught names. */
const cache = new WeakMap<
  readonly Entity[],
  { plain?: Lexicon; taught: WeakMap<readonly TaughtName[], Lexicon> }
>();
const NO_CORRECTIONS: NameValue['corrections'] = [];

function merge(
  node: TrieNode<NameValue>,
  tokens: readonly string[],
  id: string,
  text: string,
  fit: number,
  plural = false,
) {
  if (tokens.length === 0) return;
  let at = node;
  for (const t of tokens) {
    let child = at.next.get(t);
    if (!child) {
      child = newNode<NameValue>();
      at.next.set(t, child);
    }
    at = child;
  }
  const same = at.values.find((v) => v.fit === fit);
  if (same) {
    if (!same.ids.includes(id)) same.ids.push(id);
  } else at.values.push({ ids: [id], text, fit, plural, corrections: NO_CORRECTIONS });
}

const deviceWord = (tokens: readonly string[]) => DEVICE_WORDS[tokens.join(' ')] !== undefined;

/** Short forms of a device's name: without its room's name in front, without a kind word behind. */
function shortForms(name: string[], areaNames: string[][]): string[][] {
  const forms: string[][] = [];
  // A room's name, or its last words ("bedroom" of "Main bedroom"), names the room, not a device.
  const places = new Set(areaNames.flatMap((a) => a.map((_, i) => a.slice(i).join(' '))));
  const add = (tokens: string[]) => {
    if (tokens.length === 0 || tokens.length === name.length) return;
    // "Kitchen switch" without "switch" would be the kitchen itself.
    if (places.has(tokens.join(' '))) return;
    if (tokens.every((t) => GENERIC.has(t) || /^\d/.test(t)) || deviceWord(tokens)) return;
    if (!forms.some((f) => f.join(' ') === tokens.join(' '))) forms.push(tokens);
  };
  const withoutKind = (t: string[]) =>
    t.length > 1 && deviceWord(t.slice(-1)) ? t.slice(0, -1) : t;
  for (const area of areaNames) {
    if (area.length > 0 && area.every((t, i) => name[i] === t)) {
      const rest = name.slice(area.length);
      add(rest);
      add(withoutKind(rest));
    }
  }
  add(withoutKind(name));
  // "outside" for "Outside temperature": the words before what a sensor measures.
  if (name.length > 1 && MEASURES.has(name[name.length - 1]!)) add(name.slice(0, -1));
  return forms;
}

/** The last words of a name ("freezer" of "Chest freezer"): the weakest short form. */
function lastWords(name: string[]): string[][] {
  const forms: string[][] = [];
  for (let i = 1; i < name.length; i++) {
    const rest = name.slice(i);
    if (rest.some((t) => GENERIC.has(t) || /^\d/.test(t)) || deviceWord(rest)) continue;
    forms.push(rest);
  }
  return forms;
}

/** Other ways people name floors, by level, when the home has not used them for another floor. */
const FLOOR_WORDS: Record<number, string[]> = {
  [-1]: ['basement', 'cellar', 'downstairs'],
  0: ['ground floor', 'downstairs', 'ground level', 'main floor'],
  1: ['upstairs', 'first floor'],
  2: ['second floor', 'top floor'],
};

function endsPlural(name: string): boolean {
  const last = name.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return singular(last) !== last;
}

/**
 * A taught name is a full name: it joins the device's (or room's) own name at fit 1. Said like
 * another device's full name, the two share one value, and the request asks which was meant.
 */
function mergeTaught(node: TrieNode<NameValue>, name: TaughtName, id: string, text: string) {
  const tokens = nameTokens(name.name);
  merge(node, tokens, id, text, 1, endsPlural(name.name));
  let at: TrieNode<NameValue> | undefined = node;
  for (const t of tokens) at = at?.next.get(t);
  const value = at?.values.find((v) => v.fit === 1);
  if (value)
    (value.taught ??= []).push({
      item: name.id,
      id,
      ...(name.overrides ? { overrides: true } : {}),
    });
  return tokens;
}

/** The lexicon of the home a request is read against, with the names the person taught. */
export const contextLexicon = (context: InterpretContext): Lexicon =>
  lexiconOf(context.home, context.taught?.names);

export function lexiconOf(home: Home, taughtNames?: readonly TaughtName[]): Lexicon {
  let forEntities = cache.get(home.entities);
  if (!forEntities) {
    forEntities = { taught: new WeakMap() };
    cache.set(home.entities, forEntities);
  }
  const names = taughtNames && taughtNames.length > 0 ? taughtNames : undefined;
  const cached = names ? forEntities.taught.get(names) : forEntities.plain;
  if (cached && cached.home.areas === home.areas && cached.home.floors === home.floors)
    return cached;
  const lexicon = build(home, names ?? []);
  if (names) forEntities.taught.set(names, lexicon);
  else forEntities.plain = lexicon;
  return lexicon;
}

function build(home: Home, taughtNames: readonly TaughtName[]): Lexicon {
  const names = newNode<NameValue>();
  const areas = newNode<NameValue>();
  const floors = newNode<NameValue>();
  const vocabulary = new Set<string>();
  const note = (tokens: string[]) => tokens.forEach((t) => vocabulary.add(t));

  const areaTokens = new Map<string, string[]>();
  for (const area of home.areas) {
    const tokens = nameTokens(area.name);
    areaTokens.set(area.id, tokens);
    merge(areas, tokens, area.id, area.name, 1);
    note(tokens);
  }
  // Short room names ("bedroom" for "Main bedroom"), when no other room claims them.
  const shortAreas = new Map<string, string[]>();
  for (const area of home.areas) {
    const tokens = areaTokens.get(area.id)!;
    for (let start = 1; start < tokens.length; start++) {
      const rest = tokens.slice(start);
      if (rest.every((t) => GENERIC.has(t))) continue;
      const key = rest.join(' ');
      shortAreas.set(key, shortAreas.has(key) ? [] : [area.id, area.name]);
    }
  }
  for (const [key, value] of shortAreas) {
    const taken = home.areas.some((a) => areaTokens.get(a.id)!.join(' ') === key);
    if (value.length === 2 && !taken) merge(areas, key.split(' '), value[0]!, value[1]!, 0.9);
  }

  const floorNames = new Set(home.floors.map((f) => nameTokens(f.name).join(' ')));
  for (const floor of home.floors) {
    const tokens = nameTokens(floor.name);
    merge(floors, tokens, floor.id, floor.name, 1);
    note(tokens);
    const sameLevel = home.floors.filter((f) => f.level === floor.level).length;
    for (const word of FLOOR_WORDS[floor.level] ?? []) {
      if (sameLevel === 1 && !floorNames.has(word))
        merge(floors, word.split(' '), floor.id, floor.name, 0.9);
    }
  }

  const allAreaNames = [...areaTokens.values()];
  for (const entity of home.entities) {
    const tokens = nameTokens(entity.name);
    merge(names, tokens, entity.id, entity.name, 1, endsPlural(entity.name));
    note(tokens);
    for (const alias of entity.aliases ?? []) {
      const a = nameTokens(alias);
      merge(names, a, entity.id, entity.name, 1, endsPlural(alias));
      note(a);
    }
    const own = entity.area ? [areaTokens.get(entity.area) ?? []] : [];
    const short = shortForms(tokens, [...own, ...allAreaNames]);
    for (const form of short) merge(names, form, entity.id, entity.name, 0.7);
    const rooms = new Set(allAreaNames.flatMap((a) => a.map((_, i) => a.slice(i).join(' '))));
    for (const form of lastWords(tokens))
      if (!rooms.has(form.join(' ')) && !short.some((f) => f.join(' ') === form.join(' ')))
        merge(names, form, entity.id, entity.name, 0.55);
    // What is plugged into a smart plug is what people call it: "the games console".
    if (entity.domain === 'switch' && entity.attributes.plugged_in) {
      const plugged = nameTokens(entity.attributes.plugged_in);
      merge(names, plugged, entity.id, entity.name, 0.9);
      note(plugged);
    }
  }
  const index: Lexicon['entities'] = { byId: new Map(), byArea: new Map(), order: new Map() };
  home.entities.forEach((e, i) => {
    index.byId.set(e.id, e);
    index.order.set(e, i);
    if (e.area) index.byArea.set(e.area, [...(index.byArea.get(e.area) ?? []), e]);
  });
  // Taught names last: they name what exists (a name for a device or room since removed is
  // left out) and are used exactly as said, with no short forms.
  for (const name of taughtNames) {
    const target = name.target;
    if (target.kind === 'entity') {
      const entity = index.byId.get(target.entityId);
      if (entity) note(mergeTaught(names, name, entity.id, entity.name));
    } else {
      const area = home.areas.find((a) => a.id === target.areaId);
      if (area) note(mergeTaught(areas, name, area.id, area.name));
    }
  }
  return { home, names, areas, floors, vocabulary, entities: index };
}
