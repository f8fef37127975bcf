// Saving a taught item from the form, as the routine editor saves a routine: the checks first
// (errors refuse it and are shown above the buttons), then any warning — the words collide with
// something the assistant already understands, a device is gone — is shown in a dialog that
// needs an explicit "Save anyway"; then it is saved, announced, and the draft forgotten.
import { useState, type ReactNode } from 'react';
import type { TaughtItem } from '../../../domain/teaching/model.ts';
import { taughtTitle } from '../../../domain/teaching/words.ts';
import { notify } from '../../../stores/notifications.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { problemText, teaching } from '../lazyActions.ts';

export interface SaveTaught {
  /** Checks `item` and saves it, asking first when there are warnings. */
  save: (item: TaughtItem) => Promise<void>;
  busy: boolean;
  /** The refusal box and the "Save anyway?" dialog, to draw in the form. */
  ui: ReactNode;
  /** Forgets a refusal shown (the form was reset). */
  reset: () => void;
}

export function useSaveTaught({
  onSaved,
  forgetDraft,
  gone = () => [],
}: {
  onSaved: (saved: TaughtItem) => void;
  forgetDraft: () => void;
  /**
   * The warnings about what the item refers to that is gone, as the checks word them. The others
   * are collisions: only confirming those makes the person's meaning win (`overrides`).
   */
  gone?: (item: TaughtItem) => string[];
}): SaveTaught {
  const [errors, setErrors] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState<{
    item: TaughtItem;
    warnings: string[];
    collides: boolean;
  } | null>(null);
  const [busy, setBusy] = useState(false);

  const store = async (item: TaughtItem, confirmed: boolean) => {
    setBusy(true);
    try {
      const actions = await teaching();
      try {
        const saved = await actions.saveTaughtChecked(item, confirmed);
        forgetDraft();
        notify({ tone: 'success', title: `Saved “${taughtTitle(saved)}”` });
        onSaved(saved);
      } catch (error) {
        if (error instanceof actions.TaughtRefused) setErrors([error.message]);
        else throw error;
      }
    } catch (error) {
      notify({ tone: 'error', title: 'It was not saved', body: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = async (item: TaughtItem) => {
    setErrors(null);
    setBusy(true);
    let warnings: string[];
    try {
      const found = await (await teaching()).checkTaughtItem(item);
      if (found.errors.length > 0) {
        setErrors(found.errors);
        return;
      }
      warnings = found.warnings;
    } catch (error) {
      notify({ tone: 'error', title: 'It was not saved', body: problemText(error) });
      return;
    } finally {
      setBusy(false);
    }
    const missing = new Set(gone(item));
    const collides = warnings.some((w) => !missing.has(w));
    if (warnings.length > 0) setConfirming({ item, warnings, collides });
    else await store(item, false);
  };

  const title = confirming ? taughtTitle(confirming.item) : '';
  const ui = (
    <>
      {errors && errors.length > 0 && (
        <div
          role="alert"
          className="rounded-2xl bg-red-50 p-4 ring-1 ring-red-300 dark:bg-red-950/40 dark:ring-red-800"
        >
          <h2 className="font-semibold text-red-800 dark:text-red-300">This can’t be saved</h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-red-800 dark:text-red-300">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <Dialog
        title="Save anyway?"
        description={`Before I learn “${title}”, there is something you should know.`}
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
      >
        <ul className="flex list-disc flex-col gap-2 pl-5 text-sm">
          {confirming?.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          {confirming?.collides
            ? 'If you save it anyway, your meaning wins whenever you say these words.'
            : 'You can save it anyway, and change it later.'}
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={() => setConfirming(null)}>
            Go back
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              const chosen = confirming;
              setConfirming(null);
              if (chosen) void store(chosen.item, chosen.collides);
            }}
          >
            Save anyway
          </Button>
        </div>
      </Dialog>
    </>
  );
  return { save, busy, ui, reset: () => setErrors(null) };
}
