import { useId } from 'react';
import { Undo2, Wand2 } from 'lucide-react';
import type { HomeEvent } from '../../domain/activity/event.ts';
import { undoAutomatic } from '../../stores/awareness.ts';
import { Button } from '../../components/ui/Button.tsx';
import { formatTime } from '../../domain/clock/format.ts';
import { useBusy } from './useBusy.ts';

interface AutomaticDoneProps {
  event: HomeEvent;
  /** What changed, in words (explain()'s "what"). */
  what: string;
  timeZone: string;
  onAnswer: () => void;
  cardRef: (element: HTMLElement | null) => void;
}

/** Something the assistant put right on its own, with its reason and a one-click Undo. */
export function AutomaticDone({ event, what, timeZone, onAnswer, cardRef }: AutomaticDoneProps) {
  const titleId = useId();
  const [busy, run] = useBusy();
  const reason = event.cause.kind === 'automatic' ? event.cause.reason : undefined;
  return (
    <article
      ref={cardRef}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid={`automatic-${event.id}`}
      className="flex h-full flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 outline-offset-2 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex gap-3">
        <span
          aria-hidden
          className="grid size-9 shrink-0 place-items-center rounded-full bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
        >
          <Wand2 className="size-5" />
        </span>
        <div className="min-w-0">
          <p id={titleId} className="font-semibold">
            Put right on my own: {what}
          </p>
          {reason && <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{reason}</p>}
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            At{' '}
            <time dateTime={new Date(event.at).toISOString()}>
              {formatTime(event.at, timeZone)}
            </time>
            . You chose to let me do this in Settings → Assistant.
          </p>
        </div>
      </div>
      <div>
        <Button
          size="sm"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => {
            onAnswer();
            run(() => undoAutomatic(event));
          }}
        >
          <Undo2 aria-hidden className="size-4" />
          Undo
        </Button>
      </div>
    </article>
  );
}
