// The scoring rules of ../shared/tools/score_intents.py, in TypeScript, so that the corpus unit
// test and the bench count a match exactly as the score tool does: the same normalisation of slot
// values (case, spaces, "50%" = 50), the same "name: all" and list rules, the same intent aliases,
// and the same slots left out (Home Assistant's internal `actual_state` / `alternate_state`).

/** One test case of the corpus (`cases[]` of ha-intents-en.json). */
export interface CorpusCase {
  text: string;
  intent: string;
  slots: Record<string, unknown>;
  domain?: string;
  /** The request's context: `area` is the speaking device's room, by name. */
  context?: { area?: string } & Record<string, unknown>;
  response?: string;
}

export interface Corpus {
  fixtures: unknown;
  cases: CorpusCase[];
}

/** What the interpreter answered for a case: the fields the score tool reads. */
export interface Answer {
  intent?: string;
  /** Slot name → value; an object type so that `Slots` (an interface) fits. */
  slots?: object;
}

/** The "device domains" of the issue's headline figure (`--domains` of the score tool). */
export const DEVICE_DOMAINS: readonly string[] = [
  'light',
  'switch',
  'fan',
  'cover',
  'lock',
  'climate',
  'media_player',
];

/** Old names of intents in some test files, counted as the current ones. */
const ALIAS: Record<string, string> = {
  MediaMute: 'HassMediaMute',
  MediaUnmute: 'HassMediaUnmute',
};
const IGNORED_SLOTS = new Set(['actual_state', 'alternate_state']);

export const canonicalIntent = (intent: string | undefined): string | undefined =>
  intent === undefined ? undefined : (ALIAS[intent] ?? intent);

// Python's float() on a trimmed string: decimals, exponents, inf and nan, with a sign.
const FLOAT = /^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)$/i;

function pythonFloat(s: string): number | undefined {
  const t = s.trim();
  if (!FLOAT.test(t)) return undefined;
  const lower = t.toLowerCase().replace(/^\+/, '');
  if (lower.endsWith('inf') || lower.endsWith('infinity'))
    return lower.startsWith('-') ? -Infinity : Infinity;
  if (lower.endsWith('nan')) return Number.NaN;
  return Number(t);
}

/** A slot value as compared: numbers (also "50%") as numbers, text lower-cased with single spaces. */
export function norm(value: unknown): unknown {
  if (typeof value === 'string') {
    const s = value.trim().toLowerCase();
    const n = pythonFloat(s.replace(/%+$/, ''));
    return n ?? s.replace(/\s+/g, ' ');
  }
  return value;
}

/** Python's `==` on normalised values: True equals 1, lists and objects compare by content. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean' && typeof b === 'number') return Number(a) === b;
  if (typeof a === 'number' && typeof b === 'boolean') return a === Number(b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => k in rb && same(ra[k], rb[k]));
  }
  return a === b;
}

/** Whether the slot `key` the interpreter gave (`got`) matches the expected value. */
export function slotOk(key: string, expected: unknown, got: unknown): boolean {
  // "name: all" is Home Assistant's way of saying "every entity that fits": no name is right too.
  if (key === 'name' && typeof expected === 'string' && expected.toLowerCase() === 'all')
    return got === undefined || got === null || norm(got) === 'all';
  if (got === undefined || got === null) return false;
  if (Array.isArray(expected)) {
    // A list of acceptable values (states): every value given must be one of them.
    const given = Array.isArray(got) ? got : [got];
    const allowed = expected.map(norm);
    return given.every((g) => allowed.some((a) => same(norm(g), a)));
  }
  if (expected !== null && typeof expected === 'object') return true; // HA-internal: not compared
  return same(norm(expected), norm(got));
}

/** The slots of a case that are compared. */
export const scoredSlots = (c: CorpusCase): string[] =>
  Object.keys(c.slots).filter((k) => !IGNORED_SLOTS.has(k));

export interface CaseScore {
  intentOk: boolean;
  /** Intent and every compared slot right. */
  fullOk: boolean;
}

export function scoreCase(c: CorpusCase, answer: Answer): CaseScore {
  const intentOk = canonicalIntent(answer.intent) === canonicalIntent(c.intent);
  const slots = (answer.slots ?? {}) as Record<string, unknown>;
  const fullOk = intentOk && scoredSlots(c).every((k) => slotOk(k, c.slots[k], slots[k]));
  return { intentOk, fullOk };
}

export interface Miss {
  text: string;
  area?: string;
  want: { intent: string; slots: Record<string, unknown> };
  got: { intent?: string; slots: object };
}

export interface Tally {
  n: number;
  intent: number;
  full: number;
  perIntent: Record<string, { n: number; intent: number; full: number }>;
  misses: Miss[];
}

/** Scores every case against its answer (same order) and keeps the misses. */
export function tally(cases: readonly CorpusCase[], answers: readonly Answer[]): Tally {
  const result: Tally = { n: 0, intent: 0, full: 0, perIntent: {}, misses: [] };
  cases.forEach((c, i) => {
    const answer = answers[i] ?? {};
    const { intentOk, fullOk } = scoreCase(c, answer);
    const wanted = canonicalIntent(c.intent)!;
    const row = (result.perIntent[wanted] ??= { n: 0, intent: 0, full: 0 });
    for (const r of [result, row]) {
      r.n += 1;
      r.intent += Number(intentOk);
      r.full += Number(fullOk);
    }
    if (!fullOk)
      result.misses.push({
        text: c.text,
        ...(c.context?.area ? { area: c.context.area } : {}),
        want: {
          intent: wanted,
          slots: Object.fromEntries(scoredSlots(c).map((k) => [k, c.slots[k]])),
        },
        got: { intent: canonicalIntent(answer.intent), slots: answer.slots ?? {} },
      });
  });
  return result;
}

export const rate = (t: { n: number; full: number }): number => (t.n === 0 ? 0 : t.full / t.n);

/** A readable report: the figures per intent, then the misses (at most `limit`). */
export function report(t: Tally, limit = 80): string {
  const lines = [
    `full match ${rate(t).toFixed(3)} (${t.full} of ${t.n}); intent ${(t.intent / Math.max(1, t.n)).toFixed(3)}`,
  ];
  const intents = Object.entries(t.perIntent).sort((a, b) => b[1].n - a[1].n);
  for (const [name, r] of intents)
    lines.push(
      `  ${name.padEnd(28)} ${String(r.n).padStart(4)}  intent ${(r.intent / r.n).toFixed(3)}  full ${(r.full / r.n).toFixed(3)}`,
    );
  if (t.misses.length > 0) lines.push(`misses (${t.misses.length}):`);
  for (const m of t.misses.slice(0, limit))
    lines.push(
      `  ${JSON.stringify(m.text)}${m.area ? ` [in ${m.area}]` : ''}: want ${m.want.intent} ${JSON.stringify(m.want.slots)} got ${m.got.intent} ${JSON.stringify(m.got.slots)}`,
    );
  if (t.misses.length > limit) lines.push(`  … and ${t.misses.length - limit} more`);
  return lines.join('\n');
}
