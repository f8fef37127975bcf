// "What would happen now?": a routine's triggers, conditions and actions tried against the home
// as it is and the clock as it stands, changing nothing. Waits are skipped over, so the whole
// routine shows; what each action would change is worked out on a copy of the home.
import type { HomeEvent } from '../activity/event.ts';
import type { Home } from '../home/model.ts';
import type { HomeSettings } from '../settings/settings.ts';
import { checkConditions, type ConditionsCheck } from './conditions.ts';
import type { Routine, Trigger } from './model.ts';
import { advanceRun, startRun, type StepTrace } from './run.ts';
import { nextOccurrence } from './schedule.ts';
import { holdsNow } from './triggers.ts';

export interface TriggerNow {
  trigger: Trigger;
  /** Schedules: the next time it fires. */
  next?: number;
  /** Device triggers: whether what it waits for is already so. */
  holds?: boolean;
}

export interface DryRun {
  triggers: TriggerNow[];
  conditions: ConditionsCheck;
  /** Whether it would run if a trigger fired now. */
  wouldRun: boolean;
  steps: StepTrace[];
  /** What would change, as events (nothing is saved). */
  changes: HomeEvent[];
  said: string[];
  notices: { title: string; body?: string }[];
  /** Routines it would start. */
  starts: string[];
}

export function dryRun(routine: Routine, home: Home, now: number, settings: HomeSettings): DryRun {
  const triggers = routine.triggers.map((trigger): TriggerNow => {
    if (trigger.type === 'time' || trigger.type === 'sun') {
      const next = nextOccurrence(trigger, now, settings);
      return next === undefined ? { trigger } : { trigger, next };
    }
    if (trigger.type === 'phrase') return { trigger };
    return { trigger, holds: holdsNow(trigger, home) };
  });
  const conditions = checkConditions(routine, home, now, settings);
  const steps: StepTrace[] = [];
  const changes: HomeEvent[] = [];
  const said: string[] = [];
  const notices: DryRun['notices'] = [];
  const starts: string[] = [];
  if (conditions.ok) {
    // Far enough ahead that every wait has passed; events keep the times they would have.
    const end = now + routine.actions.length * 24 * 3600 * 1000 + 1;
    let run = startRun(routine, 'now', now, 'dry-run');
    let current = home;
    while (run.status === 'waiting') {
      const out = advanceRun(run, routine, current, end);
      run = out.run;
      current = out.home;
      changes.push(...out.events);
      said.push(...out.effects.said.map((s) => s.text));
      notices.push(
        ...out.effects.notices.map(({ title, body }) => ({ title, ...(body ? { body } : {}) })),
      );
      starts.push(...out.effects.start.map((s) => s.routineId));
    }
    steps.push(...run.steps);
  }
  return { triggers, conditions, wouldRun: conditions.ok, steps, changes, said, notices, starts };
}
