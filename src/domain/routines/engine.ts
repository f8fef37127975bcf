// The runner's one step, pure: given the home, the routines and the work due — routines to start
// (a phrase, a schedule, "Run now"), runs waiting to carry on, or a change to the home that may
// set off device triggers — make the runs up to `now`, in time order. What the runs change sets
// off further routines (a light a routine turned on may start another), routines started by
// routines are children, and how deep that may go is bounded (run.ts), so a loop that slipped
// past saving ends with a trace instead of hanging the page.
import type { Cause } from '../activity/cause.ts';
import type { HomeEvent } from '../activity/event.ts';
import { formatTime } from '../clock/format.ts';
import type { Home } from '../home/model.ts';
import type { HomeSettings } from '../settings/settings.ts';
import { checkConditions } from './conditions.ts';
import type { Routine, Trigger } from './model.ts';
import type { TaughtCommand } from '../teaching/model.ts';
import { advanceRun, runCause, startRun, type Run } from './run.ts';
import { describeTrigger } from './summary.ts';
import { durationWords, type SummaryContext } from './summaryWords.ts';
import { firedBy, holdsNow, type DeviceTrigger } from './triggers.ts';

export interface RoutineWorld {
  routines: readonly Routine[];
  /** Taught commands, for steps that do one. */
  taught?: readonly TaughtCommand[];
  settings: HomeSettings;
  /** A fresh run id. */
  newId: () => string;
}

export interface StartRequest {
  routineId: string;
  /** What started it, in words: "you said 'good night'", "at 22:30". */
  trigger: string;
  at: number;
  depth?: number;
  parent?: Cause;
}

/** A device trigger that must still hold at `at` ("open for 5 minutes") before it starts a run. */
export interface HeldTrigger {
  routineId: string;
  trigger: DeviceTrigger;
  at: number;
  words: string;
  depth: number;
  parent?: Cause;
}

export interface RunSaid {
  at: number;
  runId: string;
  routineName: string;
  text: string;
}

export interface RunNotice {
  at: number;
  runId: string;
  routineName: string;
  title: string;
  body?: string;
}

/** A change made to the home by anything: the events, with the home before and after. */
export interface HomeChange {
  before: Home;
  after: Home;
  events: readonly HomeEvent[];
}

export interface Work {
  starts?: readonly StartRequest[];
  /** Runs left waiting; those due by `now` carry on. */
  waiting?: readonly Run[];
  /** Held triggers; those due by `now` start a run if they still hold. */
  held?: readonly HeldTrigger[];
  /** A change that may set off device and people triggers. */
  change?: HomeChange;
}

export interface EngineResult {
  home: Home;
  /** Events the runs caused, in order. */
  events: HomeEvent[];
  /** Every run started or carried on, as it stands now (to save). */
  runs: Run[];
  said: RunSaid[];
  notices: RunNotice[];
  /** Held triggers still to check later (not yet due). */
  held: HeldTrigger[];
}

/** Runs made in one step at most: far above any real home, low enough to stop a runaway. */
const MAX_RUNS_PER_STEP = 500;

function summaryContext(home: Home, world: RoutineWorld): SummaryContext {
  const names = new Map(world.routines.map((r) => [r.id, r.name] as const));
  return {
    home,
    unit: world.settings.temperatureUnit,
    routineName: (id) => names.get(id),
    taughtName: () => undefined,
  };
}

/** The words a run keeps for what started it, at the moment it fired. */
export function triggerWords(
  trigger: Trigger,
  at: number,
  home: Home,
  world: RoutineWorld,
): string {
  const time = formatTime(at, world.settings.location.timeZone);
  switch (trigger.type) {
    case 'time':
      return `at ${time}`;
    case 'sun': {
      const off = trigger.offsetMinutes;
      const when =
        off === 0
          ? `at ${trigger.event}`
          : `${durationWords(Math.abs(off) * 60)} ${off < 0 ? 'before' : 'after'} ${trigger.event}`;
      return `${when} (${time})`;
    }
    case 'phrase':
      return 'a phrase was said';
    default:
      return describeTrigger(trigger, summaryContext(home, world)).replace(/^when /, '');
  }
}

type Job =
  | { kind: 'start'; at: number; request: StartRequest }
  | { kind: 'resume'; at: number; run: Run }
  | { kind: 'held'; at: number; held: HeldTrigger };

/** The device and people triggers a change sets off, as starts now or holds to check later. */
function reactions(
  change: HomeChange,
  world: RoutineWorld,
  depth: number,
  parent: Cause | undefined,
): { starts: StartRequest[]; held: HeldTrigger[] } {
  const starts: StartRequest[] = [];
  const held: HeldTrigger[] = [];
  if (change.events.length === 0) return { starts, held };
  for (const routine of world.routines) {
    if (!routine.enabled) continue;
    for (const fired of firedBy(routine, change.events, change.before, change.after)) {
      const words = triggerWords(fired.trigger, fired.at, change.after, world);
      const cause = parent ?? fired.cause;
      if (fired.held)
        held.push({
          routineId: routine.id,
          trigger: fired.trigger,
          at: fired.at,
          words,
          depth,
          ...(cause ? { parent: cause } : {}),
        });
      else
        starts.push({
          routineId: routine.id,
          trigger: words,
          at: fired.at,
          depth,
          ...(cause ? { parent: cause } : {}),
        });
      // One run per routine per change, however many of its triggers fired.
      if (!fired.held) break;
    }
  }
  return { starts, held };
}

