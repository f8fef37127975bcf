// Keeps the editor's draft while the person types: written 400 ms after the last change (not on
// every key press), at once when the page is hidden or left (a reload, a closed tab, a link), and
// removed when the form is back to what it started from, when the skill is saved or the edit
// cancelled, and when the person discards it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AnyBlueprint } from '../../../domain/blueprints/types.ts';
import { deleteDraft, formText, writeDraft, type OpenedDraft } from './draftStore.ts';
import type { SkillForm, SkillParts } from './formModel.ts';

export const DRAFT_DELAY_MS = 400;

export interface DraftKeeper {
  /** Real time of the draft brought back when the editor opened, until it is discarded. */
  restoredAt: number | null;
  /** Forgets the draft (saved or cancelled): nothing pending is written afterwards. */
  clear: () => void;
  /** Forgets the draft and puts the form back to what it started from. */
  discard: () => void;
}

export function useDraftKeeper(
  form: UseFormReturn<SkillForm, unknown, SkillParts>,
  opened: OpenedDraft,
  target: { slot: string; blueprint: AnyBlueprint; skillId: string; original: SkillForm },
): DraftKeeper {
  const [restoredAt, setRestoredAt] = useState(opened.restoredAt);
  // Taken once, like the form's default values: the page re-rendering must not change them.
  const [fixed] = useState(() => ({
    ...target,
    originalText: formText(target.blueprint, target.original),
  }));
  const state = useRef({
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** The values last written (or found): unchanged values are not written again. */
    written: formText(target.blueprint, opened.values),
  });

  const write = useCallback(() => {
    const s = state.current;
    clearTimeout(s.timer);
    s.timer = undefined;
    const text = formText(fixed.blueprint, form.getValues());
    if (text === undefined || text === s.written) return;
    s.written = text;
    if (text === fixed.originalText) deleteDraft(fixed.slot);
    else
      writeDraft(fixed.slot, {
        blueprint: fixed.blueprint.id,
        skillId: fixed.skillId,
        form: JSON.parse(text) as SkillForm,
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
