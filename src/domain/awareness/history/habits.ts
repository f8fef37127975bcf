// The household's planted habits: short sequences done by hand or by voice at about the same
// time on most of their days, which the habit miner should find and offer as routines. Each is
// data: its steps (what the device is left as), its usual time and spread, its weekdays, and how
// the same things get done when the household does not keep the habit by hand (a routine or a
// taught command instead, which must not be offered).
import type { Cause } from '../../activity/cause.ts';
import type { Command } from '../../home/commands.ts';
import { act, command, type Act } from './act.ts';
import { hm, type HistoryDay } from './calendar.ts';
import { byHandOrVoice, manual, ROUTINES, scheduled, taught } from './causes.ts';
import { D } from './devices.ts';
import { between, chance, jitter, pick, type Random } from './random.ts';
import type { HabitStep, PlantedHabit } from './types.ts';

export type HabitKey = 'breakfast' | 'homeFromSchool' | 'tvEvening' | 'lightsOut';

interface StepPlan extends HabitStep {
  command(random: Random): Command;
  cause(random: Random): Cause;
  /** Minutes after the step before it, from–to. */
  after: readonly [number, number];
}

export interface HabitPlan {
  key: HabitKey;
  name: string;
  minuteOfDay: number;
  toleranceMinutes: number;
  days: readonly number[];
  /** The share of its days it is kept. */
  share: number;
  steps: readonly StepPlan[];
  /** Who does the same when it is not a habit kept by hand: a routine or a taught command. */
  automated(at: number, timeZone: string): Cause;
}

const EVENING_SHOWS = [
  'episode.nature_1',
  'episode.nature_2',
  'episode.nature_3',
  'episode.bake_1',
  'episode.bake_2',
];

export const HABITS: readonly HabitPlan[] = [
  {
    key: 'breakfast',
    name: 'Morning coffee',
    minuteOfDay: hm(6, 55),
    toleranceMinutes: 15,
    days: [1, 2, 3, 4, 5],
    share: 0.85,
    steps: [
      {
        entityId: D.kitchenCounter,
        state: 'on',
        command: () => command(D.kitchenCounter, 'turn_on'),
        cause: () => manual,
        after: [0, 0],
      },
      {
        entityId: D.coffee,
        state: 'on',
        command: () => command(D.coffee, 'turn_on'),
        cause: (r) => byHandOrVoice(r, 0.4, ['turn on the coffee machine'], 'kitchen'),
        after: [0.5, 2],
      },
    ],
    automated: (at, timeZone) => scheduled(ROUTINES.breakfast, at, timeZone),
  },
  {
    key: 'homeFromSchool',
    name: 'Home from school',
    minuteOfDay: hm(15, 45),
    toleranceMinutes: 15,
    days: [1, 2, 3, 4],
    share: 0.85,
    steps: [
      {
        entityId: D.thermostat,
        state: 'heat',
        command: () => command(D.thermostat, 'turn_on'),
        cause: (r) =>
          byHandOrVoice(r, 0.6, ['turn on the heating', 'turn on the thermostat'], 'kitchen'),
        after: [0, 0],
      },
      {
        entityId: D.kitchenSpeaker,
        state: 'playing',
        // From the panel: the assistant has no words for choosing a station.
        command: () => command(D.kitchenSpeaker, 'play_media', { mediaId: 'radio.jazz_fm' }),
        cause: () => manual,
        after: [1, 4],
      },
    ],
    automated: (at, timeZone) => scheduled(ROUTINES.afterSchool, at, timeZone),
  },
  {
    key: 'tvEvening',
    name: 'Evening TV',
    minuteOfDay: hm(20, 45),
    toleranceMinutes: 15,
    days: [0, 1, 2, 3, 4, 5],
    share: 0.85,
    steps: [
      {
        entityId: D.tv,
        state: 'playing',
        command: (r) => command(D.tv, 'play_media', { mediaId: pick(r, EVENING_SHOWS) }),
        cause: () => manual,
        after: [0, 0],
      },
      {
        entityId: D.tvBacklight,
        state: 'on',
        command: () => command(D.tvBacklight, 'turn_on'),
        cause: (r) => byHandOrVoice(r, 0.5, ['turn on the TV backlight'], 'living_room'),
        after: [0.3, 1.5],
      },
    ],
    automated: () => taught('taught.tv_time', 'tv time', 'living_room'),
  },
  {
    key: 'lightsOut',
    name: 'Lights out downstairs',
    minuteOfDay: hm(22, 30),
    toleranceMinutes: 15,
    days: [0, 1, 2, 3, 4],
    share: 0.85,
    steps: [
      {
        entityId: D.thermostat,
        state: 'heat',
        attribute: { key: 'temperature', value: 17 },
        command: () => command(D.thermostat, 'set_temperature', { temperature: 17 }),
        cause: (r) =>
          byHandOrVoice(
            r,
            0.7,
            [
              'set the thermostat to 17',
              'turn the heating down to 17',
              'set the living room to 17 degrees',
            ],
            'living_room',
          ),
        after: [0, 0],
      },
      {
        entityId: D.livingLamp,
        state: 'off',
        command: () => command(D.livingLamp, 'turn_off'),
        cause: (r) =>
          byHandOrVoice(
            r,
            0.3,
            ['turn off the living room lamp', 'turn off the reading lamp'],
            'living_room',
          ),
        after: [0.5, 2],
      },
      {
        entityId: D.frontDoor,
        state: 'locked',
        command: () => command(D.frontDoor, 'lock'),
        cause: (r) => byHandOrVoice(r, 0.5, ['lock the front door'], 'living_room'),
        after: [1, 3],
      },
    ],
    automated: (at, timeZone) => scheduled(ROUTINES.bedtime, at, timeZone),
  },
];

