// "Share" for one skill (/skills/<id>/share): the skill as a file to keep or send, or as a link
// that opens "Import a skill" in any copy of the app, with the hash carrying the skill (so it
// works without a server). What the skill remembers — best scores, whose turn it is — is not in
// either: it stays in this home. A skill whose form its template no longer accepts is not
// offered, since nobody could add it.
import { useMemo } from 'react';
import { useParams } from 'wouter';
import { Pencil } from 'lucide-react';
import { skillConfigProblems } from '../../../domain/blueprints/config.ts';
import type { Skill } from '../../../domain/blueprints/model.ts';
import {
  exportSkill,
  previewSharedSkill,
  sharedSkillFileName,
  sharedSkillLink,
  sharedSkillToText,
} from '../../../domain/blueprints/share.ts';
import { useSkill } from '../../../persistence/skillHooks.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { ButtonLink } from '../../../components/ui/ButtonLink.tsx';
import { ShareActions } from '../../../components/ui/ShareActions.tsx';
import { BackToList, NothingHere } from '../BackToList.tsx';
import { skillPath } from '../paths.ts';

const cardClass =
  'rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800';

/** The page for the skill `id` (given, or read from the route's `:id`). */
export default function SkillSharePage({ id }: { id?: string }) {
  const params = useParams<{ id?: string }>();
  const skillId = id ?? params.id ?? '';
  const skill = useSkill(skillId);
  if (skill === null)
    return (
      <NothingHere
        title="There's no such skill"
        body="It may have been deleted, here or in another tab. Your skills are on the list."
      />
    );
  if (!skill) return null;
  return <ShareSkill skill={skill} />;
}

function ShareSkill({ skill }: { skill: Skill }) {
  // Made again only when the skill changes, so the file and the link hold the same skill.
  const shared = useMemo(() => exportSkill(skill, simulatedNow()), [skill]);
  const problems = skillConfigProblems(skill);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <BackToList />
        <div>
          <h1 className="text-2xl font-bold tracking-tight break-words">Share “{skill.name}”</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Keep it as a file or send the link. Whoever opens it sees what the skill does, can try
            it, and chooses whether to add it.
          </p>
        </div>
      </div>

      <section aria-labelledby="share-skill-what" className={cardClass}>
        <h2 id="share-skill-what" className="text-lg font-semibold">
          What is shared
        </h2>
        <ul className="mt-2 flex flex-col gap-1.5 text-slate-800 dark:text-slate-200">
          {previewSharedSkill(shared).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          What it remembers — best scores, whose turn it is — is not shared: it stays here, and the
          skill starts afresh in the other home.
        </p>
      </section>

      <section aria-labelledby="share-skill-how" className={cardClass}>
        <h2 id="share-skill-how" className="mb-3 text-lg font-semibold">
          Send it
        </h2>
        {problems.length > 0 ? (
          <div className="flex flex-col gap-3">
            <div
              role="status"
              className="rounded-xl bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-800"
            >
              <p className="font-semibold">
                Its form has problems, so nobody could add it. Fix them first:
              </p>
              <ul className="mt-2 list-disc pl-5">
                {problems.slice(0, 5).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
            <div>
              <ButtonLink href={skillPath(skill.id)}>
                <Pencil aria-hidden className="size-4" />
                Edit the skill
              </ButtonLink>
            </div>
          </div>
        ) : (
          <ShareActions
            id="share-skill-link"
            fileName={sharedSkillFileName(shared)}
            fileText={() => sharedSkillToText(shared)}
            link={sharedSkillLink(shared, window.location.origin)}
            linkLabel="Link to this skill"
            linkHint="Open it in Teachable Home to see the skill, try it and add it."
          />
        )}
      </section>
    </div>
  );
}
