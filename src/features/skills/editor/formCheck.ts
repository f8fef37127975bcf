// The editor's checks: the skill's name and start phrases as the Skill model words them, and the
// template's own schema for the rest. Problems are placed on the field they are about (for the
// message next to it) and listed in the form's own words for the summary at the top
// ("Questions › Question 2 › Answer: the answer must be one of the choices").
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import { placeOf } from '../../../domain/blueprints/config.ts';
import { skillSchema } from '../../../domain/blueprints/model.ts';
import type { AnyBlueprint, FieldSpec } from '../../../domain/blueprints/types.ts';
import { z } from '../../../domain/zod.ts';
import { partsOf, type SkillForm, type SkillParts } from './formModel.ts';

type Issue = z.core.$ZodIssue;

export function partsSchema(blueprint: AnyBlueprint) {
  return z.object({
    name: skillSchema.shape.name,
    phrases: skillSchema.shape.phrases,
    config: blueprint.schema,
  });
}

/** The field a path inside the config points at ("questions", 1, "answer" → the Answer field). */
export function specAt(
  fields: readonly FieldSpec[],
  path: readonly PropertyKey[],
): FieldSpec | undefined {
  let current: readonly FieldSpec[] = fields;
  let found: FieldSpec | undefined;
  for (let i = 0; i < path.length; i++) {
    found = current.find((f) => f.key === path[i]);
    if (!found) return undefined;
    if (found.kind === 'list' && typeof path[i + 1] === 'number') {
      i++;
      if (i === path.length - 1) return found;
      current = found.fields;
    } else if (i < path.length - 1) return found.kind === 'words' ? found : undefined;
  }
  return found;
}

/** Where a problem goes in the form: phrases are records there, { text }. */
function formPath(path: readonly PropertyKey[]): string[] {
  const names = path.map(String);
  return names[0] === 'phrases' && names.length === 2 ? [...names, 'text'] : names;
}

/**
 * The message for an issue. An empty number box holds NaN, which zod words as a programmer would
 * ("expected number, received NaN"): the form says which numbers it takes instead.
 */
function messageOf(issue: Issue, form: SkillForm, fields: readonly FieldSpec[]): string {
  if (issue.path[0] !== 'config') return issue.message;
  const spec = specAt(fields, issue.path.slice(1));
  const value: unknown = get(form, issue.path.map(String).join('.'));
  if (spec?.kind === 'number' && !(typeof value === 'number' && Number.isFinite(value)))
    return `write a number from ${spec.min} to ${spec.max}`;
  return issue.message;
}

/**
 * The issues as react-hook-form's errors. A problem of a whole list or group ("add at least one
 * question") goes on its `root`, as useFieldArray's own do, so the entries keep theirs.
 */
export function formErrors(
  issues: readonly Issue[],
  form: SkillForm,
  fields: readonly FieldSpec[],
): FieldErrors<SkillForm> {
  const errors = {};
  for (const issue of issues) {
    const path = formPath(issue.path);
    const value: unknown = path.length === 0 ? form : get(form, path.join('.'));
    const whole = typeof value === 'object' && value !== null;
    const name = [...path, ...(whole ? ['root'] : [])].join('.');
    // The first problem of a field is the one to fix first.
    if (get(errors, name) === undefined)
      set(errors, name, { type: issue.code, message: messageOf(issue, form, fields) });
  }
  return errors;
}

/** The form checked as a whole, each time react-hook-form asks. */
export function skillResolver(blueprint: AnyBlueprint): Resolver<SkillForm, unknown, SkillParts> {
  const schema = partsSchema(blueprint);
  return (values) => {
    const parsed = schema.safeParse(partsOf(values));
    if (parsed.success) return { values: parsed.data as SkillParts, errors: {} };
    return { values: {}, errors: formErrors(parsed.error.issues, values, blueprint.fields) };
  };
}

export interface FormProblem {
  /** The field's name in the form ("config.questions.1.answer"), to move the focus there. */
  name: string;
  /** "Name", "Phrase 2", "Questions › Question 2 › Answer". */
  where: string;
  message: string;
}

function whereOf(path: readonly string[], fields: readonly FieldSpec[]): string {
  const [top, index] = path;
  if (top === 'name') return 'Name';
  if (top === 'phrases')
    return index === undefined ? 'Other ways to start it' : `Phrase ${Number(index) + 1}`;
  const rest = path.slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const place = placeOf(fields, rest);
  return place.length > 0 ? place.join(' › ') : 'The form';
}

/** The position of a path in the form, to list problems from top to bottom. */
function orderOf(path: readonly string[], fields: readonly FieldSpec[]): number[] {
  const top = ['name', 'phrases', 'config'].indexOf(path[0] ?? '');
  const out = [top];
  let current: readonly FieldSpec[] = fields;
  for (const part of path.slice(1)) {
    if (/^\d+$/.test(part)) {
      out.push(Number(part));
      continue;
    }
    const at = current.findIndex((f) => f.key === part);
    out.push(at);
    const spec = current[at];
    current = spec?.kind === 'list' ? spec.fields : [];
  }
  return out;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Every problem in the errors, in the order of the form, each in the form's words. */
export function listProblems(
  errors: FieldErrors<SkillForm>,
  fields: readonly FieldSpec[],
): FormProblem[] {
  const found: { problem: FormProblem; order: number[] }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const error = node as Record<string, unknown>;
    if (typeof error.message === 'string' && error.message !== '' && 'type' in error)
      found.push({
        problem: { name: path.join('.'), where: whereOf(path, fields), message: error.message },
        order: orderOf(path, fields),
      });
    for (const key of Object.keys(error)) {
      // "ref" is the field's element; "types" repeats the messages.
      if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
      walk(error[key], key === 'root' ? path : [...path, key]);
    }
  };
  walk(errors, []);
  return found.sort((a, b) => compare(a.order, b.order)).map((f) => f.problem);
}

/** "1 thing needs fixing", "3 things need fixing". */
export const problemsTitle = (count: number) =>
  count === 1 ? '1 thing needs fixing' : `${count} things need fixing`;
