// The routines part of window.teachableHome, loaded on first use (routines are off the first page).
import type { Routine } from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import { summarizeRoutine } from '../domain/routines/summary.ts';
import { getDb } from '../persistence/instance.ts';
import { readHome } from '../persistence/home.ts';
import { listRoutines, listRuns, RUNS_KEPT } from '../persistence/routines.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { startRoutineNow } from '../stores/routineRunner.ts';

async function find(nameOrId: string): Promise<Routine> {
  const routines = await listRoutines(getDb());
  const wanted = nameOrId.trim().toLowerCase();
  const found =
    routines.find((r) => r.id === nameOrId) ??
    routines.find((r) => r.name.toLowerCase() === wanted);
  if (found) return found;
  throw new Error(
    `There is no routine called “${nameOrId}”. ${routines.length > 0 ? `Routines: ${routines.map((r) => r.name).join(', ')}.` : 'There are no routines yet.'}`,
  );
}

export async function list() {
  const db = getDb();
  const [routines, home, settings] = await Promise.all([
    listRoutines(db),
    readHome(db),
    getHomeSettings(db),
  ]);
  const names = new Map(routines.map((r) => [r.id, r.name] as const));
  const ctx = {
    home,
    unit: settings.temperatureUnit,
    routineName: (id: string) => names.get(id),
    taughtName: () => undefined,
  };
  return routines.map((r) => ({
    id: r.id,
    name: r.name,
    enabled: r.enabled,
    summary: summarizeRoutine(r, ctx),
  }));
}

export async function runs(nameOrId: string): Promise<Run[]> {
  return listRuns(getDb(), (await find(nameOrId)).id, RUNS_KEPT);
}

export async function runNow(nameOrId: string): Promise<Run | undefined> {
  return startRoutineNow((await find(nameOrId)).id);
}
