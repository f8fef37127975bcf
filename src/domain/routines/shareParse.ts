// Reading a shared routine from whatever the person has: the file's text, the link, or the link's
// data alone. Never throws: anything that is not a routine this app can add is refused with
// sentences a person can act on, most helpful first, and nothing is added.
import { DOMAINS } from '../home/model.ts';
import type { z } from '../zod.ts';
import {
  LINK_PARAM,
  MAX_SHARED_CHARS,
  SHARED_FORMAT,
  SHARED_VERSION,
  own,
  sharedRoutineSchema,
  type SharedRoutine,
} from './shareFormat.ts';
import { routineRefs } from './shareRefs.ts';

export type ParseSharedResult =
  { ok: true; shared: SharedRoutine; from: 'text' | 'link' } | { ok: false; problems: string[] };

const NOT_SHARED = 'This is not a shared routine.';
const NEWER =
  'This routine was shared by a newer version of Teachable Home, so this one can’t read it.';
/** Past this many details a person stops reading; the first says the most. */
const DETAILS_SHOWN = 5;
/** Base64 makes 3 bytes 4 characters; a little more for the link around the data. */
const MAX_INPUT_CHARS = Math.ceil((MAX_SHARED_CHARS * 4) / 3) + 2_000;

const fail = (...problems: string[]): ParseSharedResult => ({ ok: false, problems });

/**
 * A file too large to be read at all: refused by its size, before its text is loaded. Undefined
 * when it is small enough to read (parseShared still checks the text).
 */
export function refuseBySize(size: number): ParseSharedResult | undefined {
  return size > MAX_INPUT_CHARS * 4 ? tooLarge(size) : undefined;
}

function tooLarge(chars: number): ParseSharedResult {
  return fail(
    `This is too large to be a shared routine (${Math.ceil(chars / 1000)} kB; a shared routine is at most ${MAX_SHARED_CHARS / 1000} kB).`,
  );
}

/** The data of a link, of its hash, or the data alone; undefined when it is none of these. */
function linkDataOf(text: string): string | undefined {
  const inLink = new RegExp(`(?:^|[#?&])${LINK_PARAM}=([^&#\\s]*)`).exec(text);
  if (inLink) return inLink[1] ?? '';
  return /^[A-Za-z0-9_-]+$/.test(text) ? text : undefined;
}

function fromBase64Url(data: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(data) || data.length % 4 === 1) return undefined;
  const padded =
    data.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (data.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ---------- Damage in words ----------

const PLACES: Record<string, string> = {
  triggers: 'trigger',
  conditions: 'condition',
  actions: 'step',
};
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
};

/** Where in the file: "trigger 2", "step 3", "the device “light.porch”", "the routine". */
function placeOf(path: readonly PropertyKey[]): { place: string; field?: string } {
  const [top, second, third, ...rest] = path.map(String);
  const last = (from: readonly string[]) => [...from].reverse().find((p) => !/^\d+$/.test(p));
  if (top === 'routine') {
    const kind = second === undefined ? undefined : PLACES[second];
    if (kind && third !== undefined && /^\d+$/.test(third))
      return { place: `${kind} ${Number(third) + 1}`, field: last(rest) };
    return {
      place: 'the routine',
      field: last([second ?? '', third ?? '', ...rest].filter(Boolean)),
    };
  }
  const table: Record<string, string> = { devices: 'device', areas: 'room', routines: 'routine' };
  if (top !== undefined && table[top] && second !== undefined)
    return {
      place: `the ${table[top]} “${second.slice(0, 40)}”`,
      field: last([third ?? '', ...rest].filter(Boolean)),
    };
  return { place: 'the file', field: top };
}

