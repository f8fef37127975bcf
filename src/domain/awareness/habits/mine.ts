// Habits worth a routine: the same things done by hand or by voice at about the same time of day
// on several days. Each step (a command on a device) is first placed where it recurs — a stretch
// of the day in which it was done on enough different days — then steps that happen together on
// the same days, within a quarter of an hour, are joined into one habit, in their usual order.
// Everything is read on the home's wall clock, in its time zone.
import { zoneOffsetMs } from '../../clock/zoned.ts';
import type { Command } from '../../home/commands.ts';
import type { Home } from '../../home/model.ts';
import type { Routine } from '../../routines/model.ts';
import type { TemperatureUnit } from '../../settings/settings.ts';
import type { AwarenessMemory, HabitOffer, PersonalAction } from '../types.ts';
import { groupSlots, median, slotsOf, type Group, type Seen, type Slot } from './group.ts';
import {
  doneBySchedule,
  lastingActions,
  routineSteps,
  scheduledSteps,
  stepKey,
  TOGETHER_MINUTES,
  unsafeOnSchedule,
} from './steps.ts';
import { habitWords, offerStep, roundedMinute } from './words.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A habit's day starts at 04:00: what is done at half past midnight belongs to the evening. */
const DAY_STARTS = 4 * 60;

export interface MineOptions {
  /** How many days back to look (14). */
  windowDays?: number;
  /** On how many different days it must have been done (3; never fewer than 2). */
  minOccurrences?: number;
  /** How far from its usual time a step may be and still count (15 minutes either way). */
  toleranceMinutes?: number;
  memory?: Pick<AwarenessMemory, 'habitSnoozed' | 'habitNever'>;
  /** The person's routines: what an enabled one already does is not offered again. */
  routines?: readonly Routine[];
  /** For temperatures in the offer's words ('C'). */
  unit?: TemperatureUnit;
  /** Whether words said are already a command of their own, so no phrase for a routine. */
  isCommand?: (phrase: string) => boolean;
}

type HabitDay = (at: number) => { day: number; minute: number };

/**
 * The habit day of an instant (days since 1970) and the minutes since that day started, on the
 * zone's wall clock. Asking the zone costs microseconds, so its offset is asked once per UTC day
 * and per action only on a day the clocks change.
 */
function habitDays(timeZone: string): HabitDay {
  const steady = new Map<number, number | undefined>();
  const offsetAt = (at: number) => {
    const utcDay = Math.floor(at / DAY);
    if (!steady.has(utcDay)) {
      const start = zoneOffsetMs(utcDay * DAY, timeZone);
      steady.set(utcDay, start === zoneOffsetMs((utcDay + 1) * DAY, timeZone) ? start : undefined);
    }
    return steady.get(utcDay) ?? zoneOffsetMs(at, timeZone);
  };
  return (at) => {
    const wall = at + offsetAt(at) - DAY_STARTS * MINUTE;
    const day = Math.floor(wall / DAY);
    return { day, minute: (wall - day * DAY) / MINUTE };
  };
}

/** 1 = Monday … 7 = Sunday; day 0 (1 January 1970) was a Thursday. */
const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;
const toClock = (minute: number): number => (minute + DAY_STARTS) % 1440;

/**
 * A step alone is offered only when it is clearly a habit: on twice as many days as a habit of
 * several steps needs, and on two-thirds of the times its weekdays came round at its time in the
 * window. One thing done at about the same time three times in two weeks is easily chance (a
 * lamp put on when it gets dark); several things together, or one thing nearly every time its
 * day comes round, are not. `from` and `now` are wall-clock positions as Seen counts them.
 */
function clearlyAHabit(group: Group, from: number, now: number, min: number): boolean {
  const { days, from: minute } = group;
  const weekdays = new Set(days.map(weekdayOf));
  let possible = 0;
  for (let day = Math.floor(from / DAY); day * DAY <= now; day++) {
    const at = day * DAY + minute * MINUTE;
    if (at > from && at <= now && weekdays.has(weekdayOf(day))) possible++;
  }
  return days.length >= 2 * min && days.length >= (2 / 3) * possible;
}

/**
 * The command done most often for a step, the latest of equals. Something chosen to play beats
 * only pressing play: a routine should play what is usually played.
 */
