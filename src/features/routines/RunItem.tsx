import { useState, type ComponentType } from 'react';
import { Link } from 'wouter';
import {
  CalendarX,
  CircleCheck,
  CircleX,
  Hourglass,
  OctagonX,
  SkipForward,
  Unplug,
} from 'lucide-react';
import { capitalize } from '../../domain/assistant/words.ts';
import type { Routine } from '../../domain/routines/model.ts';
import type { Run, RunStatus, StepTrace } from '../../domain/routines/run.ts';
import {
  describeAction,
  describeCondition,
  type SummaryContext,
} from '../../domain/routines/summary.ts';
import { cn } from '../../components/ui/cn.ts';
import { changeCount, changesWords, runOutcome, STEP_LABELS, whenHeading } from './runWords.ts';

const STATUS_LOOK: Record<
  RunStatus,
  { icon: ComponentType<{ className?: string }>; tone: string }
> = {
  done: { icon: CircleCheck, tone: 'text-emerald-700 dark:text-emerald-400' },
  failed: { icon: CircleX, tone: 'text-red-700 dark:text-red-400' },
  skipped: { icon: SkipForward, tone: 'text-amber-800 dark:text-amber-300' },
  waiting: { icon: Hourglass, tone: 'text-accent-700 dark:text-accent-100' },
  interrupted: { icon: Unplug, tone: 'text-amber-800 dark:text-amber-300' },
  stopped: { icon: OctagonX, tone: 'text-red-700 dark:text-red-400' },
  missed: { icon: CalendarX, tone: 'text-slate-700 dark:text-slate-300' },
};

const STEP_TONE: Record<StepTrace['status'], string> = {
  done: 'text-emerald-700 dark:text-emerald-400',
  waited: 'text-slate-700 dark:text-slate-300',
  skipped: 'text-amber-800 dark:text-amber-300',
  failed: 'text-red-700 dark:text-red-400',
};

/** A step's action in words; a routine edited since may no longer have it. */
function actionWords(routine: Routine | undefined, index: number, ctx: SummaryContext): string {
  const action = routine?.actions[index];
  return action ? capitalize(describeAction(action, ctx)) : `Step ${index + 1}`;
}

