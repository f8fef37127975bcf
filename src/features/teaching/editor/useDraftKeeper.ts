// Keeps the editor's draft while the person types: written 400 ms after the last change (not on
// every key press), at once when the page is hidden or left (a reload, a closed tab, a link), and
// removed when the form is back to what it started from, when the item is saved or the edit
// cancelled, and when the person discards it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import type { TaughtKind } from '../../../domain/teaching/model.ts';
import { deleteDraft, formText, writeDraft, type FormOf, type OpenedDraft } from '../drafts.ts';

export const DRAFT_DELAY_MS = 400;

export interface DraftKeeper {
  /** Real time of the draft brought back when the editor opened, until it is discarded. */
  restoredAt: number | null;
  /** Forgets the draft (saved or cancelled): nothing pending is written afterwards. */
  clear: () => void;
  /** Forgets the draft and puts the form back to what it started from. */
  discard: () => void;
}

export function useDraftKeeper<K extends TaughtKind>(
  // The form's own value type; the draft checks the values against the kind's shape when writing.
  form: UseFormReturn<FieldValues & FormOf[K]>,
  opened: OpenedDraft<K>,
  target: { slot: string; kind: K; unit: TemperatureUnit; original: FormOf[K] },
): DraftKeeper {
  const [restoredAt, setRestoredAt] = useState(opened.restoredAt);
  // Taken once, like the form's default values: the page re-rendering must not change them.
  const [fixed] = useState(() => ({
    ...target,
    originalText: formText(target.kind, target.original),
  }));
  const state = useRef({
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** The values last written (or found): unchanged values are not written again. */
    written: formText(target.kind, opened.values),
  });

  const write = useCallback(() => {
    const s = state.current;
    clearTimeout(s.timer);
    s.timer = undefined;
    const text = formText(fixed.kind, form.getValues());
    if (text === undefined || text === s.written) return;
    s.written = text;
    if (text === fixed.originalText) deleteDraft(fixed.slot);
    else
      writeDraft(fixed.slot, {
        kind: fixed.kind,
        unit: fixed.unit,
        form: JSON.parse(text) as FormOf[K],
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
    deleteDraft(fixed.slot);
  }, [fixed]);

  const discard = useCallback(() => {
    clear();
    setRestoredAt(null);
    form.reset(structuredClone(fixed.original));
  }, [clear, form, fixed]);

  return { restoredAt, clear, discard };
}
