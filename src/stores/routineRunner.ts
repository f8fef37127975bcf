// The routine runner as the app runs it. The tab that leads the simulation (simulation.ts) moves
// the home and the routines forward together, stopping at each scheduled run so that runs and
// the home's own changes take turns in time order (a fast-forward over a week makes every due run
// once, in order). Any tab that changes the home (a tile, a voice request) lets device triggers
// react at once. Loaded after the first page: the first paint does not wait for routines.
import type { Home } from '../domain/home/model.ts';
import { advance } from '../domain/home/simulate.ts';
import {
  runRoutines,
  triggerWords,
  type EngineResult,
  type HomeChange,
  type RoutineWorld,
  type StartRequest,
} from '../domain/routines/engine.ts';
import { interruptRun, missedRun, type Run } from '../domain/routines/run.ts';
import { dueRuns, Scheduler } from '../domain/routines/scheduler.ts';
import { getDb } from '../persistence/instance.ts';
import { listRoutines, waitingRuns } from '../persistence/routines.ts';
import { getRunnerState, runnerStep, type StepInput } from '../persistence/routineRunner.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { advanceHomeTo } from '../persistence/simulation.ts';
import { simulatedNow } from './clock.ts';
import { notify } from './notifications.ts';
import { announceRunEffects, newRunId } from './routineEffects.ts';

const worldOf = (input: StepInput): RoutineWorld => ({
  routines: input.routines,
  taught: input.taught,
  settings: input.settings,
  newId: newRunId,
});

const announce = announceRunEffects;

/** Missed runs recorded at most, per reopening; the notice still counts them all. */
const MISSED_KEPT = 20;

/**
 * When this tab becomes the one that runs routines: runs left waiting were interrupted (the page
 * that waited is gone), and schedules that fell due while no tab ran them are recorded as missed,
 * never replayed.
 */
export async function startRunner(now: number): Promise<void> {
  let missed: Run[] = [];
  let interrupted = 0;
  await runnerStep(getDb(), (input) => {
    if (!input.state)
      return { home: input.home, events: [], runs: [], state: { until: now, held: [] } };
    const stopped = input.waiting.map((run) => interruptRun(run, now));
    interrupted = stopped.length;
    const due = dueRuns(input.routines, input.state.until, now, input.settings);
    missed = due.map((d) =>
      missedRun(
        d.routine,
        triggerWords(d.trigger, d.at, input.home, worldOf(input)),
        d.at,
        newRunId(),
      ),
    );
    return {
      home: input.home,
      events: [],
      runs: [...stopped, ...missed.slice(-MISSED_KEPT)],
      state: { until: Math.max(now, input.state.until), held: input.state.held },
    };
  });
  if (missed.length > 0) {
    const names = [...new Set(missed.map((r) => `“${r.routineName}”`))];
    notify({
      tone: 'info',
      title:
        missed.length === 1
          ? 'A routine was due while the app was closed'
          : `${missed.length} routine runs were due while the app was closed`,
      body: `${names.slice(0, 3).join(', ')}${names.length > 3 ? ' and others' : ''} did not run. Their runs show as missed.`,
    });
  }
  if (interrupted > 0)
    notify({
      tone: 'info',
      title:
        interrupted === 1
          ? 'A routine was interrupted'
          : `${interrupted} routines were interrupted`,
      body: 'The page was closed or reloaded while it waited. Its run shows as interrupted.',
    });
}

const scheduler = new Scheduler();

/**
 * Moves the home and the routines to `to`: the home's simulation up to each scheduled run, then
 * the runs due then (with waits ending and held triggers coming due), then on to the next.
 */
