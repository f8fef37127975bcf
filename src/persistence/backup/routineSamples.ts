// Test helpers: routines with a history, runs and held triggers, stored the way the app stores
// them, for the backup tests. Imported by tests only.
import type { Routine } from '../../domain/routines/model.ts';
import type { Run } from '../../domain/routines/run.ts';
import type { TeachableHomeDb } from '../db.ts';
import { saveRunnerState, type RunnerState } from '../routineRunner.ts';
import { deleteRoutine, saveRoutine, saveRun, setRoutineEnabled } from '../routines.ts';
import { T0 } from '../testing.ts';

export function sampleRoutine(overrides: Partial<Routine> = {}): Routine {
  return {
    id: 'good_night',
    name: 'Good night',
    enabled: true,
    triggers: [{ type: 'phrase', phrases: ['good night'] }],
    conditionMode: 'all',
    conditions: [],
    actions: [
      {
        type: 'control',
        target: { kind: 'area', areaId: 'kitchen', domain: 'light' },
        command: 'turn_off',
      },
    ],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleRun(
  id: string,
  routine: Routine,
  startedAt: number,
  over: Partial<Run> = {},
) {
  return {
    id,
    routineId: routine.id,
    routineName: routine.name,
    trigger: "you said 'good night'",
    startedAt,
    status: 'done',
    conditions: [{ ok: true, why: 'someone is home' }],
    steps: [{ index: 0, status: 'done', eventIds: [`ev-${id}`], at: startedAt }],
    next: 1,
    depth: 0,
    parent: { kind: 'voice', utterance: 'good night' },
    ...over,
  } satisfies Run;
}

export function heldFor(routineId: string): RunnerState['held'][number] {
  return {
    routineId,
    trigger: { type: 'state', entityId: 'switch.kettle', to: 'on', forSeconds: 60 },
    at: T0 + 60_000,
    words: 'the Kettle has been on for 1 minute',
    depth: 0,
    parent: { kind: 'manual' },
  };
}

/**
 * Two routines, one edited twice and switched off (three versions, a finished run and a waiting
 * one), and a third, deleted but still undoable, with a version, a run and a held trigger of
 * its own, which a backup leaves out.
 */
export async function seedRoutines(db: TeachableHomeDb): Promise<void> {
  const night = sampleRoutine();
  await saveRoutine(db, night, T0 + 1000);
  await saveRoutine(db, { ...night, name: 'Night night' }, T0 + 2000);
  const morning = sampleRoutine({
    id: 'morning',
    name: 'Morning',
    triggers: [{ type: 'time', at: '07:00', days: [1, 2, 3, 4, 5] }],
    actions: [
      { type: 'say', text: 'Good morning' },
      { type: 'wait', seconds: 600 },
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'switch.kettle' },
        command: 'turn_on',
      },
    ],
  });
  await saveRoutine(db, morning, T0 + 2500);
  const gone = sampleRoutine({ id: 'gone', name: 'Gone' });
  await saveRoutine(db, gone, T0 + 2600);
  await saveRoutine(db, { ...night, name: 'Sleep well', conditionMode: 'any' }, T0 + 3000);
  await setRoutineEnabled(db, night.id, false, T0 + 3500);
  await saveRun(db, sampleRun('run-night-1', night, T0 + 4000));
  await saveRun(
    db,
    sampleRun('run-morning-1', morning, T0 + 5000, {
      status: 'waiting',
      steps: [
        { index: 0, status: 'done', eventIds: [], at: T0 + 5000 },
        { index: 1, status: 'waited', eventIds: [], at: T0 + 5000 },
      ],
      next: 2,
      resumeAt: T0 + 605_000,
    }),
  );
  await saveRun(db, sampleRun('run-gone-1', gone, T0 + 4500));
  await saveRunnerState(db, { until: T0 + 6000, held: [heldFor('morning'), heldFor('gone')] });
  await deleteRoutine(db, gone.id, T0 + 7000);
}
