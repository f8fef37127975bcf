// What the three editors share: the form opened from the item (or the blank form, or a draft typed
// before a reload), checked by its schema as the person types, kept as a draft, and saved under
// the item's id and history — or, for a new item, a new id taught in the form now.
import { useState } from 'react';
import { useForm, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import type { TaughtItem, TaughtKind } from '../../../domain/teaching/model.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { itemSlot, newSlot, openDraft, type FormOf } from '../drafts.ts';
import { baseOf, newBase, type ItemBase } from '../itemBase.ts';
import { teaching } from '../lazyActions.ts';
import { useDraftKeeper, type DraftKeeper } from './useDraftKeeper.ts';
import { useSaveTaught, type SaveTaught } from './useSaveTaught.tsx';

export interface TaughtEditor<K extends TaughtKind> {
  form: UseFormReturn<FieldValues & FormOf[K]>;
  draft: DraftKeeper;
  saver: SaveTaught;
  /** The id and history the saved item gets. */
  baseFor: () => Promise<ItemBase>;
}

export function useTaughtEditor<K extends TaughtKind>(
  kind: K,
  options: {
    item: Extract<TaughtItem, { kind: K }> | undefined;
    /** The form without a draft: the item's, or the blank one. */
    original: FormOf[K];
    resolver: Resolver<FieldValues & FormOf[K]>;
    unit: TemperatureUnit;
    onDone: () => void;
    /** See useSaveTaught: the warnings about things that are gone. */
    gone?: (item: TaughtItem) => string[];
  },
): TaughtEditor<K> {
  const { item, original, unit } = options;
  const slot = item ? itemSlot(item.id) : newSlot(kind);
  // Taken once: the home and the list changing underneath must not reset what is being typed.
  const [opened] = useState(() => openDraft(slot, kind, original, unit));
  const form = useForm<FieldValues & FormOf[K]>({
    resolver: options.resolver,
    defaultValues: opened.values as never,
    mode: 'onTouched',
  });
  const draft = useDraftKeeper(form, opened, { slot, kind, unit, original });
  const saver = useSaveTaught({
    onSaved: options.onDone,
    forgetDraft: draft.clear,
    ...(options.gone && { gone: options.gone }),
  });
  const baseFor = async () =>
    item ? baseOf(item) : newBase((await teaching()).newTaughtId(), simulatedNow());
  return { form, draft, saver, baseFor };
}
