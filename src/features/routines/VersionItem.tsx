import { useId, useState } from 'react';
import { RotateCcw } from 'lucide-react';
import type { Routine } from '../../domain/routines/model.ts';
import { summarizeRoutine, type SummaryContext } from '../../domain/routines/summary.ts';
import type { RoutineVersion } from '../../persistence/routines.ts';
import { Button } from '../../components/ui/Button.tsx';
import { isSame, versionDifferences, type VersionDifferences } from './versionDiff.ts';
import { whenWords } from './runWords.ts';

function Differences({ diff }: { diff: VersionDifferences }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      {diff.bringsBack.length > 0 && (
        <div>
          <p className="font-medium">Restoring it would bring back:</p>
          <ul className="mt-0.5 list-disc pl-5">
            {diff.bringsBack.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      {diff.takesOut.length > 0 && (
        <div>
          <p className="font-medium">Restoring it would take out:</p>
          <ul className="mt-0.5 list-disc pl-5">
            {diff.takesOut.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      {diff.notes.map((note, i) => (
        <p key={i}>{note}</p>
      ))}
    </div>
  );
}

/** How an earlier version differs from the current one: a sentence when it doesn't. */
function Comparison({
  earlier,
  current,
  ctx,
}: {
  earlier: Routine;
  current: Routine;
  ctx: SummaryContext;
}) {
  const diff = versionDifferences(earlier, current, ctx);
  if (isSame(diff))
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        It does the same as the current version.
      </p>
    );
  return (
    <details className="rounded-lg bg-slate-50 dark:bg-slate-800/60">
      <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium">
        What's different from the current version
      </summary>
      <div className="px-3 pb-3">
        <Differences diff={diff} />
      </div>
    </details>
  );
}

export interface VersionItemProps {
  version: RoutineVersion;
  /** The routine as it is now; undefined for the current version itself. */
  current: Routine | undefined;
  ctx: SummaryContext;
  now: number;
  timeZone: string;
  onRestore: (version: RoutineVersion) => Promise<void>;
}

/** One saved version: when, what it did, and for an earlier one how it differs and Restore. */
export function VersionItem({ version, current, ctx, now, timeZone, onRestore }: VersionItemProps) {
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const isCurrent = current === undefined;
  const restore = async () => {
    setBusy(true);
    try {
      await onRestore(version);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li
      data-testid={`version-${version.seq}`}
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold">
          Saved{' '}
          <time dateTime={new Date(version.savedAt).toISOString()}>
            {whenWords(version.savedAt, now, timeZone)}
          </time>
        </h3>
        {isCurrent && (
          <span className="rounded-full bg-accent-600 px-2 py-0.5 text-xs font-medium text-white">
            Current
          </span>
        )}
      </div>
      {current && version.routine.name !== current.name && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Called “{version.routine.name}”
        </p>
      )}
      <p className="text-sm">{summarizeRoutine(version.routine, ctx)}</p>
      {current && (
        <>
          <Comparison earlier={version.routine} current={current} ctx={ctx} />
          <Button size="sm" className="self-start" onClick={restore} disabled={busy}>
            <RotateCcw aria-hidden className="size-4" />
            Restore this version
          </Button>
        </>
      )}
    </li>
  );
}
