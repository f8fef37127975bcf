// Running one case of the test set and saying, in a line, what differs from what was expected.
// Kept apart from the test file so that the comparison itself can be tested and reused.
import type { Home } from '../../home/model.ts';
import { interpret } from '../interpret.ts';
import type { InterpretContext, Interpretation } from '../types.ts';
import type { Expected, TestCase } from './types.ts';

const sorted = (ids: readonly string[]) => [...ids].sort();
const sameSet = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const short = (ids: readonly string[]) => `[${sorted(ids).join(', ')}]`;
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

/** What differs between the expectation and the interpretation; empty when it matches. */
export function differences(expected: Expected, got: Interpretation, at = ''): string[] {
  const out: string[] = [];
  const intents: readonly string[] =
    typeof expected.intent === 'string' ? [expected.intent] : expected.intent;
  if (!intents.includes(got.intent)) out.push(`${at}intent ${intents.join('|')} ≠ ${got.intent}`);
  for (const [key, want] of Object.entries(expected.slots ?? {})) {
    const have = (got.slots as Record<string, unknown>)[key];
    if (want === null) {
      if (have !== undefined) out.push(`${at}${key} should be absent, got ${JSON.stringify(have)}`);
    } else if (lower(want) !== lower(have))
      out.push(`${at}${key} ${JSON.stringify(want)} ≠ ${JSON.stringify(have)}`);
  }
  if (expected.targets && !sameSet(expected.targets, got.targets))
    out.push(`${at}targets ${short(expected.targets)} ≠ ${short(got.targets)}`);
  if (expected.ambiguous && !sameSet(expected.ambiguous, got.ambiguous ?? []))
    out.push(`${at}ambiguous ${short(expected.ambiguous)} ≠ ${short(got.ambiguous ?? [])}`);
  if (expected.unresolved) {
    if (!got.unresolved) out.push(`${at}unresolved expected, got none`);
    else if (expected.unresolved !== true)
      for (const [key, want] of Object.entries(expected.unresolved)) {
        const have = (got.unresolved as Record<string, unknown>)[key];
        if (lower(want) !== lower(have))
          out.push(`${at}unresolved.${key} ${JSON.stringify(want)} ≠ ${JSON.stringify(have)}`);
      }
  }
  if (expected.parts) {
    const parts = got.parts ?? [got];
    if (parts.length !== expected.parts.length)
      out.push(`${at}${expected.parts.length} parts ≠ ${parts.length}`);
    else expected.parts.forEach((p, i) => out.push(...differences(p, parts[i]!, `part ${i + 1} `)));
  }
  return out;
}

/** The interpretation context a case describes. */
export function contextOf(home: Home, c: TestCase): InterpretContext {
  const context: InterpretContext = { home };
  if (c.area) context.area = c.area;
  if (c.previous) context.previous = c.previous;
  if (c.pending)
    context.pending = {
      kind: 'which',
      options: [...c.pending.options],
      interpretation: {
        text: '',
        intent: c.pending.intent,
        slots: c.pending.slots ?? {},
        targets: [],
        ambiguous: [...c.pending.options],
      },
    };
  return context;
}

export interface Outcome {
  case: TestCase;
  got: Interpretation;
  problems: string[];
}

export function run(home: Home, c: TestCase): Outcome {
  const got = interpret(c.text, contextOf(home, c));
  return { case: c, got, problems: differences(c.expect, got) };
}

/** One line per failing case: the text and its context, what differs, and what was understood. */
export function table(failures: readonly Outcome[]): string {
  return failures
    .map(({ case: c, got, problems }) => {
      const where = [
        c.area ? `area=${c.area}` : '',
        c.previous ? `after ${c.previous.intent}${short(c.previous.targets)}` : '',
        c.pending ? `answering ${short(c.pending.options)}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const understood = `${got.intent} ${JSON.stringify(got.slots)} → ${short(got.targets)}`;
      return `• "${c.text}"${where ? ` (${where})` : ''}\n    ${problems.join('; ')}\n    got: ${understood}`;
    })
    .join('\n');
}
