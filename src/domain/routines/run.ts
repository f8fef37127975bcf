// One run of a routine, as data: which trigger started it, what its conditions said, and each
// action with its result and the events it caused. A run advances through its actions on the
// simulated clock: a wait leaves it "waiting" with the time to resume, so a fast-forwarded clock,
// a reload or another tab can carry it on (or mark it interrupted) from the stored run alone.
import type { Cause } from '../activity/cause.ts';
import type { HomeEvent } from '../activity/event.ts';
import { execute } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import { commandsForControl } from './controls.ts';
import type { Routine } from './model.ts';
import type { TaughtCommand } from '../teaching/model.ts';
import { commandPlan } from '../teaching/run.ts';

/**
 * `skipped`: triggered, but its conditions said no. `interrupted`: a reload came in the middle of
 * a wait. `stopped`: a loop was cut short. `missed`: it was due while the app was closed.
 */
export type RunStatus =
  'waiting' | 'done' | 'failed' | 'skipped' | 'interrupted' | 'stopped' | 'missed';

export interface StepTrace {
  /** Index of the action in the routine. */
  index: number;
  status: 'done' | 'failed' | 'skipped' | 'waited';
  /** Plain words when something is worth saying: why it failed or was skipped. */
  detail?: string;
  /** Events the action caused (ids), for the trace and the activity log's link back. */
  eventIds: string[];
  at: number;
}

export interface ConditionTrace {
  ok: boolean;
  why: string;
}

export interface Run {
  id: string;
  routineId: string;
  routineName: string;
  /** What started it, in words: "you said 'good night'", "at 22:30". */
  trigger: string;
  startedAt: number;
  status: RunStatus;
  /** Conditions checked when it started (none: it had none). */
  conditions: ConditionTrace[];
  steps: StepTrace[];
  /** The next action to do. */
  next: number;
  /** While waiting: when to carry on. */
  resumeAt?: number;
  /** Routines started by routines: a run started by another is one deeper. */
  depth: number;
  /** The cause of the request that started it (a voice request, another routine). */
  parent?: Cause;
}

/** What a run asks of the world besides changing the home. */
export interface RunEffects {
  said: { text: string; at: number }[];
  notices: { title: string; body?: string; at: number }[];
  /** Routines to start, as children of this run, at the time the step came. */
  start: { routineId: string; at: number }[];
}

/** How deep routines may start routines before a run is stopped (a loop slipped past saving). */
export const MAX_DEPTH = 5;

export function startRun(
  routine: Routine,
  trigger: string,
  now: number,
  id: string,
  options: { depth?: number; parent?: Cause; conditions?: ConditionTrace[] } = {},
): Run {
  const conditions = options.conditions ?? [];
  const failed = conditions.length > 0 && !passes(routine, conditions);
  return {
    id,
    routineId: routine.id,
    routineName: routine.name,
    trigger,
    startedAt: now,
    status: failed ? 'skipped' : 'waiting',
    conditions,
    steps: [],
    next: 0,
    ...(failed ? {} : { resumeAt: now }),
    depth: options.depth ?? 0,
    ...(options.parent ? { parent: options.parent } : {}),
  };
}

function passes(routine: Routine, conditions: readonly ConditionTrace[]): boolean {
  return routine.conditionMode === 'all'
    ? conditions.every((c) => c.ok)
    : conditions.some((c) => c.ok);
}

/** The cause of everything a run changes: this routine, started so, within its parent. */
export function runCause(run: Run): Cause {
  return {
    kind: 'routine',
    routineId: run.routineId,
    routineName: run.routineName,
    trigger: run.trigger,
    runId: run.id,
    ...(run.parent ? { parent: run.parent } : {}),
  };
}

export interface Advanced {
  run: Run;
  home: Home;
  events: HomeEvent[];
  effects: RunEffects;
}

/**
 * Carries a run on at `now`: does its actions in order until a wait that ends later than `now`,
 * or the end. A run due earlier (the clock jumped) does its actions at their due times, so the
 * events read as they would have happened.
 */
