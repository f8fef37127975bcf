import { useId } from 'react';
import { evidenceWords } from '../../domain/awareness/hunchWords.ts';
import type { Hunch } from '../../domain/awareness/types.ts';
import { acceptHunch, declineHunch } from '../../stores/awareness.ts';
import { Button } from '../../components/ui/Button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { presentWords, samplesHeading } from './cardWords.ts';
import { deviceIcon, isSecurityKind } from './cardLook.ts';
import { useBusy } from './useBusy.ts';
import { WhyDisclosure } from './WhyDisclosure.tsx';

interface HunchCardProps {
  hunch: Hunch;
  now: number;
  timeZone: string;
  /** Called as the person answers, before the card goes: the panel moves focus on. */
  onAnswer: () => void;
  cardRef: (element: HTMLElement | null) => void;
}

/** One hunch: what is unusual with its evidence, the question, the three answers and "Why?". */
export function HunchCard({ hunch, now, timeZone, onAnswer, cardRef }: HunchCardProps) {
  const textId = useId();
  const questionId = useId();
  const [busy, run] = useBusy();
  const Icon = deviceIcon(hunch.domain, hunch.kind);
  const security = isSecurityKind(hunch.kind);
  const present = presentWords(hunch, now, timeZone);
  const answer = (action: () => Promise<void>) => {
    onAnswer();
    run(action);
  };
  return (
    <article
      ref={cardRef}
      tabIndex={-1}
      aria-labelledby={textId}
      data-testid={`hunch-card-${hunch.entityId}`}
      className={cn(
        'flex h-full flex-col gap-3 rounded-2xl bg-white p-4 ring-1 outline-offset-2 dark:bg-slate-900',
        security
          ? 'border-l-4 border-amber-500 ring-amber-200 dark:border-amber-400 dark:ring-amber-900'
          : 'ring-slate-200 dark:ring-slate-800',
      )}
    >
      <div className="flex gap-3">
        <span
          aria-hidden
          className={cn(
            'grid size-9 shrink-0 place-items-center rounded-full',
            security
              ? 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200'
              : 'bg-accent-50 text-accent-700 dark:bg-slate-800 dark:text-accent-100',
          )}
        >
          <Icon className="size-5" />
        </span>
        <div className="min-w-0">
          <p id={textId} className="text-sm text-slate-800 dark:text-slate-200">
            {hunch.text}
          </p>
          <p id={questionId} className="mt-1 font-semibold">
            {hunch.question}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="primary"
          size="sm"
          disabled={busy}
          aria-describedby={questionId}
          onClick={() => answer(() => acceptHunch(hunch))}
        >
          Yes
        </Button>
        <Button
          size="sm"
          disabled={busy}
          onClick={() => answer(() => declineHunch(hunch, 'not-now'))}
        >
          Not now
        </Button>
        <Button
          variant="ghost"
          size="sm"
          disabled={busy}
          onClick={() => answer(() => declineHunch(hunch, 'never'))}
        >
          Don't ask about this device
        </Button>
      </div>
      <WhyDisclosure>
        {present && <p className="mb-2">{present}</p>}
        <p className="font-medium">{samplesHeading(hunch.evidence)}</p>
        <ul className="mt-1 grid grid-cols-[repeat(auto-fill,minmax(8rem,1fr))] gap-x-3">
          {evidenceWords(hunch.evidence, timeZone, hunch.domain).map((line, i) => (
            <li
              key={i}
              className={cn(
                'tabular-nums',
                // The days it was as it is now stand out: they are why the hunch is not certain.
                hunch.evidence.samples[i]?.state !== hunch.evidence.usual && 'font-semibold',
              )}
            >
              {line}
            </li>
          ))}
        </ul>
      </WhyDisclosure>
    </article>
  );
}
