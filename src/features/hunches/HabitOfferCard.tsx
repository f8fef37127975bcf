import { useId } from 'react';
import { Repeat } from 'lucide-react';
import { routineDraftFromHabit } from '../../domain/awareness/habits/draft.ts';
import type { HabitOffer } from '../../domain/awareness/types.ts';
import { draftToParam } from '../../domain/routines/draftLink.ts';
import { dismissHabit } from '../../stores/awareness.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { habitLead, occurrenceWords } from './cardWords.ts';
import { useBusy } from './useBusy.ts';
import { WhyDisclosure } from './WhyDisclosure.tsx';

interface HabitOfferCardProps {
  offer: HabitOffer;
  now: number;
  timeZone: string;
  onAnswer: () => void;
  cardRef: (element: HTMLElement | null) => void;
}

/** Things a person often does together, offered as a routine that opens in the editor filled in. */
export function HabitOfferCard({ offer, now, timeZone, onAnswer, cardRef }: HabitOfferCardProps) {
  const leadId = useId();
  const [busy, run] = useBusy();
  const dismiss = (answer: 'not-now' | 'never') => {
    onAnswer();
    run(() => dismissHabit(offer, answer));
  };
  const href = `/routines/new?draft=${draftToParam(routineDraftFromHabit(offer))}`;
  return (
    <article
      ref={cardRef}
      tabIndex={-1}
      aria-label={offer.text}
      data-testid={`habit-offer-${offer.id}`}
      className="flex h-full flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 outline-offset-2 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex gap-3">
        <span
          aria-hidden
          className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-50 text-accent-700 dark:bg-slate-800 dark:text-accent-100"
        >
          <Repeat className="size-5" />
        </span>
        <div className="min-w-0">
          <p id={leadId} className="text-sm text-slate-800 dark:text-slate-200">
            {habitLead(offer)}
          </p>
          <ul aria-labelledby={leadId} className="mt-1 list-disc pl-5 text-sm">
            {offer.steps.map((step) => (
              <li key={`${step.entityId}:${step.command.type}`}>{step.words}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={href} variant="primary" size="sm">
          Make a routine
        </ButtonLink>
        <Button size="sm" disabled={busy} onClick={() => dismiss('not-now')}>
          Not now
        </Button>
        <Button variant="ghost" size="sm" disabled={busy} onClick={() => dismiss('never')}>
          Never ask
        </Button>
      </div>
      <WhyDisclosure>
        <p className="font-medium">
          You did {offer.steps.length === 1 ? 'it' : 'these'} {offer.occurrences.length} times
          lately:
        </p>
        <ul className="mt-1 grid grid-cols-[repeat(auto-fill,minmax(8rem,1fr))] gap-x-3">
          {[...offer.occurrences].reverse().map((at) => (
            <li key={at} className="tabular-nums">
              {occurrenceWords(at, now, timeZone)}
            </li>
          ))}
        </ul>
      </WhyDisclosure>
    </article>
  );
}
