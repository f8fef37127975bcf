import { useId, useState } from 'react';
import { Check, Trash, ShieldAlert } from 'lucide-react';
import type { LearnedRewrite } from '../../../domain/learning/types.ts';
import { Button } from '../../../components/ui/Button.tsx';
import {
  evidenceWords,
  needsYes,
  rewriteWords,
  saidWords,
  standingWords,
  timesWords,
} from './learningWords.ts';

export const cardClass =
  'flex h-full flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800';

interface RewriteCardProps {
  rewrite: LearnedRewrite;
  timeZone: string;
  now: number;
  onForget: (rewrite: LearnedRewrite) => void;
  /** The person's yes; resolves once saved. */
  onAccept: (rewrite: LearnedRewrite) => Promise<void>;
}

/**
 * One learned rewrite: what the words mean, how it stands, the evidence behind a disclosure, and
 * Forget — plus Use it now for one still waiting (heard once, or needing a yes).
 */
export function RewriteCard({ rewrite, timeZone, now, onForget, onAccept }: RewriteCardProps) {
  const titleId = useId();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const waiting = rewrite.status === 'candidate';
  const sensitive = needsYes(rewrite);

  const acceptNow = async () => {
    setBusy(true);
    try {
      await onAccept(rewrite);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      aria-labelledby={titleId}
      data-testid="learned-rewrite"
      data-rewrite-id={rewrite.id}
      data-status={rewrite.status}
      className={cardClass}
    >
      <h3 id={titleId} className="min-w-0 font-semibold break-words">
        {rewriteWords(rewrite)}
      </h3>
      <p
        className={
          sensitive
            ? 'flex items-start gap-1.5 text-sm text-amber-900 dark:text-amber-200'
            : 'text-sm text-slate-700 dark:text-slate-300'
        }
      >
        {sensitive && <ShieldAlert aria-hidden className="mt-0.5 size-4 shrink-0" />}
        {standingWords(rewrite, timeZone, now)}
      </p>
      <details className="rounded-lg bg-slate-50 dark:bg-slate-800/60">
        <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium">
          How I learned it ({timesWords(rewrite.evidence.length)})
        </summary>
        <ul className="flex list-disc flex-col gap-1 pr-3 pb-3 pl-8 text-sm">
          {[...rewrite.evidence].reverse().map((e, i) => (
            <li key={`${e.at}-${i}`}>{evidenceWords(e, timeZone, now)}</li>
          ))}
        </ul>
      </details>
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
        {waiting && (
          <Button
            size="sm"
            variant="primary"
            aria-label={`Use it now: ${saidWords(rewrite)}`}
            aria-describedby={hintId}
            disabled={busy}
            onClick={() => void acceptNow()}
          >
            <Check aria-hidden className="size-4" />
            Use it now
          </Button>
        )}
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Forget: ${saidWords(rewrite)}`}
          onClick={() => onForget(rewrite)}
          className="ml-auto text-red-700 dark:text-red-400"
        >
          <Trash aria-hidden className="size-4" />
          Forget
        </Button>
      </div>
      {waiting && (
        <p id={hintId} className="-mt-1 text-xs text-slate-600 dark:text-slate-400">
          Your yes: from now on I take these words to mean that.
        </p>
      )}
    </article>
  );
}
