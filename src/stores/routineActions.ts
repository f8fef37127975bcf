// What the routines pages call: saving (with the checks a save must pass), deleting with undo,
// switching on and off, restoring a version, running now, trying a routine out, importing.
// Every change goes through persistence in one transaction; domain logic decides.
import type { Routine } from '../domain/routines/model.ts';
import type { DryRun } from '../domain/routines/dryRun.ts';
import { dryRun } from '../domain/routines/dryRun.ts';
import { routineProblems, type RoutineProblems } from '../domain/routines/checks.ts';
import { getDb } from '../persistence/instance.ts';
import { vocabulary } from '../persistence/taught.ts';
import { readHome } from '../persistence/home.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import {
  deleteRoutine,
  listRoutines,
  restoreVersion,
  saveRoutine,
  setRoutineEnabled,
  undoDeleteRoutine,
} from '../persistence/routines.ts';
import { skillOwners } from '../domain/blueprints/phrases.ts';
import { listSkills } from '../persistence/skills.ts';
import { simulatedNow } from './clock.ts';
import { startRoutineNow } from './routineRunner.ts';
import type { Run } from '../domain/routines/run.ts';

let counter = 0;
/** A fresh routine id: "routine-…", unique across tabs. */
export function newRoutineId(): string {
  counter = (counter + 1) % 1_000_000;
  return `routine-${Date.now().toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A new routine from a draft (a starter, an import, the blank form). Not saved. */
export function routineFromDraft(draft: Omit<Routine, 'id' | 'createdAt' | 'updatedAt'>): Routine {
  const now = simulatedNow();
  return { ...draft, id: newRoutineId(), createdAt: now, updatedAt: now };
}

/**
 * What saving this routine would meet: `errors` refuse the save (a loop), `warnings` are for the
 * person to confirm (a phrase that is also a command I know, or another routine's phrase).
 */
export async function checkRoutine(routine: Routine): Promise<RoutineProblems> {
  const db = getDb();
  const [home, others, settings, taught, skills] = await Promise.all([
    readHome(db),
    listRoutines(db),
    getHomeSettings(db),
    vocabulary(db),
    listSkills(db),
  ]);
  return routineProblems(
    routine,
    others,
    home,
    settings.temperatureUnit,
    taught.commands,
    skillOwners(skills),
  );
}

export class RoutineRefused extends Error {}

/**
 * Saves a routine (a new version of it). Throws RoutineRefused, saving nothing, when it would
 * make a loop; throws Error when it is invalid. Warnings do not stop a save: confirm them first.
 */
export async function saveRoutineChecked(routine: Routine): Promise<Routine> {
  const problems = await checkRoutine(routine);
  if (problems.errors.length > 0) throw new RoutineRefused(problems.errors.join(' '));
  return saveRoutine(getDb(), routine, simulatedNow());
}

/** What would happen if this routine (saved or a draft) ran now; changes nothing. */
export async function tryRoutine(routine: Routine): Promise<DryRun> {
  const db = getDb();
  const [home, settings] = await Promise.all([readHome(db), getHomeSettings(db)]);
  return dryRun(routine, home, simulatedNow(), settings);
}

export const routineActions = {
  remove: (id: string) => deleteRoutine(getDb(), id, simulatedNow()),
  undoRemove: (id: string) => undoDeleteRoutine(getDb(), id),
  setEnabled: (id: string, enabled: boolean) =>
    setRoutineEnabled(getDb(), id, enabled, simulatedNow()),
  restore: (id: string, seq: number) => restoreVersion(getDb(), id, seq, simulatedNow()),
  /** Runs it now, as "Run now" does: conditions are checked and traced like any other run. */
  runNow: (id: string): Promise<Run | undefined> => startRoutineNow(id),
};
