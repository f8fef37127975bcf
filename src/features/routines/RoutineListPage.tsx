import { useCallback, useState } from 'react';
import { Plus, Upload } from 'lucide-react';
import type { Routine } from '../../domain/routines/model.ts';
import { useLastRuns } from '../../persistence/routineHooks.ts';
import { useToday } from './useToday.ts';
import { notify } from '../../stores/notifications.ts';
import {
  routineActions,
  routineFromDraft,
  RoutineRefused,
  saveRoutineChecked,
} from '../../stores/routineActions.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { copyName } from './copyName.ts';
import { RoutineCard } from './RoutineCard.tsx';
import { StarterGallery } from './StarterGallery.tsx';
import { UndoDeleteBar, type Deleted } from '../../components/ui/UndoDeleteBar.tsx';
import { useRoutinesData } from './useRoutinesData.ts';

function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export default function RoutineListPage() {
  const data = useRoutinesData();
  const lastRuns = useLastRuns();
  const now = useToday(data?.timeZone);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const names = data?.routines.map((r) => r.name);

  const duplicate = useCallback(
    async (routine: Routine) => {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...draft } = routine;
      void [_id, _created, _updated];
      // Switched off, so a copy with the same phrases or schedule doesn't run twice over.
      const copy = routineFromDraft({
        ...draft,
        name: copyName(routine.name, names ?? []),
        enabled: false,
      });
      try {
        await saveRoutineChecked(copy);
        notify({
          tone: 'success',
          title: `Made a copy: “${copy.name}”`,
          body: 'It is switched off so it does not run twice. Edit it, then switch it on.',
        });
      } catch (error) {
        notify({
          tone: 'error',
          title: `Could not copy “${routine.name}”`,
          body: error instanceof RoutineRefused ? error.message : problemText(error),
        });
      }
    },
    [names],
  );

  const remove = useCallback(async (routine: Routine) => {
    try {
      if (await routineActions.remove(routine.id))
        setDeleted({ id: routine.id, name: routine.name, at: Date.now() });
      else notify({ tone: 'error', title: `“${routine.name}” was already deleted` });
    } catch (error) {
      notify({
        tone: 'error',
        title: `Could not delete “${routine.name}”`,
        body: problemText(error),
      });
    }
  }, []);

  const routines = data?.routines ?? [];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight">Routines</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            A routine does things for you when something happens: when you say a phrase, at a time
            of day, when a door opens or when someone comes home.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/import">
            <Upload aria-hidden className="size-4" />
            Import a routine
          </ButtonLink>
          <ButtonLink href="/new" variant="primary">
            <Plus aria-hidden className="size-4" />
            New routine
          </ButtonLink>
        </div>
      </div>

      <UndoDeleteBar
        deleted={deleted}
        onUndo={routineActions.undoRemove}
        onProblem={notify}
        onDone={() => setDeleted(null)}
      />

      {data && (
        <>
          <section aria-labelledby="your-routines" className="flex flex-col gap-3">
            <h2 id="your-routines" className="text-lg font-semibold">
              Your routines
              {routines.length > 0 && (
                <span className="ml-2 text-sm font-normal text-slate-700 dark:text-slate-300">
                  {routines.length}
                </span>
              )}
            </h2>
            {routines.length === 0 ? (
              <p className="rounded-2xl bg-white p-5 text-slate-700 ring-1 ring-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-800">
                No routines yet. Start from one of the examples below — each is already set up for
                the devices in this home — or make your own with <strong>New routine</strong>.
              </p>
            ) : (
              <ul className="grid gap-3 lg:grid-cols-2">
                {routines.map((routine) => (
                  <li key={routine.id}>
                    <RoutineCard
                      routine={routine}
                      lastRun={lastRuns?.get(routine.id)}
                      ctx={data.ctx}
                      now={now}
                      timeZone={data.timeZone}
                      onDuplicate={duplicate}
                      onDelete={remove}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <StarterGallery
            home={data.home}
            ctx={data.ctx}
            intro={
              routines.length === 0
                ? 'Pick one, look it over in the editor, change what you like, then save it.'
                : 'Ready-made routines for this home. Pick one to open it in the editor; nothing is saved until you save it.'
            }
          />
        </>
      )}
    </div>
  );
}