export function runRoutines(
  home: Home,
  world: RoutineWorld,
  work: Work,
  now: number,
): EngineResult {
  const byId = new Map(world.routines.map((r) => [r.id, r] as const));
  const result: EngineResult = { home, events: [], runs: [], said: [], notices: [], held: [] };
  const queue: Job[] = [];
  const push = (job: Job) => {
    // Stable: jobs at the same moment keep the order they were added in.
    let i = queue.length;
    while (i > 0 && queue[i - 1]!.at > job.at) i--;
    queue.splice(i, 0, job);
  };
  const hold = (held: HeldTrigger) =>
    held.at <= now ? push({ kind: 'held', at: held.at, held }) : result.held.push(held);
  // A change that undoes what a held trigger waits for (the door closed again) ends the hold:
  // opening it again starts a new one, so "open for 5 minutes" means five minutes in one go.
  const breakHolds = (change: HomeChange) => {
    const keep = (held: HeldTrigger) => !broken(held, change);
    result.held = result.held.filter(keep);
    for (let i = queue.length - 1; i >= 0; i--) {
      const job = queue[i]!;
      if (job.kind === 'held' && !keep(job.held)) queue.splice(i, 1);
    }
  };

  for (const request of work.starts ?? []) push({ kind: 'start', at: request.at, request });
  for (const run of work.waiting ?? [])
    if (run.status === 'waiting' && run.resumeAt !== undefined && run.resumeAt <= now)
      push({ kind: 'resume', at: run.resumeAt, run });
  for (const held of work.held ?? []) hold(held);
  if (work.change) {
    breakHolds(work.change);
    const found = reactions(work.change, world, 0, undefined);
    for (const request of found.starts) push({ kind: 'start', at: request.at, request });
    found.held.forEach(hold);
  }

  let made = 0;
  const settle = (run: Run, routine: Routine) => {
    const before = result.home;
    const out = advanceRun(run, routine, before, now, world.taught ?? []);
    result.home = out.home;
    result.events.push(...out.events);
    upsert(result.runs, out.run);
    const cause = runCause(out.run);
    for (const { text, at } of out.effects.said)
      result.said.push({ at, runId: run.id, routineName: routine.name, text });
    for (const notice of out.effects.notices)
      result.notices.push({ runId: run.id, routineName: routine.name, ...notice });
    for (const child of out.effects.start)
      push({
        kind: 'start',
        at: child.at,
        request: {
          routineId: child.routineId,
          trigger: `started by “${routine.name}”`,
          at: child.at,
          depth: out.run.depth + 1,
          parent: cause,
        },
      });
    const change = { before, after: out.home, events: out.events };
    if (out.events.length > 0) breakHolds(change);
    const found = reactions(change, world, out.run.depth + 1, cause);
    for (const request of found.starts) push({ kind: 'start', at: request.at, request });
    found.held.forEach(hold);
  };

  while (queue.length > 0 && made < MAX_RUNS_PER_STEP) {
    const job = queue.shift()!;
    if (job.kind === 'resume') {
      const routine = byId.get(job.run.routineId);
      if (routine) settle(job.run, routine);
      continue;
    }
    const request = job.kind === 'start' ? job.request : heldStart(job.held, result.home);
    if (!request) continue;
    const routine = byId.get(request.routineId);
    // Gone, or switched off while its trigger was held: nothing to run. Other starts were asked
    // for by enabled triggers, by name (a routine running another) or by "Run now".
    if (!routine || (job.kind === 'held' && !routine.enabled)) continue;
    made++;
    const conditions = checkConditions(routine, result.home, request.at, world.settings);
    const run = startRun(routine, request.trigger, request.at, world.newId(), {
      depth: request.depth ?? 0,
      ...(request.parent ? { parent: request.parent } : {}),
      conditions: conditions.results.map((c) => ({ ok: c.ok, why: c.why })),
    });
    if (run.status === 'skipped') upsert(result.runs, run);
    else settle(run, routine);
  }
  const left = queue.filter((job) => job.kind !== 'resume').length;
  if (left > 0)
    result.notices.push({
      at: now,
      runId: '',
      routineName: 'Routines',
      title: 'Routines kept starting each other',
      body: `${left} more ${left === 1 ? 'run was' : 'runs were'} not made: ${MAX_RUNS_PER_STEP} runs in one moment looks like a loop.`,
    });
  return result;
}

/** Whether a change before the hold ends leaves what the trigger waits for no longer so. */
function broken(held: HeldTrigger, change: HomeChange): boolean {
  const trigger = held.trigger;
  if (trigger.type === 'presence') return false;
  return (
    change.events.some((e) => e.entityId === trigger.entityId && e.at < held.at) &&
    !holdsNow(trigger, change.after)
  );
}

/** A held trigger whose time came: a start if what it waited for is still so. */
function heldStart(held: HeldTrigger, home: Home): StartRequest | undefined {
  if (!holdsNow(held.trigger, home)) return undefined;
  return {
    routineId: held.routineId,
    trigger: held.words,
    at: held.at,
    depth: held.depth,
    ...(held.parent ? { parent: held.parent } : {}),
  };
}

function upsert(runs: Run[], run: Run) {
  const i = runs.findIndex((r) => r.id === run.id);
  if (i >= 0) runs[i] = run;
  else runs.push(run);
}
