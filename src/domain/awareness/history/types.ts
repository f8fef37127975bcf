// What the history generator takes and gives back. The planted habits and anomalies are the
// answers a test checks the habit miner and the hunches against.
import type { HomeEvent } from '../../activity/event.ts';
import type { Home } from '../../home/model.ts';

export interface HistoryOptions {
  /** The same seed always gives the same history. */
  seed: number;
  /** Epoch ms: the history ends here (the present of a scenario). */
  end: number;
  /** How many days back from `end` the history reaches. */
  days: number;
  /** The home's IANA time zone: the household keeps wall-clock hours in it. */
  timeZone: string;
  /**
   * How many moments to leave something in an unusual state (default 4). None fall in the first
   * week of a longer history, so fewer fit in a very short one.
   */
  anomalies?: number;
  /**
   * Whether the household repeats its planted habits by hand and by voice (default true). Off,
   * the same things happen through routines and taught commands instead, which nobody should be
   * offered as a new routine: a control for the habit miner.
   */
  habits?: boolean;
  /**
   * Leave one more thing unusual that still holds at `end` (the garage door open), so that a demo
   * starting at the end has a hunch to show at once. Default false.
   */
  anomalyAtEnd?: boolean;
}

export interface HabitStep {
  entityId: string;
  /** The state the step leaves the device in. */
  state: string;
  /** The attribute the step sets, when that is what it is about (a thermostat's target). */
  attribute?: { key: string; value: number | string };
}

/** A sequence of manual and voice actions the household repeats at about the same time. */
export interface PlantedHabit {
  name: string;
  steps: HabitStep[];
  /** Usual start, minutes after midnight on the home's wall clock. */
  minuteOfDay: number;
  /** Every occurrence starts within this many minutes of minuteOfDay. */
  toleranceMinutes: number;
  /** The weekdays it is done on, 0 = Sunday. */
  days: number[];
  /** Epoch ms of the first step of each time it was done in full. */
  occurrences: number[];
}

/** A stretch of time in which a device was left in a state unusual for that time. */
export interface PlantedAnomaly {
  entityId: string;
  /** Epoch ms from which the state is unusual (when it would usually have changed). */
  from: number;
  /** Epoch ms when it was put right (or the end of the history, if it never was). */
  until: number;
  /** The device's usual state at these times ("closed"). */
  usual: string;
  /** The state it was actually in ("open"). */
  actual: string;
  /** In plain words, for test output and demos. */
  description: string;
}

export interface GeneratedHistory {
  /** Oldest first. */
  events: HomeEvent[];
  /** The home as it is at `end`. */
  home: Home;
  /** Empty when `habits` is false. */
  habits: PlantedHabit[];
  anomalies: PlantedAnomaly[];
}