export function advanceRun(
  run: Run,
  routine: Routine,
  home: Home,
  now: number,
  /** The person's taught commands, for "do movie mode" steps. */
  taught: readonly TaughtCommand[] = [],
): Advanced {
  const effects: RunEffects = { said: [], notices: [], start: [] };
  const events: HomeEvent[] = [];
  if (run.status !== 'waiting' || run.resumeAt === undefined || run.resumeAt > now)
    return { run, home, events, effects };
  if (run.depth > MAX_DEPTH) {
    return {
      run: {
        ...run,
        status: 'stopped',
        steps: [
          ...run.steps,
          {
            index: run.next,
            status: 'skipped',
            detail: `stopped: routines started each other ${run.depth} deep, which looks like a loop`,
            eventIds: [],
            at: now,
          },
        ],
      },
      home,
      events,
      effects,
    };
  }
  let at = run.resumeAt;
  let current = home;
  const steps = [...run.steps];
  let failed = false;
  const cause = runCause(run);
  for (let index = run.next; index < routine.actions.length; index++) {
    const action = routine.actions[index]!;
    const step = (status: StepTrace['status'], detail?: string, ids: string[] = []) =>
      steps.push({ index, status, eventIds: ids, at, ...(detail ? { detail } : {}) });
    if (action.disabled) {
      step('skipped', 'turned off in the routine');
      continue;
    }
    switch (action.type) {
      case 'control': {
        const planned = commandsForControl(action, current);
        if (!planned.ok) {
          failed = true;
          step('failed', planned.why);
          break;
        }
        const result = execute(current, planned.commands, cause, at);
        current = result.home;
        events.push(...result.events);
        const errors = result.errors.map((e) => e.message);
        if (errors.length > 0 && result.events.length === 0) failed = true;
        step(
          errors.length > 0 && result.events.length === 0 ? 'failed' : 'done',
          errors.length > 0
            ? errors.join(' ')
            : result.events.length === 0
              ? 'nothing needed changing'
              : undefined,
          result.events.map((e) => e.id),
        );
        break;
      }
      case 'wait': {
        const until = at + action.seconds * 1000;
        step('waited');
        if (until > now)
          return {
            run: { ...run, steps, next: index + 1, resumeAt: until, status: 'waiting' },
            home: current,
            events,
            effects,
          };
        at = until;
        break;
      }
      case 'say':
        effects.said.push({ text: action.text, at });
        step('done');
        break;
      case 'notify':
        effects.notices.push({
          title: action.title,
          ...(action.body ? { body: action.body } : {}),
          at,
        });
        step('done');
        break;
      case 'run_routine':
        effects.start.push({ routineId: action.routineId, at });
        step('done');
        break;
      case 'run_taught': {
        const command = taught.find((c) => c.id === action.commandId);
        if (!command) {
          failed = true;
          step('failed', 'the taught command no longer exists');
          break;
        }
        const plan = commandPlan(command, current, { taught });
        const result = execute(
          current,
          plan.commands,
          {
            kind: 'taught',
            commandId: command.id,
            phrase: command.phrases[0]!,
            taughtAt: command.taughtAt,
            parent: cause,
          },
          at,
        );
        current = result.home;
        events.push(...result.events);
        effects.said.push(...plan.say.map((text) => ({ text, at })));
        effects.notices.push(...plan.notify.map((n) => ({ ...n, at })));
        effects.start.push(...plan.routines.map((routineId) => ({ routineId, at })));
        const problems = [
          ...plan.missing,
          ...plan.problems,
          ...result.errors.map((e) => e.message),
        ];
        const nothing =
          result.events.length === 0 && plan.routines.length === 0 && plan.say.length === 0;
        if (problems.length > 0 && nothing) failed = true;
        step(
          problems.length > 0 && nothing ? 'failed' : 'done',
          problems.length > 0
            ? problems.join('; ')
            : nothing
              ? 'nothing needed changing'
              : undefined,
          result.events.map((e) => e.id),
        );
        break;
      }
    }
  }
  const { resumeAt: _done, ...rest } = run;
  void _done;
  return {
    run: { ...rest, steps, next: routine.actions.length, status: failed ? 'failed' : 'done' },
    home: current,
    events,
    effects,
  };
}

/** A run left waiting when the app was closed past its time: shown as interrupted, not replayed. */
export function interruptRun(run: Run, now: number): Run {
  if (run.status !== 'waiting') return run;
  const { resumeAt: _r, ...rest } = run;
  void _r;
  return {
    ...rest,
    status: 'interrupted',
    steps: [
      ...run.steps,
      {
        index: run.next,
        status: 'skipped',
        detail: 'interrupted: the app was closed',
        eventIds: [],
        at: now,
      },
    ],
  };
}

/** A scheduled run that was due while the app was closed: recorded, never replayed. */
export function missedRun(routine: Routine, trigger: string, at: number, id: string): Run {
  return {
    id,
    routineId: routine.id,
    routineName: routine.name,
    trigger,
    startedAt: at,
    status: 'missed',
    conditions: [],
    steps: [],
    next: 0,
    depth: 0,
  };
}
