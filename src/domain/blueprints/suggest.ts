// Suggestions for list values: when a person has typed a few values of a list (trivia
// categories, chores, pets…), find the group of related words in the built-in lexicon that
// explains them, and offer its other words as chips to accept or reject. When the list is too
// mixed or too ambiguous to say which group it is, offer nothing: a wrong guess is worse than
// silence.
import { nameTokens } from '../language/normalize.ts';
import { RELATED_WORDS, type WordGroup } from './relatedWords.ts';

export interface ValueSuggestions {
  /** The group that explains the values ("Pets"); absent when none does. */
  group?: string;
  /** Its other words, in the group's order, styled like the values typed. */
  words: string[];
}

export interface SuggestOptions {
  /** Words the person turned down: never offered again (in any form: "Cats" = "cat"). */
  rejected?: readonly string[];
  /** How many words at most (6 unless told). */
  max?: number;
}

const DEFAULT_MAX = 6;

/**
 * Words that change nothing in a list value, on top of the articles `nameTokens` drops:
 * "brush your teeth" is "brush teeth".
 */
const FILLER = new Set(['your', 'his', 'her', 'their', 'its', 'some']);

/** Plurals that `singular` cannot undo ("mice", "teeth"), after it has run. */
const IRREGULAR: Readonly<Record<string, string>> = {
  mice: 'mouse',
  lice: 'louse',
  geese: 'goose',
  teeth: 'tooth',
  feet: 'foot',
  children: 'child',
  people: 'person',
  oxen: 'ox',
  cacti: 'cactus',
  dice: 'die',
};

/**
 * One word in the form both sides are compared in. `singular` leaves some plurals half undone
 * ("cookies" → "cooky" but "cookie" stays; "wolves" → "wolve"; "potatoes" → "potatoe"), so both
 * the typed word and the lexicon's go through the same extra folding: whatever two forms it merges,
 * it merges on both sides, so it can only make more forms meet, never keep equal words apart.
 */
function fold(token: string): string {
  const word = IRREGULAR[token] ?? token;
  return word
    .replace(/men$/, 'man') // firemen, women
    .replace(/ie$/, 'y') // cookie(s) → cooky
    .replace(/oe$/, 'o') // potatoe(s) → potato
    .replace(/(fe|ve)$/, 'f') // knife, knive(s), wolve(s) → knif, wolf
    .replace(/se$/, 's'); // buse(s) → bus; horse → hors on both sides
}

/**
 * The keys a value is known by: its words in any order ("take the trash out" = "take out the
 * trash") and its words run together ("sea horse" = "seahorse", "T-shirt" = "tshirt").
 */
function keysOf(text: string): string[] {
  const tokens = nameTokens(text)
    .filter((w) => !FILLER.has(w))
    .map(fold);
  if (tokens.length === 0) return [];
  const anyOrder = [...tokens].sort().join(' ');
  const together = tokens.join('');
  return anyOrder === together ? [anyOrder] : [anyOrder, together];
}

interface Entry {
  /** How it is suggested: the first way the lexicon writes it. */
  shown: string;
  keys: readonly string[];
}

interface IndexedGroup {
  name: string;
  entries: readonly Entry[];
}

export interface Suggester {
  groups: readonly IndexedGroup[];
  suggest(values: readonly string[], options?: SuggestOptions): ValueSuggestions;
}

/**
 * A suggester over a lexicon, with its words indexed once (key → groups), so that each call
 * costs only the values typed. `suggestValues` uses the built-in lexicon; tests can give their own.
 */
