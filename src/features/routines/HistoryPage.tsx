import { useCallback } from 'react';
import { useRoutine, useRoutineVersions } from '../../persistence/routineHooks.ts';
import { VERSIONS_KEPT, type RoutineVersion } from '../../persistence/routines.ts';
import { useToday } from './useToday.ts';
import { notify } from '../../stores/notifications.ts';
import { routineActions } from '../../stores/routineActions.ts';
import { MissingRoutine } from './MissingRoutine.tsx';
import { RoutineHeader } from './RoutineHeader.tsx';
import { whenWords } from './runWords.ts';
import { useRoutinesData } from './useRoutinesData.ts';
import { VersionItem } from './VersionItem.tsx';

function keptWords(count: number): string {
  const so = count === 1 ? '1 so far' : `${count} so far`;
  return count >= VERSIONS_KEPT
    ? `Every save is kept as a version, up to the last ${VERSIONS_KEPT}; older ones are forgotten as you save new ones.`
    : `Every save is kept as a version, up to the last ${VERSIONS_KEPT}; ${so}.`;
}

/** `/<id>/history`: every kept version of a routine, newest first, each restorable. */
export function HistoryPage({ id }: { id: string }) {
  const data = useRoutinesData();
  const routine = useRoutine(id);
  const versions = useRoutineVersions(id);
  const timeZone = data?.timeZone;
  const now = useToday(timeZone);

  const restore = useCallback(
    async (version: RoutineVersion) => {
      try {
        await routineActions.restore(id, version.seq);
        notify({
          tone: 'success',
          title: `Restored the version from ${whenWords(version.savedAt, now, timeZone ?? 'UTC')}`,
          body: 'Restoring is saved as a new version, so you can go back again.',
        });
      } catch (error) {
        notify({
          tone: 'error',
          title: 'Could not restore that version',
          body: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [id, now, timeZone],
  );

  if (routine === null) return <MissingRoutine />;
  if (!data || !routine || !versions) return null;
  return (
    <div className="flex flex-col gap-4">
      <RoutineHeader routine={routine} home={data.home} current="history">
        <p className="text-sm text-slate-700 dark:text-slate-300">{keptWords(versions.length)}</p>
      </RoutineHeader>
      <section aria-labelledby="versions-heading" className="flex flex-col gap-2">
        <h2 id="versions-heading" className="sr-only">
          Versions, newest first
        </h2>
        <ol className="flex flex-col gap-2">
          {versions.map((version, index) => (
            <VersionItem
              key={version.seq}
              version={version}
              // The newest version is the routine as it is now (restoring saves a new one).
              current={index === 0 ? undefined : routine}
              ctx={data.ctx}
              now={now}
              timeZone={data.timeZone}
              onRestore={restore}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}
