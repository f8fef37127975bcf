// What a person typed in the routine editor and has not saved, kept in localStorage so that a
// reload, a closed tab or a walk to another page loses nothing. One draft per editor "slot": `new`
// (the blank form), `new:<starter>` (each example its own, so choosing an example opens that
// example rather than an old blank draft) and a saved routine's id. A draft holds the form as the
// form holds it (text as typed, even half-finished), not a routine: it need not be valid yet.
//
// localStorage rather than the database: a draft is the state of one screen, not part of the
// home, and must be readable before the first paint. Storage can be full, disabled or hold
// something an older build wrote: reads check what they find and drop what does not fit, and
// nothing here ever throws.
import { z } from '../../../domain/zod.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import { temperatureUnitSchema, type TemperatureUnit } from '../../../domain/settings/settings.ts';
import { routineShape, type RoutineForm } from './formShape.ts';

const PREFIX = 'teachable-home:routine-draft:';

export const draftKey = (slot: string): string => `${PREFIX}${slot}`;

/** The slot of `/routines/new` and of `/routines/new?starter=<key>`. */
export const newRoutineSlot = (starterKey: string | null | undefined): string =>
  starterKey ? `new:${starterKey}` : 'new';

/** The slot of a saved routine's editor: its id. */
export const routineSlot = (id: string): string => id;

/**
 * The saved version a draft of a saved routine started from, by what it said (a fingerprint of
 * its content) rather than by `updatedAt`: that time is the simulated clock's, which stands still
 * while the clock is paused (two saves, one time), and it moves when the routine is only switched
 * on or off, which saving the draft does not undo.
 */
const baseSchema = z.object({ fingerprint: z.string() });
export type DraftBase = z.infer<typeof baseSchema>;

const storedDraftSchema = z.object({
  form: routineShape,
  /** A new routine keeps the id it was typed under, so a reload goes on with the same routine. */
  routineId: z.string().check(z.minLength(1)),
  /** Temperatures in the form are typed in this unit. */
  unit: temperatureUnitSchema,
  /** Only for a saved routine. */
  base: z.optional(baseSchema),
  /** Real time (not the simulated clock) of the last change, in epoch ms. */
  savedAt: z.number(),
});
export type StoredDraft = z.infer<typeof storedDraftSchema>;

export function deleteDraft(slot: string): void {
  try {
    localStorage.removeItem(draftKey(slot));
  } catch {
    // Storage disabled: there is nothing to delete either.
  }
}

/** The draft in this slot; one that is unreadable or not of the form's shape is removed. */
export function readDraft(slot: string): StoredDraft | undefined {
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
  const parsed = storedDraftSchema.safeParse(value);
  if (parsed.success) return parsed.data;
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

/**
 * The form's values in the form's shape, in one key order, as text to compare: what react-hook-form
 * hands back may carry keys in another order. Undefined when the values are not of that shape.
 */
export function formText(values: unknown): string | undefined {
  const parsed = routineShape.safeParse(values);
  return parsed.success ? JSON.stringify(parsed.data) : undefined;
}

/** Object keys sorted, so that the same routine always gives the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** FNV-1a, 32 bits: a short stand-in for the routine's text, only compared for equality. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What the editor can change of a saved routine; not its id, on/off switch or times. */
export function routineFingerprint(routine: Routine): string {
  const { name, triggers, conditionMode, conditions, actions } = routine;
  return hash(stableJson({ name, triggers, conditionMode, conditions, actions }));
}

export const baseOf = (routine: Routine): DraftBase => ({
  fingerprint: routineFingerprint(routine),
});

/** What a draft brought back when the editor opened. */
export interface RestoredDraft {
  /** Real time of the draft's last change. */
  savedAt: number;
  /** The saved routine changed since the draft began: saving the draft replaces that change. */
  changedElsewhere: boolean;
}

export interface OpenedDraft {
  /** What the form starts with: the draft, or what it would show without one. */
  values: RoutineForm;
  restored: RestoredDraft | null;
  /** For a saved routine: the version the draft is of, kept while it goes on being typed. */
  base: DraftBase | undefined;
  /** For a saved routine: the version stored now, which a discarded draft starts again from. */
  current: DraftBase | undefined;
}

/**
 * What the editor opens with: the draft in `slot` when there is one that differs from `original`
 * (the saved routine, the blank form or the example), else `original`. A draft typed in another
 * temperature unit is dropped: its numbers would now mean other temperatures. `saved` is the
 * routine as stored, for a saved routine; undefined for a new one.
 */
export function openDraft(
  slot: string,
  original: RoutineForm,
  unit: TemperatureUnit,
  saved: Routine | undefined,
): OpenedDraft {
  const current = saved && baseOf(saved);
  const draft = readDraft(slot);
  if (!draft || draft.unit !== unit || formText(draft.form) === formText(original)) {
    if (draft) deleteDraft(slot);
    return { values: original, restored: null, base: current, current };
  }
  const base = current && (draft.base ?? current);
  const changedElsewhere = !!current && !!base && base.fingerprint !== current.fingerprint;
  return {
    values: draft.form,
    restored: { savedAt: draft.savedAt, changedElsewhere },
    base,
    current,
  };
}

/**
 * A new routine's id: the one its draft was typed under, so that a reload goes on with the same
 * routine; not when a routine with that id was saved meanwhile (in another tab), which saving
 * here would overwrite.
 */
export function keepDraftId(
  routine: Routine,
  slot: string,
  saved: readonly Pick<Routine, 'id'>[],
): Routine {
  const id = readDraft(slot)?.routineId;
  return id && id !== routine.id && !saved.some((r) => r.id === id) ? { ...routine, id } : routine;
}