export function makeSuggester(lexicon: readonly WordGroup[]): Suggester {
  const groups: IndexedGroup[] = lexicon.map((group) => ({
    name: group.name,
    entries: group.words.map((written) => {
      const ways = written.split('|').map((w) => w.trim());
      return { shown: ways[0]!, keys: [...new Set(ways.flatMap(keysOf))] };
    }),
  }));
  const groupsByKey = new Map<string, Set<number>>();
  groups.forEach((group, index) => {
    for (const entry of group.entries)
      for (const key of entry.keys) {
        const found = groupsByKey.get(key) ?? new Set<number>();
        found.add(index);
        groupsByKey.set(key, found);
      }
  });

  const groupsOf = (keys: readonly string[]): Set<number> =>
    new Set(keys.flatMap((key) => [...(groupsByKey.get(key) ?? [])]));

  function chooseGroup(values: readonly (readonly string[])[]): number | undefined {
    if (values.length === 0) return undefined;
    if (values.length === 1) {
      // One value is evidence for one group only when it belongs to no other: "orange" alone
      // could be a fruit or a colour, and a group's size says nothing about which one the
      // person means, so an ambiguous single word gets no suggestion until a second one arrives.
      const only = [...groupsOf(values[0]!)];
      return only.length === 1 ? only[0] : undefined;
    }
    const counts = new Map<number, number>();
    for (const keys of values)
      for (const group of groupsOf(keys)) counts.set(group, (counts.get(group) ?? 0) + 1);
    const most = Math.max(0, ...counts.values());
    // The group must explain at least two values and two-thirds of the list: "cat, dog, pizza"
    // is a list of pets with a stray value; "cat, pizza, guitar" is no list of anything.
    if (most < 2 || most * 3 < values.length * 2) return undefined;
    const leaders = [...counts].filter(([, count]) => count === most).map(([group]) => group);
    // Equally good groups: the smaller one is the more specific explanation ("red, blue" are
    // colours before they are anything broader). Still equal: no way to choose, so no guess.
    const size = (group: number) => groups[group]!.entries.length;
    const smallest = Math.min(...leaders.map(size));
    const best = leaders.filter((group) => size(group) === smallest);
    return best.length === 1 ? best[0] : undefined;
  }

  return {
    groups,
    suggest(values, options = {}) {
      const typed = values
        .map((text) => ({ text: text.trim(), keys: keysOf(text) }))
        .filter((value) => value.keys.length > 0);
      // The same value typed twice ("cat", "Cats") is one piece of evidence, not two.
      const distinct = new Map(typed.map((value) => [value.keys[0]!, value.keys]));
      const chosen = chooseGroup([...distinct.values()]);
      if (chosen === undefined) return { words: [] };
      const group = groups[chosen]!;
      const rejected = (options.rejected ?? []).flatMap(keysOf);
      const taken = new Set([...typed.flatMap((value) => value.keys), ...rejected]);
      const style = styleOf(typed.map((value) => value.text));
      const words = group.entries
        .filter((entry) => !entry.keys.some((key) => taken.has(key)))
        .slice(0, Math.max(0, options.max ?? DEFAULT_MAX))
        .map((entry) => restyle(entry.shown, style));
      return { group: group.name, words };
    },
  };
}

/**
 * How the person writes their values, so suggestions look like the rest of their list. The
 * lexicon is lower case except proper names ("Italy", "Monday"), which keep their capitals in
 * every style but shouting: a list typed in lower case still gets "English", spelled properly.
 */
type Style = 'upper' | 'title' | 'capitalised' | 'asWritten';

const hasLetters = (text: string) => /\p{L}/u.test(text);
const startsUpper = (word: string) => /^\P{L}*\p{Lu}/u.test(word);
const isUpper = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();
const wordsOf = (text: string) => text.split(/\s+/).filter(hasLetters);

function styleOf(values: readonly string[]): Style {
  const written = values.filter(hasLetters);
  if (written.length === 0) return 'asWritten';
  // Short all-capital values are acronyms ("PE", "TV"), not shouting.
  if (written.every(isUpper) && written.some((v) => /\p{L}{4}/u.test(v))) return 'upper';
  if (!written.every(startsUpper)) return 'asWritten';
  // "Take Out The Trash": every word capitalised, in values of several words.
  const everyWord = written.every((v) => wordsOf(v).every(startsUpper));
  return everyWord && written.some((v) => wordsOf(v).length > 1) ? 'title' : 'capitalised';
}

const capitalise = (word: string) => word.replace(/\p{L}/u, (c) => c.toUpperCase());

/** A lexicon word in the person's style. */
function restyle(shown: string, style: Style): string {
  switch (style) {
    case 'upper':
      return shown.toUpperCase();
    case 'title':
      return shown.split(' ').map(capitalise).join(' ');
    case 'capitalised':
      return capitalise(shown);
    case 'asWritten':
      return shown;
  }
}

let builtIn: Suggester | undefined;
// Built on first use, not at import: the form that shows chips may never be opened.
const suggester = () => (builtIn ??= makeSuggester(RELATED_WORDS));

/**
 * Related values to offer for a list a person is filling in: the group of the built-in lexicon
 * that best explains the values typed, and up to `max` of its other words (not typed yet, not
 * turned down), most typical first. Nothing when the list is empty, too mixed or ambiguous.
 */
export function suggestValues(
  values: readonly string[],
  options?: SuggestOptions,
): ValueSuggestions {
  return suggester().suggest(values, options);
}

/** The built-in groups with the words they suggest (for tests and docs). */
export function valueGroups(): readonly { name: string; words: readonly string[] }[] {
  return suggester().groups.map((group) => ({
    name: group.name,
    words: group.entries.map((entry) => entry.shown),
  }));
}
