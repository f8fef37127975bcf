// Finding things for a run's trace: the routine as it was when the run started (it may have been
// edited since, and a step's number refers to the actions of that time), and which run an address
// points at (Activity links to "…/runs#run-<id>" or "…/runs?run=<id>").
import type { Routine } from '../../domain/routines/model.ts';
import type { RoutineVersion } from '../../persistence/routines.ts';

/**
 * The version saved last before `startedAt`; the current routine when no kept version is that old
 * (or the routine's versions are not known), so a trace always has words to show.
 */
export function routineAtRun(
  startedAt: number,
  versions: readonly RoutineVersion[] | undefined,
  current: Routine | undefined,
): Routine | undefined {
  let best: RoutineVersion | undefined;
  for (const v of versions ?? [])
    if (v.savedAt <= startedAt && (best === undefined || v.seq > best.seq)) best = v;
  return best?.routine ?? current;
}

/** The run id in `?run=<id>` or `#run-<id>`, the query first. */
export function targetRun(search: string, hash: string): string | undefined {
  const fromQuery = new URLSearchParams(search).get('run');
  if (fromQuery) return fromQuery;
  const match = /^#?run-(.+)$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