export async function advanceWorldTo(to: number): Promise<void> {
  const db = getDb();
  const state = await getRunnerState(db);
  if (!state) return startRunner(to);
  // A paused clock: nothing came due since the last step (waits and holds due by then were
  // made in it), so no read-write transaction every second.
  if (to <= state.until) return;
  const [routines, settings, waiting] = await Promise.all([
    listRoutines(db),
    getHomeSettings(db),
    waitingRuns(db),
  ]);
  const dues = state.until < to ? scheduler.due(routines, state.until, to, settings) : [];
  // Stops: each scheduled run, each wait ending and each hold coming due, so every one of them
  // meets the home as it is at its own time, not at the end of a long fast-forward.
  const inside = (at: number) => at > state.until && at < to;
  const stops = [
    ...new Set([
      ...dues.map((d) => d.at),
      ...waiting.flatMap((r) =>
        r.resumeAt !== undefined && inside(r.resumeAt) ? [r.resumeAt] : [],
      ),
      ...state.held.flatMap((h) => (inside(h.at) ? [h.at] : [])),
      to,
    ]),
  ].sort((a, b) => a - b);
  for (const stop of stops) {
    let before: Home | undefined;
    const update = await advanceHomeTo(db, stop, (home, from, until) => {
      before = home;
      return advance(home, from, until);
    });
    const change: HomeChange | undefined =
      update && before && update.events.length > 0
        ? { before, after: update.home, events: update.events }
        : undefined;
    const result = await runnerStep(db, (input) => {
      const until = input.state?.until ?? stop;
      const world = worldOf(input);
      const starts: StartRequest[] = dues.flatMap((d) => {
        // Done already (by this tab's last step or another leader), or deleted since.
        if (d.at <= until || d.at > stop) return [];
        if (!input.routines.some((r) => r.id === d.routine.id && r.enabled)) return [];
        return [
          {
            routineId: d.routine.id,
            trigger: triggerWords(d.trigger, d.at, input.home, world),
            at: d.at,
          },
        ];
      });
      const out = runRoutines(
        input.home,
        world,
        {
          starts,
          waiting: input.waiting,
          held: input.state?.held ?? [],
          ...(change ? { change } : {}),
        },
        stop,
      );
      return { ...out, state: { until: Math.max(until, stop), held: out.held } };
    });
    announce(result);
  }
}

/**
 * A step's result with the runner state's held triggers as the engine left them: those it set
 * off ("unlocked for 2 minutes") added, those a change broke gone, those that came due used.
 */
function keepHeld(out: EngineResult, input: StepInput, now: number) {
  return { ...out, state: { until: input.state?.until ?? now, held: out.held } };
}

/** A change made in this tab (by hand, by voice): device and people triggers react now. */
export async function reactTo(change: HomeChange): Promise<void> {
  if (change.events.length === 0) return;
  // Most changes set nothing off: then no read-write step at all (it would hold up the next
  // change made by hand).
  const db = getDb();
  const [routines, state] = await Promise.all([listRoutines(db), getRunnerState(db)]);
  const watching = routines.some(
    (r) =>
      r.enabled &&
      r.triggers.some((t) => t.type === 'state' || t.type === 'numeric' || t.type === 'presence'),
  );
  if (!watching && (state?.held.length ?? 0) === 0) return;
  const now = simulatedNow();
  const result = await runnerStep(getDb(), (input) =>
    keepHeld(
      runRoutines(input.home, worldOf(input), { change, held: input.state?.held ?? [] }, now),
      input,
      now,
    ),
  );
  announce(result);
}

/** "Run now": the routine starts at once; its conditions are checked and traced as always. */
export async function startRoutineNow(id: string): Promise<Run | undefined> {
  const now = simulatedNow();
  const result = await runnerStep(getDb(), (input) =>
    keepHeld(
      runRoutines(
        input.home,
        worldOf(input),
        {
          starts: [
            {
              routineId: id,
              trigger: 'you pressed “Run now”',
              at: now,
              parent: { kind: 'manual' },
            },
          ],
          held: input.state?.held ?? [],
        },
        now,
      ),
      input,
      now,
    ),
  );
  announce(result);
  return result.runs.find((run) => run.routineId === id);
}
