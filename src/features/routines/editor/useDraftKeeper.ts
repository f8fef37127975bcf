// Keeps the editor's draft while the person types: written 400 ms after the last change (not on
// every key press), at once when the page is hidden or left (a reload, a closed tab, a link), and
// removed when the form is back to what it started from, when the routine is saved or the edit
// cancelled, and when the person discards it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Routine } from '../../../domain/routines/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import {
  deleteDraft,
  formText,
  writeDraft,
  type OpenedDraft,
  type RestoredDraft,
} from './draftStore.ts';
import type { RoutineForm } from './formShape.ts';

export const DRAFT_DELAY_MS = 400;

export interface DraftTarget {
  slot: string;
  routineId: string;
  unit: TemperatureUnit;
  /** What the form shows without a draft. */
  original: RoutineForm;
}

export interface DraftKeeper {
  /** The draft brought back when the editor opened, until it is discarded. */
  restored: RestoredDraft | null;
  /** Forgets the draft (saved or cancelled): nothing pending is written afterwards. */
  clear: () => void;
  /** Forgets the draft and puts the form back to what it started from. */
  discard: () => void;
}

export function useDraftKeeper(
  form: UseFormReturn<RoutineForm, unknown, Routine>,
  opened: OpenedDraft,
  target: DraftTarget,
): DraftKeeper {
  const [restored, setRestored] = useState(opened.restored);
  // Taken once, like the form's default values: the page re-rendering must not change them.
  const [fixed] = useState(() => ({ ...target, originalText: formText(target.original) }));
  const state = useRef({
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** The values last written (or found): unchanged values are not written again. */
    written: formText(opened.values),
    base: opened.base,
  });

  const write = useCallback(() => {
    const s = state.current;
    clearTimeout(s.timer);
    s.timer = undefined;
    const values = form.getValues();
    const text = formText(values);
    if (text === undefined || text === s.written) return;
    s.written = text;
    if (text === fixed.originalText) deleteDraft(fixed.slot);
    else
      writeDraft(fixed.slot, {
        form: JSON.parse(text) as RoutineForm,
        routineId: fixed.routineId,
        unit: fixed.unit,
        ...(s.base ? { base: s.base } : {}),
        savedAt: Date.now(),
      });
  }, [form, fixed]);

  useEffect(() => {
    const s = state.current;
    const flush = () => {
      if (s.timer !== undefined) write();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const subscription = form.watch(() => {
      clearTimeout(s.timer);
      s.timer = setTimeout(write, DRAFT_DELAY_MS);
    });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the page by a link: what was typed in the last moment is kept too.
      flush();
    };
  }, [form, write]);

  const clear = useCallback(() => {
    const s = state.current;
    clearTimeout(s.timer);
    s.timer = undefined;
    s.written = fixed.originalText;
    s.base = opened.current;
    deleteDraft(fixed.slot);
  }, [fixed, opened]);

  const discard = useCallback(() => {
    clear();
    setRestored(null);
    form.reset(structuredClone(fixed.original));
  }, [clear, form, fixed]);

  return { restored, clear, discard };
}