function Conditions({
  run,
  routine,
  ctx,
}: {
  run: Run;
  routine: Routine | undefined;
  ctx: SummaryContext;
}) {
  if (run.conditions.length === 0) return null;
  // Conditions are traced in the routine's order; name them only if the routine still matches.
  const named =
    routine && routine.conditions.length === run.conditions.length ? routine : undefined;
  const mode = named?.conditionMode;
  return (
    <div>
      <h3 className="text-sm font-semibold">
        Conditions
        {mode && run.conditions.length > 1 && (
          <span className="font-normal text-slate-700 dark:text-slate-300">
            {mode === 'all' ? ' (all had to hold)' : ' (one was enough)'}
          </span>
        )}
      </h3>
      <ul className="mt-1 flex flex-col gap-1">
        {run.conditions.map((c, i) => {
          const condition = named?.conditions[i];
          return (
            <li key={i} className="flex gap-2 text-sm">
              <span
                aria-hidden
                className={cn(
                  'w-4 shrink-0 font-bold',
                  c.ok
                    ? 'text-emerald-700 dark:text-emerald-400'
                    : 'text-red-700 dark:text-red-400',
                )}
              >
                {c.ok ? '✓' : '✗'}
              </span>
              <span>
                <span className="sr-only">{c.ok ? 'Held: ' : 'Did not hold: '}</span>
                {condition ? (
                  <>
                    {capitalize(describeCondition(condition, ctx))}
                    <span className="text-slate-700 dark:text-slate-300"> — {c.why}</span>
                  </>
                ) : (
                  capitalize(c.why)
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * "done, made 3 changes", "failed: the Hall lamp is unavailable". Details that already say what
 * happened ("interrupted: the app was closed") stand alone rather than after "skipped".
 */
function StepResult({ step }: { step: StepTrace }) {
  const speaksForItself = step.detail !== undefined && /^\w+:/.test(step.detail);
  return (
    <>
      <span className={cn('font-medium', STEP_TONE[step.status])}>
        {speaksForItself ? step.detail : STEP_LABELS[step.status]}
      </span>
      {step.status === 'done' && step.eventIds.length > 0 && (
        <span className="text-slate-700 dark:text-slate-300">
          , {changesWords(step.eventIds.length)}
        </span>
      )}
      {step.detail && !speaksForItself && (
        <span className="text-slate-700 dark:text-slate-300">: {step.detail}</span>
      )}
    </>
  );
}

function Steps({
  run,
  routine,
  ctx,
}: {
  run: Run;
  routine: Routine | undefined;
  ctx: SummaryContext;
}) {
  // Actions not reached yet (waiting) or never (interrupted, stopped), if the routine still has them.
  const reached = new Set(run.steps.map((s) => s.index));
  const rest =
    routine && ['waiting', 'interrupted', 'stopped'].includes(run.status)
      ? routine.actions
          .map((_, index) => index)
          .filter((index) => index >= run.next && !reached.has(index))
      : [];
  if (run.steps.length === 0 && rest.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">Steps</h3>
      <ol className="mt-1 flex list-decimal flex-col gap-1.5 pl-5 marker:text-slate-600 dark:marker:text-slate-400">
        {run.steps.map((step, i) => (
          <li key={i} className="text-sm">
            <span className="font-medium">{actionWords(routine, step.index, ctx)}</span>
            <span className="text-slate-700 dark:text-slate-300"> — </span>
            <StepResult step={step} />
          </li>
        ))}
        {rest.map((index) => (
          <li key={`rest-${index}`} className="text-sm text-slate-700 dark:text-slate-300">
            <span>{actionWords(routine, index, ctx)}</span> —{' '}
            {run.status === 'waiting' ? 'still to do' : 'not done'}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** What a run without steps did, when that needs saying. */
function nothingDone(run: Run): string | undefined {
  if (run.status === 'skipped') return 'Nothing was done, because its conditions said no.';
  if (run.status === 'missed')
    return 'It was due while the app was closed. It is not run late, so nothing happens by surprise when you come back.';
  return undefined;
}

export interface RunItemProps {
  run: Run;
  /** The routine as it was when the run started, for the words of its steps and conditions. */
  routine: Routine | undefined;
  ctx: SummaryContext;
  now: number;
  timeZone: string;
  /** Shown open: the newest run, or the one an address points at. */
  initiallyOpen: boolean;
  highlighted: boolean;
}

/**
 * One run's trace. The outline — how it went ("Skipped: nobody is home"), when, what started it —
 * is always visible; the conditions and steps open below it.
 */
export function RunItem({
  run,
  routine,
  ctx,
  now,
  timeZone,
  initiallyOpen,
  highlighted,
}: RunItemProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const { icon: Icon, tone } = STATUS_LOOK[run.status];
  const changes = changeCount(run);
  const note = nothingDone(run);
  return (
    <li
      id={`run-${run.id}`}
      data-testid={`run-${run.id}`}
      tabIndex={-1}
      className={cn(
        'scroll-mt-44 rounded-2xl bg-white dark:bg-slate-900',
        highlighted
          ? 'ring-2 ring-accent-600 dark:ring-accent-500'
          : 'ring-1 ring-slate-200 dark:ring-slate-800',
      )}
    >
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="flex cursor-pointer list-none gap-3 rounded-2xl p-4 [&::-webkit-details-marker]:hidden">
          <Icon aria-hidden className={cn('mt-0.5 size-5 shrink-0', tone)} />
          <span className="flex min-w-0 flex-1 flex-col gap-0.5">
            <span className={cn('font-semibold', tone)}>
              {capitalize(runOutcome(run, timeZone))}
            </span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              <time dateTime={new Date(run.startedAt).toISOString()}>
                {whenHeading(run.startedAt, now, timeZone)}
              </time>
              {' · '}
              {run.status === 'missed' ? 'Due: ' : 'Why: '}
              {run.trigger}
            </span>
          </span>
          <span aria-hidden className="text-sm text-slate-600 dark:text-slate-400">
            {open ? 'Less' : 'Details'}
          </span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-slate-200 px-4 pt-3 pb-4 dark:border-slate-800">
          <Conditions run={run} routine={routine} ctx={ctx} />
          <Steps run={run} routine={routine} ctx={ctx} />
          {note && <p className="text-sm text-slate-700 dark:text-slate-300">{note}</p>}
          {run.conditions.length === 0 && run.steps.length === 0 && !note && (
            <p className="text-sm text-slate-700 dark:text-slate-300">No steps were done.</p>
          )}
          {changes > 0 ? (
            <Link
              href={`~/activity?run=${encodeURIComponent(run.id)}`}
              className="self-start text-sm font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-100"
            >
              See the {changes === 1 ? 'change' : `${changes} changes`} in Activity
            </Link>
          ) : (
            run.steps.length > 0 && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                It changed nothing in the home.
              </p>
            )
          )}
        </div>
      </details>
    </li>
  );
}
