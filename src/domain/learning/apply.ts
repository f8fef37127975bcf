// Applying what was learned, before interpret: a promoted rewrite whose words are the whole
// request turns it into the words that worked. Whole requests only — or a whole part of a compound
// one, split where the interpreter splits ("and", "then") — never a phrase inside a longer
// request: a rewrite is evidence about what a person meant by a whole request, and "let me in"
// learned as "unlock the front door" must not fire inside "let me in on the plan". Parts keep the
// rewrite's evidence intact ("kill the big lamp and close the blinds" is two requests).
//
// Lookup is one Map get per request (plus one per part): the index of promoted rewrites by their
// words is built once per rewrites array (states are immutable, so identity says "unchanged").
import { tokenize, type Tokens } from '../language/normalize.ts';
import type { LearnedWords } from '../language/types.ts';

export interface Rewritten<R extends LearnedWords = LearnedWords> {
  /** The text to interpret: the request, or the words that worked instead. */
  text: string;
  /** The first rewrite used, for "Why?" ("I understood 'X' as 'Y' (learned on 3 March)"). */
  rewrite?: R;
  /** Every rewrite used (several when parts of a compound request were rewritten). */
  rewrites: R[];
  /** The words the first rewrite read, as said (the whole request, or that part of it). */
  said?: string;
}

const JOINERS = new Set(['and', 'then']);
const indexes = new WeakMap<readonly LearnedWords[], Map<string, LearnedWords>>();

/** Promoted rewrites by their words (one per words: see learn.ts `settle`). */
function indexOf<R extends LearnedWords>(rewrites: readonly R[]): Map<string, R> {
  let index = indexes.get(rewrites) as Map<string, R> | undefined;
  if (!index) {
    index = new Map();
    for (const r of rewrites) if (r.status === 'promoted') index.set(r.from, r);
    indexes.set(rewrites, index);
  }
  return index;
}

/**
 * The request with learned rewrites applied (unchanged when none fits). Takes the learning state
 * or anything holding rewrites of its shape (interpret's `learned`).
 */
export function applyRewrites<R extends LearnedWords>(
  text: string,
  state: { readonly rewrites: readonly R[] },
  /** The text already tokenized (interpret has it): not done twice. */
  tokens?: Tokens,
): Rewritten<R> {
  const index = indexOf(state.rewrites);
  if (index.size === 0) return { text, rewrites: [] };
  const { raw, base } = tokens ?? tokenize(text);
  const whole = index.get(base.join(' '));
  if (whole) return { text: whole.to, rewrite: whole, rewrites: [whole], said: text.trim() };
  if (!raw.some((w) => JOINERS.has(w))) return { text, rewrites: [] };

  // A compound request: each part between joiners looked up on its own, joiners kept.
  const out: string[] = [];
  const used: R[] = [];
  let said: string | undefined;
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && !JOINERS.has(raw[i]!)) continue;
    if (i > start) {
      const found = index.get(base.slice(start, i).join(' '));
      if (found) used.push(found);
      if (found && said === undefined) said = raw.slice(start, i).join(' ');
      out.push(found ? found.to : raw.slice(start, i).join(' '));
    }
    if (i < raw.length) out.push(raw[i]!);
    start = i + 1;
  }
  if (used.length === 0) return { text, rewrites: [] };
  return { text: out.join(' '), rewrite: used[0], rewrites: used, ...(said ? { said } : {}) };
}
