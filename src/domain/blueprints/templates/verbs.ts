// Tasks and chores are written as a person would say them, starting with a verb ("feed the cat",
// "take out the bins"). The home templates need them in other forms: "Emma fed the cat
// yesterday", "Leo feeds the cat today". Only the first word changes; the rest is kept as written.

/** Everyday irregular verbs of housework, and those whose spelling changes. */
const IRREGULAR: Readonly<Record<string, { past: string; third: string }>> = {
  be: { past: 'was', third: 'is' },
  bring: { past: 'brought', third: 'brings' },
  buy: { past: 'bought', third: 'buys' },
  choose: { past: 'chose', third: 'chooses' },
  do: { past: 'did', third: 'does' },
  drive: { past: 'drove', third: 'drives' },
  feed: { past: 'fed', third: 'feeds' },
  get: { past: 'got', third: 'gets' },
  give: { past: 'gave', third: 'gives' },
  go: { past: 'went', third: 'goes' },
  hang: { past: 'hung', third: 'hangs' },
  have: { past: 'had', third: 'has' },
  lay: { past: 'laid', third: 'lays' },
  make: { past: 'made', third: 'makes' },
  pay: { past: 'paid', third: 'pays' },
  put: { past: 'put', third: 'puts' },
  read: { past: 'read', third: 'reads' },
  ride: { past: 'rode', third: 'rides' },
  run: { past: 'ran', third: 'runs' },
  set: { past: 'set', third: 'sets' },
  sweep: { past: 'swept', third: 'sweeps' },
  take: { past: 'took', third: 'takes' },
  throw: { past: 'threw', third: 'throws' },
  wake: { past: 'woke', third: 'wakes' },
  write: { past: 'wrote', third: 'writes' },
};

const VOWELS = /[aeiou]/;

function splitFirst(phrase: string): [first: string, rest: string] {
  const trimmed = phrase.trim();
  const space = trimmed.search(/\s/);
  return space < 0 ? [trimmed, ''] : [trimmed.slice(0, space), trimmed.slice(space)];
}

/** Keeps the capital of the word as written ("Feed" → "Fed"). */
function sameCase(written: string, form: string): string {
  return written.charAt(0) === written.charAt(0).toUpperCase() &&
    written.charAt(0) !== written.charAt(0).toLowerCase()
    ? form.charAt(0).toUpperCase() + form.slice(1)
    : form;
}

function pastOf(verb: string): string {
  const known = IRREGULAR[verb];
  if (known) return known.past;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // Short words ending consonant-vowel-consonant double the last letter: "mop" → "mopped".
  if (
    verb.length === 3 &&
    !VOWELS.test(verb[0]!) &&
    /[^aeiouwxy]$/.test(verb) &&
    VOWELS.test(verb[1]!)
  )
    return `${verb}${verb[2]}ed`;
  return `${verb}ed`;
}

function thirdOf(verb: string): string {
  const known = IRREGULAR[verb];
  if (known) return known.third;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function withFirst(phrase: string, change: (verb: string) => string): string {
  const [first, rest] = splitFirst(phrase);
  if (!/^[a-z]+$/i.test(first)) return phrase.trim();
  return sameCase(first, change(first.toLowerCase())) + rest;
}

/** "feed the cat" → "fed the cat"; "do the dishes" → "did the dishes". */
export const pastTense = (phrase: string): string => withFirst(phrase, pastOf);

/** "feed the cat" → "feeds the cat"; "wash up" → "washes up". */
export const thirdPerson = (phrase: string): string => withFirst(phrase, thirdOf);