function usualCommand(seen: readonly Seen[]): Command {
  const chosen = seen.filter((s) => s.action.command.type === 'play_media');
  const counts = new Map<string, { command: Command; count: number; at: number }>();
  for (const { action } of chosen.length > 0 ? chosen : seen) {
    const key = JSON.stringify(action.command);
    const c = counts.get(key);
    counts.set(key, { command: action.command, count: (c?.count ?? 0) + 1, at: action.at });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.at - a.at)[0]!.command;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "22:30": the half hour the time an offer says ("around 22:35") falls in. */
const halfHour = (minuteOfDay: number) => {
  const h = Math.floor(roundedMinute(minuteOfDay) / 30) * 30;
  return `${pad(Math.floor(h / 60))}:${pad(h % 60)}`;
};

/** `${half hour}|${sorted step keys}`: the same steps in the same half hour keep their id. */
export function habitId(keys: readonly string[], minuteOfDay: number): string {
  return `${halfHour(minuteOfDay)}|${[...keys].sort().join(',')}`;
}

/**
 * The ids a person's answer about this offer may have been given under: its own, and near the
 * edge of its half hour the neighbouring one, so a habit whose usual time drifts across 22:30
 * from one day to the next ("around 22:30", then "around 22:25") is not offered again.
 */
function idsOf(keys: readonly string[], minuteOfDay: number): string[] {
  const into = roundedMinute(minuteOfDay) % 30;
  const near = into < 10 ? minuteOfDay - 30 : into > 20 ? minuteOfDay + 30 : undefined;
  const ids = [habitId(keys, minuteOfDay)];
  if (near !== undefined) ids.push(habitId(keys, (near + 1440) % 1440));
  return ids;
}

function buildOffer(group: Group, home: Home, options: MineOptions): HabitOffer {
  const starts = group.days.map((day) =>
    Math.min(...group.slots.map((s) => s.byDay.get(day)!.action.at)),
  );
  const startOf = new Map(group.days.map((day, i) => [day, starts[i]!]));
  const ordered = group.slots
    .map((slot) => ({
      slot,
      after: median(group.days.map((d) => slot.byDay.get(d)!.action.at - startOf.get(d)!)),
    }))
    .sort((a, b) => a.after - b.after || a.slot.key.localeCompare(b.slot.key))
    .map((o) => o.slot);
  const done = (slot: Slot) => group.days.map((d) => slot.byDay.get(d)!);
  const steps = ordered.map((slot) => offerStep(usualCommand(done(slot)), home, options.unit));
  const minuteOfDay = toClock(
    median(group.days.map((d) => Math.min(...group.slots.map((s) => s.byDay.get(d)!.minute)))),
  );
  return {
    id: habitId(
      ordered.map((s) => s.key),
      minuteOfDay,
    ),
    steps,
    minuteOfDay,
    days: [...new Set(group.days.map(weekdayOf))].sort((a, b) => a - b),
    occurrences: [...starts].sort((a, b) => a - b),
    ...habitWords(steps, minuteOfDay, requestsForSeveral(ordered.flatMap(done)), options.isCommand),
  };
}

/**
 * What the person said when one request did several of the habit's steps at once ("turn off the
 * kitchen lights"), oldest first: words that already stand for more than one step make a phrase
 * for the routine. Words for one device ("lock the front door") would make that request run the
 * whole routine instead, so they are not offered as its phrase.
 */
function requestsForSeveral(done: readonly Seen[]): string[] {
  const requests = new Map<string, { at: number; said: string; steps: Set<string> }>();
  for (const { action, key } of done) {
    if (action.via !== 'voice' || !action.utterance) continue;
    const id = `${action.at}|${action.utterance}`;
    const request = requests.get(id) ?? { at: action.at, said: action.utterance, steps: new Set() };
    request.steps.add(key);
    requests.set(id, request);
  }
  return [...requests.values()]
    .filter((r) => r.steps.size > 1)
    .sort((a, b) => a.at - b.at)
    .map((r) => r.said);
}

/**
 * Routines to offer from what a person did by hand and by voice in the last `windowDays` before
 * `now`, strongest first (done on most days, then most steps). Habits a scheduled routine already
 * does, that an enabled routine does in full, or that the person put off or refused are left out.
 */
export function mineHabits(
  actions: readonly PersonalAction[],
  home: Home,
  now: number,
  timeZone: string,
  options: MineOptions = {},
): HabitOffer[] {
  const windowDays = options.windowDays ?? 14;
  const min = Math.max(2, options.minOccurrences ?? 3);
  const tolerance = options.toleranceMinutes ?? 15;
  const from = now - windowDays * DAY;
  const recent = actions.filter((a) => a.at > from && a.at <= now).sort((a, b) => a.at - b.at);
  const kept = lastingActions(recent);
  const schedules = scheduledSteps(options.routines ?? [], home);

  const habitDay = habitDays(timeZone);
  const byKey = new Map<string, Seen[]>();
  for (const [i, action] of recent.entries()) {
    if (!kept[i] || unsafeOnSchedule(action.command, home)) continue;
    const seen: Seen = { action, key: stepKey(action.command), ...habitDay(action.at) };
    const clock = toClock(seen.minute);
    if (doneBySchedule(schedules, seen.key, clock, weekdayOf(seen.day), tolerance)) continue;
    const same = byKey.get(seen.key);
    if (same) same.push(seen);
    else byKey.set(seen.key, [seen]);
  }
  const slots = [...byKey.values()].flatMap((seen) => slotsOf(seen, 2 * tolerance, min));
  const groups = groupSlots(slots, TOGETHER_MINUTES + 2 * tolerance, min);

  // The window on the same wall clock, for how often a lone step could have been done.
  const wall = (at: number) => {
    const { day, minute } = habitDay(at);
    return day * DAY + minute * MINUTE;
  };

  const enabled = (options.routines ?? [])
    .filter((r) => r.enabled)
    .map((r) => routineSteps(r, home));
  const never = new Set(options.memory?.habitNever ?? []);
  const snoozed = options.memory?.habitSnoozed ?? {};
  const suppressed = (id: string) => never.has(id) || (snoozed[id] ?? -Infinity) > now;

  return groups
    .filter((g) => g.days.length >= min)
    .filter((g) => g.slots.length > 1 || clearlyAHabit(g, wall(from), wall(now), min))
    .filter((g) => !enabled.some((keys) => g.slots.every((s) => keys.has(s.key))))
    .map((g) => buildOffer(g, home, options))
    .filter(
      (o) =>
        !idsOf(
          o.steps.map((s) => stepKey(s.command)),
          o.minuteOfDay,
        ).some(suppressed),
    )
    .sort(
      (a, b) =>
        b.occurrences.length - a.occurrences.length ||
        b.steps.length - a.steps.length ||
        a.minuteOfDay - b.minuteOfDay,
    );
}
