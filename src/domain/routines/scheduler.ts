// The scheduler's question, for any stretch of simulated time: which enabled routines are due
// by their schedules, when, in order. A fast-forward over a week asks once for the whole week and
// gets every due run exactly once; the next tick asks from where the last one ended.
import type { HomeSettings } from '../settings/settings.ts';
import type { Routine } from './model.ts';
import { dueOccurrences, nextOccurrence, type ScheduleTrigger } from './schedule.ts';

export interface DueRun {
  routine: Routine;
  trigger: ScheduleTrigger;
  at: number;
}

/**
 * Every scheduled run in (from, to], earliest first; at the same instant, in the routines' order.
 * A routine with two schedules at the same instant runs once.
 */
export function dueRuns(
  routines: readonly Routine[],
  from: number,
  to: number,
  settings: HomeSettings,
): DueRun[] {
  const due: (DueRun & { order: number })[] = [];
  routines.forEach((routine, order) => {
    if (!routine.enabled) return;
    const seen = new Set<number>();
    for (const trigger of routine.triggers) {
      if (trigger.type !== 'time' && trigger.type !== 'sun') continue;
      for (const at of dueOccurrences(trigger, from, to, settings)) {
        if (seen.has(at)) continue;
        seen.add(at);
        due.push({ routine, trigger, at, order });
      }
    }
  });
  due.sort((a, b) => a.at - b.at || a.order - b.order);
  return due.map(({ routine, trigger, at }) => ({ routine, trigger, at }));
}

interface Planned {
  /** The next run was worked out as the first one after this instant. */
  after: number;
  next: DueRun | undefined;
}

/**
 * The same answers as `dueRuns`, at the cost of the routines actually due: each routine's next
 * run is remembered, so a tick asks the calendar only about routines whose time has come.
 * Routines are immutable, so an edited routine (a new object) is planned afresh; so is
 * everything when the settings (time zone, location) change or time goes backwards.
 */
export class Scheduler {
  private plans = new WeakMap<Routine, Planned>();
  private settings: HomeSettings | undefined;

  due(routines: readonly Routine[], from: number, to: number, settings: HomeSettings): DueRun[] {
    if (settings !== this.settings) {
      this.plans = new WeakMap();
      this.settings = settings;
    }
    const due: (DueRun & { order: number })[] = [];
    routines.forEach((routine, order) => {
      if (!routine.enabled) return;
      let plan = this.plans.get(routine);
      if (!plan || plan.after > from || (plan.next !== undefined && plan.next.at <= from))
        plan = { after: from, next: nextRun(routine, from, settings) };
      while (plan.next !== undefined && plan.next.at <= to) {
        due.push({ ...plan.next, order });
        plan = { after: plan.next.at, next: nextRun(routine, plan.next.at, settings) };
      }
      this.plans.set(routine, plan);
    });
    due.sort((a, b) => a.at - b.at || a.order - b.order);
    return due.map(({ routine, trigger, at }) => ({ routine, trigger, at }));
  }
}

/** A routine's first scheduled run after `after`, over all its schedules. */
function nextRun(routine: Routine, after: number, settings: HomeSettings): DueRun | undefined {
  let best: DueRun | undefined;
  for (const trigger of routine.triggers) {
    if (trigger.type !== 'time' && trigger.type !== 'sun') continue;
    const at = nextOccurrence(trigger, after, settings);
    if (at !== undefined && (best === undefined || at < best.at)) best = { routine, trigger, at };
  }
  return best;
}
