// What a schema found wrong with shared data, in words a person can follow: "is missing", "is too
// long (at most 120 characters)". Where it is ("in step 2, “command”") depends on the format, so
// each format places the issue and this says what is wrong there.
import type { z } from '../zod.ts';

/**
 * Parse options for data whose issues are said with `issueDetail`: zod leaves the input out of
 * its issues unless asked, and without it a field of the wrong type reads as a missing one.
 */
export const REPORT_INPUT = { reportInput: true } as const;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
};

/** What is wrong, to follow a place: "is missing", "should be a number" (see REPORT_INPUT). */
export function issueDetail(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `should be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many (at most ${String(issue.maximum)})`;
      return `is too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      if (issue.origin === 'string') return 'is empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)}`;
      return `is too small (at least ${String(issue.minimum)})`;
    case 'invalid_value':
      return `should be one of ${issue.values
        .slice(0, 6)
        .map((v) => `“${String(v)}”`)
        .join(', ')}`;
    case 'unrecognized_keys':
      return `has fields Teachable Home doesn’t know: ${issue.keys
        .slice(0, 5)
        .map((k) => `“${k.slice(0, 40)}”`)
        .join(', ')}`;
    case 'invalid_union':
      return 'is of a kind Teachable Home doesn’t know';
    case 'invalid_format':
    case 'invalid_key':
      return 'is not written the right way';
    default:
      return issue.message;
  }
}

/** "in trigger 2, “at” is not written the right way", or "the file is missing …" without a field. */
export function placedIssue(place: string, field: string | undefined, detail: string): string {
  return field ? `in ${place}, “${field.slice(0, 40)}” ${detail}` : `${place} ${detail}`;
}
