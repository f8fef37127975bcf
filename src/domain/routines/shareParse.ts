// Reading a shared routine from whatever the person has: the file's text, the link, or the link's
// data alone. Never throws: anything that is not a routine this app can add is refused with
// sentences a person can act on, most helpful first, and nothing is added. Reading the input
// itself (link or text, size, JSON, format, version) is shared with skills: sharing/read.ts.
import { DOMAINS } from '../home/model.ts';
import { issueDetail, placedIssue, REPORT_INPUT } from '../sharing/issueWords.ts';
import {
  damaged as damagedShare,
  readShared,
  refuse,
  refuseBySize as refuseSharedBySize,
  type SharedSource,
} from '../sharing/read.ts';
import { isObject } from '../sharing/safeKeys.ts';
import type { z } from '../zod.ts';
import { ROUTINE_SHARE, own, sharedRoutineSchema, type SharedRoutine } from './shareFormat.ts';
import { routineRefs } from './shareRefs.ts';

export type ParseSharedResult =
  { ok: true; shared: SharedRoutine; from: SharedSource } | { ok: false; problems: string[] };

/**
 * A file too large to be read at all: refused by its size, before its text is loaded. Undefined
 * when it is small enough to read (parseShared still checks the text).
 */
export function refuseBySize(size: number): ParseSharedResult | undefined {
  return refuseSharedBySize(ROUTINE_SHARE, size);
}

// ---------- Damage in words ----------

const PLACES: Record<string, string> = {
  triggers: 'trigger',
  conditions: 'condition',
  actions: 'step',
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

function describeIssue(issue: z.core.$ZodIssue): string {
  const { place, field } = placeOf(issue.path);
  return placedIssue(place, field, issueDetail(issue));
}

const damaged = (from: SharedSource, details: readonly string[]) =>
  damagedShare(ROUTINE_SHARE, from, details);

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
  const read = readShared(input, ROUTINE_SHARE);
  if (!read.ok) return read;
  const { data, from } = read;

  const unknown = unknownDomain(data);
  if (unknown !== undefined)
    return refuse(
      `This routine uses a kind of device Teachable Home doesn’t know (“${unknown}”), so it can’t be added here.`,
    );

  const parsed = sharedRoutineSchema.safeParse(data, REPORT_INPUT);
  if (!parsed.success) return damaged(from, parsed.error.issues.map(describeIssue));
  const shared = parsed.data;
  if (shared.routine.actions.some((a) => a.type === 'run_taught'))
    return refuse(
      'This routine does a taught command, and taught commands can’t be shared, so it can’t be added here.',
    );
  const references = referenceProblems(shared);
  if (references.length > 0) return damaged(from, references);
  return { ok: true, shared, from };
}
