import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { Routine } from '../../domain/routines/model.ts';
import { useRoutine } from '../../persistence/routineHooks.ts';
import { routineFromDraft } from '../../stores/routineActions.ts';
import { BackToList, LIST_PATH } from './BackToList.tsx';
import { draftFor, findStarter } from './drafts.ts';
import { keepDraftId, newRoutineSlot, routineSlot } from './editor/draftStore.ts';
import { RoutineEditor } from './editor/RoutineEditor.tsx';
import { MissingRoutine } from './MissingRoutine.tsx';
import { RoutineHeader } from './RoutineHeader.tsx';
import { useRoutinesData, type RoutinesData } from './useRoutinesData.ts';

/**
 * The editor with what it starts from. `initial` is taken once, when the page opens: the home and
 * the routines go on changing underneath (the clock runs, the enabled switch is flipped in another
 * tab) and must not reset what the person is typing.
 */
function Editor({
  data,
  start,
  isNew,
  draftSlot,
}: {
  data: RoutinesData;
  start: () => Routine;
  isNew: boolean;
  draftSlot: string;
}) {
  const [, navigate] = useLocation();
  const [initial] = useState(start);
  const toList = () => navigate(LIST_PATH);
  return (
    <RoutineEditor
      initial={initial}
      isNew={isNew}
      draftSlot={draftSlot}
      home={data.home}
      routines={data.routines}
      taught={data.taught}
      unit={data.settings.temperatureUnit}
      onSaved={toList}
      onCancel={toList}
    />
  );
}

/** `/new` and `/new?starter=good_night`: a blank form, or an example set up for this home. */
export function NewRoutinePage() {
  const data = useRoutinesData();
  const starterKey = new URLSearchParams(useSearch()).get('starter');
  if (!data) return null;
  const starter = findStarter(data.home, starterKey);
  // Each example keeps its own draft: choosing one opens that example, not an old blank form.
  const slot = newRoutineSlot(starterKey);
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <div>
        <h1 className="text-2xl font-bold tracking-tight">New routine</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {starter
            ? `Starting from the “${starter.title}” example, set up for the devices in this home. Change what you like, then save it.`
            : starterKey
              ? "That example doesn't fit this home, so the form starts empty."
              : 'Say when it should run and what it should do. Nothing happens until you save it.'}
        </p>
      </div>
      <Editor
        // Another example chosen while here (the address changed) starts a fresh form.
        key={starterKey ?? ''}
        data={data}
        // A reload goes on with the routine being typed, under the same id.
        start={() =>
          keepDraftId(routineFromDraft(draftFor(data.home, starterKey)), slot, data.routines)
        }
        isNew
        draftSlot={slot}
      />
    </div>
  );
}

/** `/<id>`: a saved routine in the editor, under its name, Share and its other pages. */
export function EditRoutinePage({ id }: { id: string }) {
  const data = useRoutinesData();
  const routine = useRoutine(id);
  if (routine === null) return <MissingRoutine />;
  if (!data || !routine) return null;
  return (
    <div className="flex flex-col gap-4">
      <RoutineHeader routine={routine} home={data.home} current="edit" />
      <Editor
        key={id}
        data={data}
        start={() => routine}
        isNew={false}
        draftSlot={routineSlot(id)}
      />
    </div>
  );
}
