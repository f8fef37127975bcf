import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import {
  useRoutine,
  useRoutineRuns,
  useRoutineVersions,
  useRunCount,
} from '../../persistence/routineHooks.ts';
import { RUNS_KEPT } from '../../persistence/routines.ts';
import { useToday } from './useToday.ts';
import { BackToList } from './BackToList.tsx';
import { MissingRoutine } from './MissingRoutine.tsx';
import { RoutineHeader } from './RoutineHeader.tsx';
import { RunItem } from './RunItem.tsx';
import { RunNowButton } from './RunNowButton.tsx';
import { routineAtRun, targetRun } from './runLookup.ts';
import { useRoutinesData } from './useRoutinesData.ts';

/** The run an address points at (`?run=` or `#run-`), following hash changes on this page. */
function useTargetRun(): string | undefined {
  const search = useSearch();
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return targetRun(search, hash);
}

/** "The last 100 runs are kept; 37 so far." — the cap is said, never applied silently. */
function keptWords(count: number): string {
  if (count === 0) return `It hasn't run yet. The last ${RUNS_KEPT} runs will be kept.`;
  if (count >= RUNS_KEPT)
    return `The last ${RUNS_KEPT} runs are kept; older ones are forgotten as new ones come in.`;
  return `The last ${RUNS_KEPT} runs are kept; ${count} so far.`;
}

/** `/<id>/runs`: every kept run of a routine, newest first, each with its trace. */
export function RunsPage({ id }: { id: string }) {
  const data = useRoutinesData();
  const routine = useRoutine(id);
  const runs = useRoutineRuns(id, RUNS_KEPT);
  const count = useRunCount(id);
  const versions = useRoutineVersions(id);
  const now = useToday(data?.timeZone);
  const target = useTargetRun();
  const found = target !== undefined && runs?.some((r) => r.id === target);

  // Once the runs are drawn, bring the one asked for into view (and focus, for keyboards).
  useEffect(() => {
    if (!found) return;
    const element = document.getElementById(`run-${target}`);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [found, target]);

  if (!data || routine === undefined || runs === undefined || count === undefined) return null;
  // A deleted routine's runs are still kept, and Activity may link to them: show them.
  if (routine === null && runs.length === 0) return <MissingRoutine />;

  const kept = <p className="text-sm text-slate-700 dark:text-slate-300">{keptWords(count)}</p>;
  const runNow = routine && (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {kept}
      <RunNowButton routine={routine} timeZone={data.timeZone} />
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      {routine ? (
        <RoutineHeader routine={routine} home={data.home} current="runs">
          {runNow}
        </RoutineHeader>
      ) : (
        <div className="flex flex-col gap-3">
          <BackToList />
          <h1 className="text-2xl font-bold tracking-tight">Runs of “{runs[0]?.routineName}”</h1>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            This routine was deleted; its runs are still kept.
          </p>
          {kept}
        </div>
      )}
      {target !== undefined && !found && (
        <p
          role="status"
          className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800"
        >
          The run you followed a link to is no longer kept: only the last {RUNS_KEPT} are.
        </p>
      )}
      {runs.length > 0 && (
        <section aria-labelledby="runs-heading" className="flex flex-col gap-2">
          <h2 id="runs-heading" className="sr-only">
            Runs, newest first
          </h2>
          <ol className="flex flex-col gap-2">
            {runs.map((run, index) => (
              <RunItem
                key={run.id}
                run={run}
                routine={routineAtRun(run.startedAt, versions, routine ?? undefined)}
                ctx={data.ctx}
                now={now}
                timeZone={data.timeZone}
                initiallyOpen={target === undefined ? index === 0 : run.id === target}
                highlighted={run.id === target}
              />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
