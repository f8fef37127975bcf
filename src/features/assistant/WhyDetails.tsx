import { useId, useState } from 'react';
import { ChevronRight } from 'lucide-react';
import type { TurnExplanation } from '../../domain/assistant/types.ts';
import { cn } from '../../components/ui/cn.ts';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {term}
      </dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="list-disc pl-5">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

const ANSWERS = { yes: 'Yes', no: 'Not now', never: "Don't ask again" } as const;

/** An offer the reply made or answered: what was offered, on what evidence, how it was taken. */
function OfferRows({ offer }: { offer: NonNullable<TurnExplanation['offer']> }) {
  return (
    <>
      <Row term={offer.kind === 'hunch' ? 'My hunch' : 'What I offered'}>{offer.question}</Row>
      <Row term={offer.kind === 'hunch' ? 'Evidence' : 'Because'}>{offer.text ?? offer.reason}</Row>
      {offer.rule && <Row term="Suggestion">{offer.rule}</Row>}
      {offer.acceptance !== undefined && (
        <Row term="How often you said yes">{`${Math.round(offer.acceptance * 100)} % of the time`}</Row>
      )}
      {offer.answer && <Row term="You answered">{ANSWERS[offer.answer]}</Row>}
    </>
  );
}

/**
 * "Why?" under a reply that acted: a disclosure button that shows, in plain words, what was
 * understood, which devices, what changed and why; the intent and slots in a small detail line
 * for people who like to see the machinery.
 */
export function WhyDetails({ explanation }: { explanation: TurnExplanation }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const slots = Object.entries(explanation.slots).map(([key, value]) => `${key}: ${value}`);
  return (
    <div className="w-full">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="inline-flex items-center gap-0.5 rounded-md px-1 py-0.5 text-sm font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-100 dark:hover:bg-slate-800"
      >
        <ChevronRight
          aria-hidden
          className={cn('size-4 transition-transform', open && 'rotate-90')}
        />
        Why?
      </button>
      {open && (
        <div
          id={panelId}
          data-testid="why"
          className="mt-1 rounded-xl bg-slate-50 p-3 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
        >
          <dl className="flex flex-col gap-2">
            <Row term="Understood">{explanation.understood}</Row>
            {explanation.targets.length > 0 && (
              <Row term={explanation.targets.length === 1 ? 'Device' : 'Devices'}>
                {explanation.targets.map((t) => t.name).join(', ')}
              </Row>
            )}
            {(explanation.changes.length > 0 || !explanation.skill) && (
              <Row term="What changed">
                {explanation.changes.length > 0 ? (
                  <Lines lines={explanation.changes} />
                ) : (
                  'Nothing needed changing.'
                )}
              </Row>
            )}
            {explanation.skill && (
              <Row term="Skill">
                {explanation.skill.name} ({explanation.skill.template})
              </Row>
            )}
            {explanation.skill && explanation.skill.session.length > 0 && (
              <Row term="Session">
                <Lines lines={explanation.skill.session} />
              </Row>
            )}
            {explanation.offer && <OfferRows offer={explanation.offer} />}
            {explanation.reasons.length > 0 && (
              <Row term="Why">
                <Lines lines={explanation.reasons} />
              </Row>
            )}
          </dl>
          <p className="mt-2 font-mono text-xs break-words text-slate-600 dark:text-slate-400">
            {[explanation.intent, ...slots].join(' · ')}
          </p>
        </div>
      )}
    </div>
  );
}
