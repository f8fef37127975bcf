import { useId, useMemo } from 'react';
import type { Home } from '../../domain/home/model.ts';
import { startersFor, type Starter } from '../../domain/routines/starters.ts';
import { summarizeRoutine, type SummaryContext } from '../../domain/routines/summary.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';

function StarterCard({ starter, ctx }: { starter: Starter; ctx: SummaryContext }) {
  const titleId = useId();
  // A starter is a draft: give it the fields of a saved routine only to put it into words.
  const summary = summarizeRoutine(
    { ...starter.draft, id: starter.key, createdAt: 0, updatedAt: 0 },
    ctx,
  );
  return (
    <article
      aria-labelledby={titleId}
      data-testid={`starter-${starter.key}`}
      className="flex h-full flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <h3 id={titleId} className="font-semibold">
        {starter.title}
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">{starter.blurb}</p>
      <p className="rounded-lg bg-slate-50 p-2.5 text-sm text-slate-800 dark:bg-slate-800/60 dark:text-slate-200">
        <span className="font-medium">In this home: </span>
        {summary}
      </p>
      <ButtonLink
        href={`/new?starter=${encodeURIComponent(starter.key)}`}
        size="sm"
        className="mt-auto self-start"
        aria-describedby={titleId}
      >
        Use this
      </ButtonLink>
    </article>
  );
}

/** Ready-made routines fitted to this home's devices; "Use this" opens one in the editor. */
export function StarterGallery({
  home,
  ctx,
  intro,
}: {
  home: Home;
  ctx: SummaryContext;
  intro: string;
}) {
  const headingId = useId();
  const starters = useMemo(() => startersFor(home), [home]);
  if (starters.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          Start from an example
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{intro}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {starters.map((s) => (
          <li key={s.key}>
            <StarterCard starter={s} ctx={ctx} />
          </li>
        ))}
      </ul>
    </section>
  );
}
