import { useId } from 'react';
import { DropdownMenu } from 'radix-ui';
import { Copy, Ellipsis, FileClock, ListChecks, Pencil, Trash } from 'lucide-react';
import type { Routine } from '../../domain/routines/model.ts';
import type { Run } from '../../domain/routines/run.ts';
import { summarizeRoutine, type SummaryContext } from '../../domain/routines/summary.ts';
import { routineActions } from '../../stores/routineActions.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Switch } from '../../components/ui/Switch.tsx';
import { cn } from '../../components/ui/cn.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { lastRunWords } from './runWords.ts';
import { RunNowButton } from './RunNowButton.tsx';

interface RoutineCardProps {
  routine: Routine;
  lastRun: Run | undefined;
  ctx: SummaryContext;
  now: number;
  timeZone: string;
  onDuplicate: (routine: Routine) => void;
  onDelete: (routine: Routine) => void;
}

const menuItem =
  'flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-2 text-sm outline-none select-none data-highlighted:bg-slate-100 dark:data-highlighted:bg-slate-800';

/** One routine in the list: what it does in a sentence, whether it is on, how it last went. */
export function RoutineCard({
  routine,
  lastRun,
  ctx,
  now,
  timeZone,
  onDuplicate,
  onDelete,
}: RoutineCardProps) {
  const nameId = useId();
  const path = `/${encodeURIComponent(routine.id)}`;

  const setEnabled = async (enabled: boolean) => {
    const ok = await routineActions.setEnabled(routine.id, enabled);
    if (!ok)
      notify({
        tone: 'error',
        title: `Could not switch “${routine.name}” ${enabled ? 'on' : 'off'}`,
        body: 'It may have just been deleted.',
      });
  };

  return (
    <article
      aria-labelledby={nameId}
      data-testid={`routine-card-${routine.id}`}
      className="flex h-full flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex items-start justify-between gap-3">
        <h3 id={nameId} className="min-w-0 text-lg font-semibold break-words">
          {routine.name}
        </h3>
        <div className="flex shrink-0 items-center gap-2">
          <span aria-hidden className="text-sm text-slate-700 dark:text-slate-300">
            {routine.enabled ? 'On' : 'Off'}
          </span>
          <Switch
            checked={routine.enabled}
            onCheckedChange={setEnabled}
            label={`Use “${routine.name}”`}
          />
        </div>
      </div>
      <p
        className={cn(
          'text-sm',
          routine.enabled
            ? 'text-slate-800 dark:text-slate-200'
            : 'text-slate-600 dark:text-slate-400',
        )}
      >
        {summarizeRoutine(routine, ctx)}
      </p>
      {!routine.enabled && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Switched off: it won't run by itself. Run now still works.
        </p>
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {lastRunWords(lastRun, now, timeZone)}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
        <RunNowButton routine={routine} timeZone={timeZone} />
        <ButtonLink href={path} size="sm">
          <Pencil aria-hidden className="size-4" />
          Edit
        </ButtonLink>
        <ButtonLink href={`${path}/runs`} size="sm" variant="ghost">
          <ListChecks aria-hidden className="size-4" />
          Runs
        </ButtonLink>
        <ButtonLink href={`${path}/history`} size="sm" variant="ghost">
          <FileClock aria-hidden className="size-4" />
          History
        </ButtonLink>
        <DropdownMenu.Root>
          <DropdownMenu.Trigger asChild>
            <Button
              variant="ghost"
              size="sm"
              aria-label={`More actions for “${routine.name}”`}
              className="ml-auto"
            >
              <Ellipsis aria-hidden className="size-4" />
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              align="end"
              sideOffset={4}
              className="z-40 min-w-40 rounded-xl bg-white p-1 shadow-lg ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
            >
              <DropdownMenu.Item className={menuItem} onSelect={() => onDuplicate(routine)}>
                <Copy aria-hidden className="size-4" />
                Duplicate
              </DropdownMenu.Item>
              <DropdownMenu.Item
                className={cn(menuItem, 'text-red-700 dark:text-red-400')}
                onSelect={() => onDelete(routine)}
              >
                <Trash aria-hidden className="size-4" />
                Delete
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
    </article>
  );
}
