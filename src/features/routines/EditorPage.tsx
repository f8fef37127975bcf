import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { draftFromParam, DRAFT_PARAM } from '../../domain/routines/draftLink.ts';
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

/** A short fingerprint of a carried draft: each offered habit keeps its own draft slot. */
function fingerprint(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * `/new`, `/new?starter=good_night` (an example set up for this home) and `/new?draft=<data>` (a
 * routine filled in elsewhere, such as a habit the assistant offered), or a blank form.
 */
export function NewRoutinePage() {
  const data = useRoutinesData();
  const params = new URLSearchParams(useSearch());
  const starterKey = params.get('starter');
  const draftParam = params.get(DRAFT_PARAM);
  if (!data) return null;
  const carried = draftFromParam(draftParam);
  const starter = carried ? undefined : findStarter(data.home, starterKey);
  // Each example and each carried draft keeps its own draft: choosing one opens that one.
  const key = carried && draftParam ? `draft-${fingerprint(draftParam)}` : starterKey;
  const slot = newRoutineSlot(key);
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <div>
        <h1 className="text-2xl font-bold tracking-tight">New routine</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {carried
            ? 'Filled in from something you often do. Change what you like, then save it — nothing happens until you do.'
            : draftParam
              ? "That address didn't hold a routine that can be opened, so the form starts empty."
              : starter
                ? `Starting from the “${starter.title}” example, set up for the devices in this home. Change what you like, then save it.`
                : starterKey
                  ? "That example doesn't fit this home, so the form starts empty."
                  : 'Say when it should run and what it should do. Nothing happens until you save it.'}
        </p>
      </div>
      <Editor
        // Another example chosen while here (the address changed) starts a fresh form.
        key={key ?? ''}
        data={data}
        // A reload goes on with the routine being typed, under the same id.
        start={() =>
          keepDraftId(
            routineFromDraft(carried ? structuredClone(carried) : draftFor(data.home, starterKey)),
            slot,
            data.routines,
          )
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
