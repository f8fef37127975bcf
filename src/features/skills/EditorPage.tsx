// The editor's pages: a new skill from a template (`/new/<template>`), filled in with its example,
// and a saved skill (`/<id>`). Each takes what the form starts from once, when the page opens.
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { Share2 } from 'lucide-react';
import type { Skill } from '../../domain/blueprints/model.ts';
import { blueprintById } from '../../domain/blueprints/registry.ts';
import type { AnyBlueprint, BlueprintId } from '../../domain/blueprints/types.ts';
import { useHomeSettings } from '../../persistence/hooks.ts';
import { useSkill, useSkills } from '../../persistence/skillHooks.ts';
import { simulatedNow } from '../../stores/clock.ts';
import { newSkillId } from '../../stores/skillActions.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { BackToList, NothingHere } from './BackToList.tsx';
import { BLUEPRINT_ICONS } from './blueprintIcons.ts';
import { keptSkillId, newSkillSlot, skillSlot } from './editor/draftStore.ts';
import { exampleSkill } from './editor/formModel.ts';
import { SkillEditor } from './editor/SkillEditor.tsx';
import { LIST_PATH, sharePath, wantsTry } from './paths.ts';
import { STATUS_WORDS } from './startWords.ts';

function Heading({
  blueprint,
  title,
  intro,
}: {
  blueprint: AnyBlueprint;
  title: string;
  intro: string;
}) {
  const Icon = BLUEPRINT_ICONS[blueprint.id];
  return (
    <div className="flex items-start gap-3">
      <span
        aria-hidden
        className="mt-1 flex size-10 shrink-0 items-center justify-center rounded-xl bg-accent-50 text-accent-700 dark:bg-slate-800 dark:text-accent-100"
      >
        <Icon className="size-6" />
      </span>
      <div className="min-w-0">
        <h1 className="text-2xl font-bold tracking-tight break-words">{title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{intro}</p>
      </div>
    </div>
  );
}

/** `/new/<template>`: a new skill, starting from the template's example. */
export function NewSkillPage({ blueprintId }: { blueprintId: BlueprintId }) {
  const blueprint = blueprintById(blueprintId);
  const settings = useHomeSettings();
  const skills = useSkills();
  const [, navigate] = useLocation();
  if (!settings || !skills) return null;
  const slot = newSkillSlot(blueprintId);
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <Heading
        blueprint={blueprint}
        title={`New skill: ${blueprint.title}`}
        intro="It starts filled in with an example. Try it on the right, change what you like, then save it."
      />
      <NewEditor
        blueprint={blueprint}
        slot={slot}
        saved={skills}
        timeZone={settings.location.timeZone}
        onDone={() => navigate(LIST_PATH)}
      />
    </div>
  );
}

function NewEditor({
  blueprint,
  slot,
  saved,
  timeZone,
  onDone,
}: {
  blueprint: AnyBlueprint;
  slot: string;
  saved: readonly Skill[];
  timeZone: string;
  onDone: () => void;
}) {
  // A reload goes on with the skill being typed, under the same id.
  const [initial] = useState(() =>
    exampleSkill(blueprint, keptSkillId(slot, blueprint, newSkillId(), saved), simulatedNow()),
  );
  return (
    <SkillEditor
      blueprint={blueprint}
      initial={initial}
      isNew
      draftSlot={slot}
      timeZone={timeZone}
      onSaved={onDone}
      onCancel={onDone}
    />
  );
}

/** `/<id>`: a saved skill in the editor; `?try=1` (from "Try it") puts the focus on the preview. */
export function EditSkillPage({ id }: { id: string }) {
  const skill = useSkill(id);
  const settings = useHomeSettings();
  const focusTry = wantsTry(useSearch());
  if (skill === null)
    return (
      <NothingHere
        title="There's no such skill"
        body="It may have been deleted, here or in another tab. Your skills are on the list."
      />
    );
  if (!skill || !settings) return null;
  return (
    <SavedEditor key={id} skill={skill} timeZone={settings.location.timeZone} focusTry={focusTry} />
  );
}

function SavedEditor({
  skill,
  timeZone,
  focusTry,
}: {
  skill: Skill;
  timeZone: string;
  focusTry: boolean;
}) {
  const [, navigate] = useLocation();
  // Taken once: the stored skill changes underneath (its memory, its switch) while it is edited.
  const [initial] = useState(skill);
  const blueprint = blueprintById(initial.blueprint);
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <Heading
          blueprint={blueprint}
          title={`Edit “${initial.name}”`}
          intro={`Made from the ${blueprint.title} template · ${STATUS_WORDS[skill.status]}. Change what you like, try it, then save it.`}
        />
        <ButtonLink href={sharePath(skill.id)} size="sm">
          <Share2 aria-hidden className="size-4" />
          Share
        </ButtonLink>
      </div>
      <SkillEditor
        blueprint={blueprint}
        initial={initial}
        latest={skill}
        isNew={false}
        draftSlot={skillSlot(skill.id)}
        timeZone={timeZone}
        focusTry={focusTry}
        onSaved={() => navigate(LIST_PATH)}
        onCancel={() => navigate(LIST_PATH)}
      />
    </div>
  );
}
