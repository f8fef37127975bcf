// A skill's form checked by its blueprint's schema, with each problem placed by the form's own
// labels ("Questions › Question 2 › Answer: the answer must be one of the choices"), so the same
// words serve the editor's summary, imports and stored skills read back.
import type { z } from '../zod.ts';
import { blueprintById } from './registry.ts';
import type { AnyBlueprint, FieldSpec } from './types.ts';
import type { Skill } from './model.ts';

/** Where an issue's path points, in the form's words. */
export function placeOf(fields: readonly FieldSpec[], path: readonly PropertyKey[]): string[] {
  const place: string[] = [];
  let current: readonly FieldSpec[] | undefined = fields;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const field: FieldSpec | undefined = current?.find((f) => f.key === key);
    if (!field) break;
    place.push(field.label);
    const next = path[i + 1];
    if ((field.kind === 'list' || field.kind === 'words') && typeof next === 'number') {
      place.push(
        `${field.itemLabel.charAt(0).toUpperCase()}${field.itemLabel.slice(1)} ${next + 1}`,
      );
      i++;
    }
    current = field.kind === 'list' ? field.fields : undefined;
  }
  return place;
}

/**
 * Plain words for what a template's schema did not word itself: a form's field left out, text
 * too long, a list too short. A message written into the schema takes precedence over these.
 */
export const formErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'fill this in' : 'this is not the right kind of value';
    case 'too_big':
      if (issue.origin === 'string') return `keep it under ${String(issue.maximum)} letters`;
      if (issue.origin === 'array') return `at most ${String(issue.maximum)}`;
      return `at most ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'fill this in';
      if (issue.origin === 'array') return `add at least ${String(issue.minimum)}`;
      return `at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return 'choose one of the options';
    case 'unrecognized_keys':
      return 'this form has fields its template does not know';
    default:
      return undefined;
  }
};

export function describeIssue(fields: readonly FieldSpec[], issue: z.core.$ZodIssue): string {
  const place = placeOf(fields, issue.path);
  return place.length > 0 ? `${place.join(' › ')}: ${issue.message}` : issue.message;
}

export type CheckedConfig = { ok: true; config: unknown } | { ok: false; problems: string[] };

/** The config as the blueprint reads it, or what is wrong with it in the form's words. */
export function checkConfig(blueprint: AnyBlueprint, config: unknown): CheckedConfig {
  const parsed = blueprint.schema.safeParse(config, { error: formErrors });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => describeIssue(blueprint.fields, i)),
  };
}

/** What is wrong with a skill's form; empty when it can be used. */
export const skillConfigProblems = (skill: Pick<Skill, 'blueprint' | 'config'>): string[] => {
  const checked = checkConfig(blueprintById(skill.blueprint), skill.config);
  return checked.ok ? [] : checked.problems;
};
