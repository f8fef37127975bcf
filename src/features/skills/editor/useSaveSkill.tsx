// Saving a skill from the form, as the routine and teaching editors save theirs: the store's
// checks first (errors refuse it and are shown above the buttons), then any warning — a start
// phrase that is also a built-in command, a routine or another skill — is shown in a dialog that
// needs an explicit "Save anyway"; then it is saved, announced, and the draft forgotten.
import { useState, type ReactNode } from 'react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { checkSkill, saveSkill } from '../../../stores/skillActions.ts';
import { notify } from '../../../stores/notifications.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';

export interface SaveSkill {
  /** Checks `skill` and saves it, asking first when there are warnings. */
  save: (skill: Skill) => Promise<void>;
  busy: boolean;
  /** The refusal box and the "Save anyway?" dialog, to draw in the form. */
  ui: ReactNode;
  /** Forgets a refusal shown (the form was reset). */
  reset: () => void;
}

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the notice says once saved: how to start it, or that it waits as a draft. */
function savedBody(skill: Skill): string {
  if (skill.status === 'enabled') return `Say “open ${skill.name}” to start it.`;
  if (skill.status === 'draft') return 'It is a draft: turn it on when it is ready.';
  return 'It is switched off: switch it on to start it by voice.';
}

export function useSaveSkill({
  onSaved,
  forgetDraft,
}: {
  onSaved: (saved: Skill) => void;
  forgetDraft: () => void;
}): SaveSkill {
  const [errors, setErrors] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState<{ skill: Skill; warnings: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const store = async (skill: Skill) => {
    setBusy(true);
    try {
      const saved = await saveSkill(skill);
      forgetDraft();
      notify({ tone: 'success', title: `Saved “${saved.name}”`, body: savedBody(saved) });
      onSaved(saved);
    } catch (error) {
      setErrors([problemText(error)]);
    } finally {
      setBusy(false);
    }
  };

  const save = async (skill: Skill) => {
    setErrors(null);
    setBusy(true);
    let warnings: string[];
    try {
      const found = await checkSkill(skill);
      if (found.errors.length > 0) {
        setErrors(found.errors);
        return;
      }
      warnings = found.warnings;
    } catch (error) {
      setErrors([problemText(error)]);
      return;
    } finally {
      setBusy(false);
    }
    if (warnings.length > 0) setConfirming({ skill, warnings });
    else await store(skill);
  };

  const ui = (
    <>
      {errors && errors.length > 0 && (
        <div
          role="alert"
          className="rounded-2xl bg-red-50 p-4 ring-1 ring-red-300 dark:bg-red-950/40 dark:ring-red-800"
        >
          <h2 className="font-semibold text-red-800 dark:text-red-300">
            This skill can’t be saved
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-red-800 dark:text-red-300">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <Dialog
        title="Save anyway?"
        description={`“${confirming?.skill.name ?? ''}” is fine, but there is something you should know first.`}
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
      >
        <ul className="flex list-disc flex-col gap-2 pl-5 text-sm">
          {confirming?.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={() => setConfirming(null)}>
            Go back
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              const chosen = confirming;
              setConfirming(null);
              if (chosen) void store(chosen.skill);
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
