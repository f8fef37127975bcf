// What the skill editor's form holds, and how it turns into a Skill. The form is drawn from the
// blueprint's fields (FieldSpec), so its values follow them: text, dates and choices as strings,
// numbers as numbers (NaN while the box is empty), days as Weekday numbers, words as string[],
// lists as arrays of records. Start phrases are records ({ text }), as useFieldArray needs.
import type { Skill, SkillStatus } from '../../../domain/blueprints/model.ts';
import type { AnyBlueprint, FieldSpec } from '../../../domain/blueprints/types.ts';

export type Config = Record<string, unknown>;

export interface SkillForm {
  name: string;
  phrases: { text: string }[];
  config: Config;
}

/** What the form gives once it passes the checks: the parts of a Skill a person edits. */
export interface SkillParts {
  name: string;
  phrases: string[];
  config: unknown;
}

const isRecord = (value: unknown): value is Config =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How many entries an emptied list keeps: what the template requires, else one to fill in. */
const keep = (spec: { min?: number }) => spec.min ?? 1;

/** A field's value with nothing typed in it. A number keeps `fallback` (the example's) if any. */
function emptyValue(spec: FieldSpec, fallback: unknown): unknown {
  switch (spec.kind) {
    case 'text':
    case 'date':
      return '';
    case 'number':
      return typeof fallback === 'number' && Number.isFinite(fallback) ? fallback : spec.min;
    case 'choice':
      return spec.options.some((o) => o.value === fallback)
        ? fallback
        : (spec.options[0]?.value ?? '');
    case 'days':
      return [];
    case 'words':
      return Array.from({ length: keep(spec) }, () => '');
    case 'list': {
      const first = Array.isArray(fallback) && isRecord(fallback[0]) ? fallback[0] : {};
      return Array.from({ length: keep(spec) }, () => emptyRecord(spec.fields, first));
    }
  }
}

/** One new entry of a list (what "Add a question" appends). */
export function emptyRecord(fields: readonly FieldSpec[], like: Config = {}): Config {
  return Object.fromEntries(fields.map((f) => [f.key, emptyValue(f, like[f.key])]));
}

/**
 * "Start empty": the template's form cleared to the least it needs — lists cut to their minimum
 * of empty entries, texts blank — keeping the example's numbers and choices, which are settings
 * rather than content.
 */
export const emptyConfig = (blueprint: AnyBlueprint): Config =>
  emptyRecord(blueprint.fields, isRecord(blueprint.example) ? blueprint.example : {});

/** A field's value as the form can show it; anything of another shape starts empty. */
function formValue(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'text':
    case 'date':
    case 'choice':
      return typeof value === 'string' ? value : emptyValue(spec, undefined);
    case 'number':
      return typeof value === 'number' ? value : emptyValue(spec, undefined);
    case 'days':
      return Array.isArray(value) ? value.filter((d) => Number.isInteger(d)) : [];
    case 'words':
      return Array.isArray(value) ? value.map((w) => (typeof w === 'string' ? w : '')) : [];
    case 'list':
      return Array.isArray(value)
        ? value.map((item) => formRecord(spec.fields, isRecord(item) ? item : {}))
        : [];
  }
}

/**
 * A config as the form holds it: every field present (an optional text the config leaves out is
 * an empty box), keys the form does not show kept as they are.
 */
export function formRecord(fields: readonly FieldSpec[], config: Config): Config {
  const out: Config = { ...config };
  for (const spec of fields) out[spec.key] = formValue(spec, config[spec.key]);
  return out;
}

export function toForm(
  skill: Pick<Skill, 'name' | 'phrases' | 'config'>,
  blueprint: AnyBlueprint,
): SkillForm {
  return {
    name: skill.name,
    phrases: skill.phrases.map((text) => ({ text })),
    config: formRecord(blueprint.fields, isRecord(skill.config) ? skill.config : {}),
  };
}

/** The form's values as a skill's parts, before the checks: phrases as plain strings. */
export const partsOf = (form: SkillForm): SkillParts => ({
  name: form.name,
  phrases: (form.phrases ?? []).map((p) => p.text),
  config: form.config,
});

/** A new skill made from a template's example, as the editor opens it. */
export function exampleSkill(blueprint: AnyBlueprint, id: string, now: number): Skill {
  return {
    id,
    blueprint: blueprint.id,
    name: blueprint.defaultName,
    phrases: [],
    status: 'draft',
    config: structuredClone(blueprint.example),
    createdAt: now,
    updatedAt: now,
  };
}

/** The skill to save: the checked parts over what the form started from (its id, its memory). */
export function skillFromParts(
  parts: SkillParts,
  base: Skill,
  status: SkillStatus,
  now: number,
): Skill {
  return {
    ...base,
    name: parts.name,
    phrases: parts.phrases,
    config: parts.config,
    status,
    updatedAt: now,
  };
}
