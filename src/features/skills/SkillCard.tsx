// One skill in the list: its name, the template it was made from, whether it is on (a switch, or
// for a draft a "Turn on" button), how to start it, and what can be done with it.
import { useId } from 'react';
import { Copy, MessageCircle, Pencil, Power, Share2, Trash } from 'lucide-react';
import type { Skill, SkillStatus } from '../../domain/blueprints/model.ts';
import { skillActions } from '../../stores/skillActions.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { Switch } from '../../components/ui/Switch.tsx';
import { cn } from '../../components/ui/cn.ts';
import { sharePath, skillPath, tryPath } from './paths.ts';
import { STATUS_WORDS, startWords, statusNote } from './startWords.ts';

interface SkillCardProps {
  skill: Skill;
  /** The template's title ("Trivia quiz"). */
  template: string;
  onDuplicate: (skill: Skill) => void;
  onDelete: (skill: Skill) => void;
}

async function setStatus(skill: Skill, status: SkillStatus) {
  try {
    await skillActions.setStatus(skill.id, status);
  } catch (error) {
    notify({
      tone: 'error',
      title: `Could not turn “${skill.name}” ${status === 'enabled' ? 'on' : 'off'}`,
      body: error instanceof Error ? error.message : String(error),
    });
  }
}

export function SkillCard({ skill, template, onDuplicate, onDelete }: SkillCardProps) {
  const nameId = useId();
  const note = statusNote(skill.status);
  const on = skill.status === 'enabled';
  return (
    <article
      aria-labelledby={nameId}
      data-testid="skill-card"
      data-skill-id={skill.id}
      data-status={skill.status}
      className="flex h-full flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={nameId} className="text-lg font-semibold break-words">
            {skill.name}
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">{template}</p>
        </div>
        {skill.status === 'draft' ? (
          <div className="flex shrink-0 items-center gap-2">
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-950 dark:text-amber-100">
              Draft
            </span>
            <Button size="sm" variant="primary" onClick={() => void setStatus(skill, 'enabled')}>
              <Power aria-hidden className="size-4" />
              Turn on
            </Button>
          </div>
        ) : (
          <div className="flex shrink-0 items-center gap-2">
            <span aria-hidden className="text-sm text-slate-700 dark:text-slate-300">
              {STATUS_WORDS[skill.status]}
            </span>
            <Switch
              checked={on}
              onCheckedChange={(checked) => void setStatus(skill, checked ? 'enabled' : 'disabled')}
              label={`Use “${skill.name}”`}
            />
          </div>
        )}
      </div>
      <p
        className={cn(
          'text-sm',
          on ? 'text-slate-800 dark:text-slate-200' : 'text-slate-600 dark:text-slate-400',
        )}
      >
        {startWords(skill)}
      </p>
      {note && <p className="text-sm text-slate-700 dark:text-slate-300">{note}</p>}
      <div className="mt-auto flex flex-wrap items-center gap-1.5 pt-1">
        <ButtonLink href={skillPath(skill.id)} size="sm">
          <Pencil aria-hidden className="size-4" />
          Edit
        </ButtonLink>
        <ButtonLink href={tryPath(skill.id)} size="sm">
          <MessageCircle aria-hidden className="size-4" />
          Try it
        </ButtonLink>
        <Button size="sm" variant="ghost" onClick={() => onDuplicate(skill)}>
          <Copy aria-hidden className="size-4" />
          Duplicate
        </Button>
        <ButtonLink href={sharePath(skill.id)} size="sm" variant="ghost">
          <Share2 aria-hidden className="size-4" />
          Share
        </ButtonLink>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onDelete(skill)}
          className="text-red-700 dark:text-red-400"
        >
          <Trash aria-hidden className="size-4" />
          Delete
        </Button>
      </div>
    </article>
  );
}
