// The second half of an import: the shared skill in words, a chat to try it before anything is
// added, what adding it would meet (phrases that collide with what the home already understands),
// and "Add this skill". Nothing is saved until that button; the skill is added as a draft unless
// the person ticks "Turn it on now".
import { useEffect, useState } from 'react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { blueprintById } from '../../../domain/blueprints/registry.ts';
import {
  importedSkill,
  previewSharedSkill,
  type SharedSkill,
} from '../../../domain/blueprints/share.ts';
import {
  checkSkill,
  newSkillId,
  saveSkill,
  type SkillProblems,
} from '../../../stores/skillActions.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ProblemBox } from '../../../components/ui/ProblemBox.tsx';
import { PreviewChat } from '../preview/PreviewChat.tsx';

const cardClass =
  'rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800';

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function linesToTry(shared: SharedSkill): string[] {
  try {
    return blueprintById(shared.skill.blueprint).tryThese(shared.skill.config);
  } catch {
    // A template that cannot suggest lines for this form still lets the person type their own.
    return [];
  }
}

export interface SkillImportPreviewProps {
  shared: SharedSkill;
  /** This home's skills, for a name of its own and the collision checks. */
  skills: readonly Skill[];
  timeZone: string;
  onAdded: (skill: Skill) => void;
  onCancel: () => void;
}

export function SkillImportPreview({
  shared,
  skills,
  timeZone,
  onAdded,
  onCancel,
}: SkillImportPreviewProps) {
  const blueprint = blueprintById(shared.skill.blueprint);
  // One id for this reading, so the checks and the save speak of the same new skill.
  const [id] = useState(newSkillId);
  const [turnOn, setTurnOn] = useState(false);
  const [checked, setChecked] = useState<SkillProblems | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const candidate = (now: number) =>
    importedSkill(shared, skills, id, now, turnOn ? 'enabled' : 'draft');
  const name = candidate(0).name;

  // What saving would meet, checked against this home as it is now; again when the skills change.
  useEffect(() => {
    let current = true;
    setChecked(undefined);
    checkSkill(importedSkill(shared, skills, id, simulatedNow()))
      .then((problems) => current && setChecked(problems))
      .catch(
        (error: unknown) => current && setChecked({ errors: [problemText(error)], warnings: [] }),
      );
    return () => {
      current = false;
    };
  }, [shared, skills, id]);

  const add = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      onAdded(await saveSkill(candidate(simulatedNow())));
    } catch (error) {
      setFailure(problemText(error));
      setBusy(false);
    }
  };

  const errors = checked?.errors ?? [];
  const warnings = checked?.warnings ?? [];
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]">
        <section aria-labelledby="import-skill-heading" className={cardClass}>
          <h2 id="import-skill-heading" className="text-lg font-semibold break-words">
            {shared.skill.name}
          </h2>
          <ul
            data-testid="import-preview"
            className="mt-2 flex flex-col gap-1.5 text-slate-800 dark:text-slate-200"
          >
            {previewSharedSkill(shared).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {name !== shared.skill.name && (
            <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
              You already have a skill called “{shared.skill.name}”, so this one will be added as “
              {name}”. You can rename it afterwards.
            </p>
          )}
        </section>
        <PreviewChat
          blueprint={blueprint}
          skill={{ name: shared.skill.name, config: shared.skill.config }}
          problems={[]}
          tryThese={linesToTry(shared)}
          timeZone={timeZone}
        />
      </div>

      <form
        aria-label="Add this skill"
        className={`${cardClass} flex flex-col gap-4`}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        {warnings.length > 0 && (
          <div
            data-testid="import-warnings"
            className="rounded-xl bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-800"
          >
            <p className="font-semibold">Before you add it, look at this:</p>
            <ul className="mt-2 list-disc pl-5">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        {errors.length > 0 && (
          <ProblemBox title="This skill can’t be added here:" problems={errors} />
        )}
        {failure && <ProblemBox title="Nothing was added." problems={[failure]} />}
        <div className="flex items-start gap-2">
          <input
            id="import-turn-on"
            type="checkbox"
            checked={turnOn}
            aria-describedby="import-turn-on-hint"
            onChange={(e) => setTurnOn(e.target.checked)}
            className="mt-0.5 size-4 accent-accent-600"
          />
          <div className="flex flex-col gap-0.5">
            <label htmlFor="import-turn-on" className="text-sm font-medium">
              Turn it on now
            </label>
            <p id="import-turn-on-hint" className="text-xs text-slate-600 dark:text-slate-400">
              Then saying “open {name}” starts it. Otherwise it is added as a draft, for you to look
              over first.
            </p>
          </div>
        </div>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {checked === undefined
            ? 'Checking it against your home…'
            : errors.length > 0
              ? ''
              : 'Nothing is added until you choose “Add this skill”.'}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            variant="primary"
            disabled={busy || checked === undefined || errors.length > 0}
            aria-busy={busy}
          >
            Add this skill
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
