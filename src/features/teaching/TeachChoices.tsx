import { useId } from 'react';
import { Plus } from 'lucide-react';
import type { TaughtKind } from '../../domain/teaching/model.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { newPath } from './paths.ts';

const CHOICES: readonly { kind: TaughtKind; label: string; what: string }[] = [
  {
    kind: 'command',
    label: 'A command',
    what: 'Words that do several things at once, like “movie mode”: dim the lights, close the blinds, turn on the TV.',
  },
  {
    kind: 'concept',
    label: 'A setting word',
    what: 'A word for a setting of a kind of device, like “cozy” for a thermostat or “study mode” for a light.',
  },
  {
    kind: 'name',
    label: 'A name',
    what: 'Another name for a device or a room, like “the big light” or “the kids’ room”.',
  },
];

/** "Teach something new": the three kinds of thing, each opening its form. */
export function TeachChoices() {
  const headingId = useId();
  const baseId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Teach something new
      </h2>
      <ul className="grid gap-3 sm:grid-cols-3">
        {CHOICES.map((c) => (
          <li
            key={c.kind}
            className="flex flex-col items-start gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
          >
            <ButtonLink href={newPath(c.kind)} aria-describedby={`${baseId}-${c.kind}`}>
              <Plus aria-hidden className="size-4" />
              {c.label}
            </ButtonLink>
            <p id={`${baseId}-${c.kind}`} className="text-sm text-slate-700 dark:text-slate-300">
              {c.what}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