/**
 * When each habit starts on this day, for the habits kept that day. By hand a habit is skipped
 * now and then and starts within its tolerance of its usual time; by routine it runs every one of
 * its days on the minute, as a schedule does. Both draw the same random numbers, so the rest of
 * the day is the same either way: the two households differ only in their habits.
 */
export function habitStarts(day: HistoryDay, byHand: boolean): Map<HabitKey, number> {
  const starts = new Map<HabitKey, number>();
  for (const habit of HABITS) {
    if (!habit.days.includes(day.weekday)) continue;
    const kept = chance(day.random, habit.share);
    const spread = jitter(day.random, habit.toleranceMinutes / 3, habit.toleranceMinutes - 1);
    if (byHand && !kept) continue;
    starts.set(habit.key, day.at(habit.minuteOfDay + (byHand ? spread : 0)));
  }
  return starts;
}

/** The acts of one occurrence: step by step by hand or voice, or all at once by automation. */
export function habitActs(
  habit: HabitPlan,
  day: HistoryDay,
  start: number,
  byHand: boolean,
  timeZone: string,
): Act[] {
  const r = day.random;
  const key = `${habit.key}|${day.index}`;
  if (!byHand) {
    const all = act(
      start,
      habit.steps.map((s) => s.command(r)),
      habit.automated(start, timeZone),
    );
    return [{ ...all, habit: key }];
  }
  let at = start;
  return habit.steps.map((step) => {
    const [min, max] = step.after;
    at += Math.round((min + r() * (max - min)) * 60_000);
    return { ...act(at, step.command(r), step.cause(r)), habit: key };
  });
}

/** The habits as the generator reports them: the plan's data with the moments each was done. */
export function plantedHabits(done: ReadonlyMap<HabitKey, number[]>): PlantedHabit[] {
  return HABITS.map((h) => ({
    name: h.name,
    steps: h.steps.map(({ entityId, state, attribute }) => ({
      entityId,
      state,
      ...(attribute ? { attribute } : {}),
    })),
    minuteOfDay: h.minuteOfDay,
    toleranceMinutes: h.toleranceMinutes,
    days: [...h.days],
    occurrences: done.get(h.key) ?? [],
  }));
}

/** Minutes from the arrival home to the "home from school" habit: coats off, kettle on. */
export const settleInMinutes = (r: Random): number => between(r, 2, 5);