function detailOf(issue: z.core.$ZodIssue): string {
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

function describeIssue(issue: z.core.$ZodIssue): string {
  const { place, field } = placeOf(issue.path);
  const detail = detailOf(issue);
  return field ? `in ${place}, “${field.slice(0, 40)}” ${detail}` : `${place} ${detail}`;
}

function damaged(from: 'text' | 'link', details: readonly string[]): ParseSharedResult {
  const [first = 'it is not complete', ...rest] = details;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return fail(
    `The routine in this ${from === 'link' ? 'link' : 'file'} is damaged: ${first}.`,
    ...rest.slice(0, DETAILS_SHOWN - 1).map((d) => `${capital(d)}.`),
  );
}

/** What a schema cannot see: references to things the file does not describe. */
function referenceProblems(shared: SharedRoutine): string[] {
  const refs = routineRefs(shared.routine);
  const problems: string[] = [];
  const missing = refs.entities.filter((id) => own(shared.devices, id) === undefined).length;
  if (missing > 0)
    problems.push(
      `it uses ${missing === 1 ? 'a device' : `${missing} devices`} it doesn’t describe`,
    );
  for (const id of refs.people) {
    const device = own(shared.devices, id);
    if (device && device.domain !== 'person')
      problems.push(`it treats “${device.name}” as a person, but describes it as a device`);
  }
  if (refs.areas.some((id) => own(shared.areas, id) === undefined))
    problems.push('it uses a room it doesn’t describe');
  if (refs.routines.some((id) => own(shared.routines, id) === undefined))
    problems.push('it runs a routine it doesn’t describe');
  return problems;
}

/** A kind of device this app has never heard of: not damage, but a home that can't hold it. */
function unknownDomain(data: Record<string, unknown>): string | undefined {
  if (!isObject(data.devices)) return undefined;
  for (const device of Object.values(data.devices)) {
    if (!isObject(device) || typeof device.domain !== 'string') continue;
    if (!(DOMAINS as readonly string[]).includes(device.domain)) return device.domain.slice(0, 40);
  }
  return undefined;
}

/** Reads the text of a shared file, a shared link, or the data of one. */
export function parseShared(input: unknown): ParseSharedResult {
  if (typeof input !== 'string') return fail(NOT_SHARED);
  if (input.length > MAX_INPUT_CHARS) return tooLarge(input.length);
  // Editors on Windows may save with a byte order mark, which JSON.parse refuses.
  const trimmed = input.replace(/^\ufeff/, '').trim();
  if (trimmed === '')
    return fail(
      'There is nothing to import yet: choose a file, paste a shared routine, or open a shared link.',
    );

  let text: string;
  let from: 'text' | 'link';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    text = trimmed;
    from = 'text';
  } else {
    const data = linkDataOf(trimmed);
    if (data === undefined)
      return fail(
        NOT_SHARED,
        'A shared routine is a file whose name ends in “.routine.json”, the text of one, or a link to “Import a routine”.',
      );
    const decoded = fromBase64Url(data);
    if (decoded === undefined)
      return fail(
        'This link is incomplete or was changed: part of it may have been lost when it was copied. Copy the whole link again.',
      );
    text = decoded;
    from = 'link';
  }
  if (text.length > MAX_SHARED_CHARS) return tooLarge(text.length);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return from === 'link'
      ? fail('This link is incomplete or was changed: Copy the whole link again.')
      : fail(
          'This is not a complete shared routine: the text is cut short or broken. If you pasted it, copy all of it again.',
        );
  }
  if (!isObject(data) || data.format !== SHARED_FORMAT) {
    if (isObject(data) && data.format === 'teachable-home-backup')
      return fail(
        'This is a backup of a whole home, not a shared routine. To restore it, go to Settings → Data.',
      );
    return fail(NOT_SHARED);
  }
  if (typeof data.version === 'number' && data.version > SHARED_VERSION) return fail(NEWER);
  if (data.version !== SHARED_VERSION)
    return damaged(from, ['its version number is missing or wrong']);

  const unknown = unknownDomain(data);
  if (unknown !== undefined)
    return fail(
      `This routine uses a kind of device Teachable Home doesn’t know (“${unknown}”), so it can’t be added here.`,
    );

  const parsed = sharedRoutineSchema.safeParse(data);
  if (!parsed.success) return damaged(from, parsed.error.issues.map(describeIssue));
  const shared = parsed.data;
  if (shared.routine.actions.some((a) => a.type === 'run_taught'))
    return fail(
      'This routine does a taught command, and taught commands can’t be shared, so it can’t be added here.',
    );
  const references = referenceProblems(shared);
  if (references.length > 0) return damaged(from, references);
  return { ok: true, shared, from };
}
