// What a person typed in the teaching editor and has not saved, kept in localStorage so a reload,
// a closed tab or a walk to another page loses nothing (as the routine editor's drafts). One draft
// per slot: `new:command`, `new:concept`, `new:name`, or a saved item's id. A draft holds the form
// as typed, even half-finished. Storage can be full, disabled or hold what an older build wrote:
// reads check what they find and drop what does not fit, and nothing here throws.
import { z } from '../../domain/zod.ts';
import { actionSchema } from '../../domain/routines/model.ts';
import { temperatureUnitSchema, type TemperatureUnit } from '../../domain/settings/settings.ts';
import type { TaughtKind } from '../../domain/teaching/model.ts';
import type { CommandForm } from './commandForm.ts';
import type { ConceptForm } from './conceptForm.ts';
import type { NameForm } from './nameForm.ts';

const PREFIX = 'teachable-home:taught-draft:';

export interface FormOf {
  command: CommandForm;
  concept: ConceptForm;
  name: NameForm;
}

export const draftKey = (slot: string) => `${PREFIX}${slot}`;

/** The slot of a new item of a kind, or of a saved item (its id). */
export const newSlot = (kind: TaughtKind) => `new:${kind}`;
export const itemSlot = (id: string) => id;

const text = z.string().check(z.maxLength(2000));
const shapes = {
  command: z.object({
    phrases: z.array(z.object({ text })).check(z.maxLength(20)),
    steps: z.array(z.object({ action: actionSchema })).check(z.maxLength(100)),
  }),
  concept: z.object({
    word: text,
    domain: z.enum(['', 'light', 'climate', 'cover', 'fan', 'media_player']),
    power: z.enum(['', 'on', 'off']),
    brightness: text,
    color: text,
    temperature: text,
    hvacMode: z.enum(['', 'off', 'heat', 'cool', 'heat_cool']),
    position: text,
    speed: text,
    volume: text,
  }),
  name: z.object({ name: text, target: text }),
} satisfies { [K in TaughtKind]: z.ZodMiniType<FormOf[K]> };

export interface StoredDraft<K extends TaughtKind> {
  kind: K;
  /** Temperatures in a concept's form are typed in this unit. */
  unit: TemperatureUnit;
  form: FormOf[K];
  /** Real time (not the simulated clock) of the last change, in epoch ms. */
  savedAt: number;
}

const envelope = z.object({
  kind: z.enum(['command', 'concept', 'name']),
  unit: temperatureUnitSchema,
  form: z.unknown(),
  savedAt: z.number(),
});

export function deleteDraft(slot: string): void {
  try {
    localStorage.removeItem(draftKey(slot));
  } catch {
    // Storage disabled: there is nothing to delete either.
  }
}

/** The draft of this kind in this slot; one that is unreadable or of another shape is removed. */
export function readDraft<K extends TaughtKind>(slot: string, kind: K): StoredDraft<K> | undefined {
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
    outer.success && outer.data.kind === kind ? shapes[kind].safeParse(outer.data.form) : undefined;
  if (outer.success && form?.success)
    return {
      kind,
      unit: outer.data.unit,
      form: form.data as FormOf[K],
      savedAt: outer.data.savedAt,
    };
  deleteDraft(slot);
  return undefined;
}

/** Keeps the draft; false when storage refused it (full, disabled): the form goes on regardless. */
export function writeDraft<K extends TaughtKind>(slot: string, draft: StoredDraft<K>): boolean {
  try {
    localStorage.setItem(draftKey(slot), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The form's values as text to compare, in the shape's own key order. */
export function formText<K extends TaughtKind>(kind: K, values: unknown): string | undefined {
  const parsed = shapes[kind].safeParse(values);
  return parsed.success ? JSON.stringify(parsed.data) : undefined;
}

export interface OpenedDraft<K extends TaughtKind> {
  /** What the form starts with: the draft, or `original` without one. */
  values: FormOf[K];
  /** Real time of the restored draft's last change; null when none was restored. */
  restoredAt: number | null;
}

/**
 * What the editor opens with: the draft in `slot` when there is one that differs from `original`
 * (the saved item, or the blank form), else `original`. A draft typed in another temperature unit
 * is dropped: its numbers would now mean other temperatures.
 */
export function openDraft<K extends TaughtKind>(
  slot: string,
  kind: K,
  original: FormOf[K],
  unit: TemperatureUnit,
): OpenedDraft<K> {
  const draft = readDraft(slot, kind);
  if (!draft || draft.unit !== unit || formText(kind, draft.form) === formText(kind, original)) {
    if (draft) deleteDraft(slot);
    return { values: original, restoredAt: null };
  }
  return { values: draft.form, restoredAt: draft.savedAt };
}
