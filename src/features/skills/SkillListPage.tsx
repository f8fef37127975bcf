// /skills: the person's skills as cards, then the templates to make another from.
import { useCallback, useState } from 'react';
import { Upload } from 'lucide-react';
import type { Skill } from '../../domain/blueprints/model.ts';
import { blueprintById } from '../../domain/blueprints/registry.ts';
import { useSkills } from '../../persistence/skillHooks.ts';
import { skillActions } from '../../stores/skillActions.ts';
import { notify } from '../../stores/notifications.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { Gallery } from './Gallery.tsx';
import { IMPORT_PATH } from './paths.ts';
import { SkillCard } from './SkillCard.tsx';
import { UndoDeleteBar, type Deleted } from '../../components/ui/UndoDeleteBar.tsx';

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export default function SkillListPage() {
  const skills = useSkills();
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const duplicate = useCallback(async (skill: Skill) => {
    try {
      const copy = await skillActions.duplicate(skill.id);
      notify({
        tone: 'success',
        title: `Made a copy: “${copy.name}”`,
        body: 'It is a draft, so it does not start by voice. Edit it, then turn it on.',
      });
    } catch (error) {
      notify({ tone: 'error', title: `Could not copy “${skill.name}”`, body: problemText(error) });
    }
  }, []);

  const remove = useCallback(async (skill: Skill) => {
    try {
      if (await skillActions.remove(skill.id))
        setDeleted({ id: skill.id, name: skill.name, at: Date.now() });
      else notify({ tone: 'error', title: `“${skill.name}” was already deleted` });
    } catch (error) {
      notify({
        tone: 'error',
        title: `Could not delete “${skill.name}”`,
        body: problemText(error),
      });
    }
  }, []);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight">Skills</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            A skill is a little conversation you can have with your home: a quiz, a guide for
            guests, whose turn it is to do the dishes. Pick a template, fill it in, and start it by
            saying its name.
          </p>
        </div>
        <ButtonLink href={IMPORT_PATH}>
          <Upload aria-hidden className="size-4" />
          Import a skill
        </ButtonLink>
      </div>

      <UndoDeleteBar
        deleted={deleted}
        onUndo={skillActions.undoRemove}
        onProblem={notify}
        onDone={() => setDeleted(null)}
      />

      {skills && (
        <section aria-labelledby="your-skills" className="flex flex-col gap-3">
          <h2 id="your-skills" className="text-lg font-semibold">
            Your skills
            {skills.length > 0 && (
              <span className="ml-2 text-sm font-normal text-slate-700 dark:text-slate-300">
                {skills.length}
              </span>
            )}
          </h2>
          {skills.length === 0 ? (
            <p className="rounded-2xl bg-white p-5 text-slate-700 ring-1 ring-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-800">
              No skills yet. Pick a template below: each comes filled in with an example you can try
              straight away, then change to make it yours.
            </p>
          ) : (
            <ul className="grid gap-3 lg:grid-cols-2">
              {skills.map((skill) => (
                <li key={skill.id}>
                  <SkillCard
                    skill={skill}
                    template={blueprintById(skill.blueprint).title}
                    onDuplicate={duplicate}
                    onDelete={remove}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="make-a-skill" className="flex flex-col gap-3">
        <div>
          <h2 id="make-a-skill" className="text-lg font-semibold">
            Make a skill
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Pick a template to open it in the editor, filled in with an example. Nothing is saved
            until you save it.
          </p>
        </div>
        <Gallery level={3} />
      </section>
    </div>
  );
}
