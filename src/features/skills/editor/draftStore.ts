// What a person typed in the skill editor and has not saved, kept in localStorage so that a
// reload, a closed tab or a walk to another page loses nothing (as the routine and teaching
// editors' drafts). One draft per slot: `new:<template>` for a new skill of that template, or a
// saved skill's id. A draft holds the form as typed, even half-finished, so it is checked against
// the shape the template's fields give the form, not against the template's own rules. Storage
// can be full, disabled or hold what an older build wrote: reads check what they find and drop
// what does not fit, and nothing here throws.
import type { AnyBlueprint, BlueprintId, FieldSpec } from '../../../domain/blueprints/types.ts';
import { z } from '../../../domain/zod.ts';
import type { SkillForm } from './formModel.ts';

const PREFIX = 'teachable-home:skill-draft:';

export const draftKey = (slot: string) => `${PREFIX}${slot}`;
export const newSkillSlot = (blueprint: BlueprintId) => `new:${blueprint}`;
export const skillSlot = (id: string) => id;

const text = z.string().check(z.maxLength(4000));
const entries = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(500));

/** What a field holds in the form; an emptied number box is null once written as JSON (NaN). */
function fieldShape(spec: FieldSpec): z.ZodMiniType {
  switch (spec.kind) {
    case 'text':
    case 'date':
    case 'choice':
      return text;
    case 'number':
      return z.nullable(z.number());
    case 'days':
      return entries(z.int().check(z.minimum(0), z.maximum(6)));
    case 'words':
      return entries(text);
    case 'list':
      return entries(recordShape(spec.fields));
  }
}

const recordShape = (fields: readonly FieldSpec[]) =>
  // Loose: a key the form does not show is kept, as the form keeps it.
  z.looseObject(Object.fromEntries(fields.map((f) => [f.key, fieldShape(f)])));

/** The form's shape for a template: what a draft of it must look like. */
export const formShape = (blueprint: AnyBlueprint) =>
  z.object({
    name: text,
    phrases: entries(z.object({ text })),
    config: recordShape(blueprint.fields),
  });

const envelope = z.object({
  blueprint: z.string(),
  /** A new skill keeps the id it was typed under, so a reload goes on with the same skill. */
  skillId: z.string().check(z.minLength(1)),
  form: z.unknown(),
  /** Real time (not the simulated clock) of the last change, in epoch ms. */
  savedAt: z.number(),
});

export interface StoredDraft {
  blueprint: BlueprintId;
  skillId: string;
  form: SkillForm;
  savedAt: number;
}

export function deleteDraft(slot: string): void {
  try {
    localStorage.removeItem(draftKey(slot));
  } catch {
    // Storage disabled: there is nothing to delete either.
  }
}

/** The draft in this slot for this template; one unreadable or of another shape is removed. */
export function readDraft(slot: string, blueprint: AnyBlueprint): StoredDraft | undefined {
  let raw: string | null;
  try {
    raw = localStorage.getItem(draftKey(slot));
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const outer = envelope.safeParse(value);
  const form =
    outer.success && outer.data.blueprint === blueprint.id
      ? formShape(blueprint).safeParse(outer.data.form)
      : undefined;
  if (outer.success && form?.success)
    return {
      blueprint: blueprint.id,
      skillId: outer.data.skillId,
      form: form.data as SkillForm,
      savedAt: outer.data.savedAt,
    };
  deleteDraft(slot);
  return undefined;
}

/** Keeps the draft; false when storage refused it (full, disabled): the form goes on regardless. */
export function writeDraft(slot: string, draft: StoredDraft): boolean {
  try {
    localStorage.setItem(draftKey(slot), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The form's values as text to compare, in the shape's key order; undefined if not that shape. */
export function formText(blueprint: AnyBlueprint, values: unknown): string | undefined {
  // Through JSON first, as a draft is stored: an empty number box (NaN) compares as null.
  const plain: unknown = JSON.parse(JSON.stringify(values ?? null));
  const parsed = formShape(blueprint).safeParse(plain);
  return parsed.success ? JSON.stringify(parsed.data) : undefined;
}

export interface OpenedDraft {
  /** What the form starts with: the draft, or `original` without one. */
  values: SkillForm;
  /** Real time of the restored draft's last change; null when none was restored. */
  restoredAt: number | null;
}

/**
 * What the editor opens with: the draft in `slot` when there is one that differs from `original`
 * (the saved skill, or the template's example), else `original`.
 */
export function openDraft(slot: string, blueprint: AnyBlueprint, original: SkillForm): OpenedDraft {
  const draft = readDraft(slot, blueprint);
  if (!draft || formText(blueprint, draft.form) === formText(blueprint, original)) {
    if (draft) deleteDraft(slot);
    return { values: original, restoredAt: null };
  }
  return { values: draft.form, restoredAt: draft.savedAt };
}

/**
 * A new skill's id: the one its draft was typed under, so a reload goes on with the same skill;
 * not when a skill with that id was saved meanwhile (in another tab), which saving would replace.
 */
export function keptSkillId(
  slot: string,
  blueprint: AnyBlueprint,
  fresh: string,
  saved: readonly { id: string }[],
): string {
  const id = readDraft(slot, blueprint)?.skillId;
  return id && !saved.some((s) => s.id === id) ? id : fresh;
}
