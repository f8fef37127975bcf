// How well the miner finds the habits planted in a generated history: run it at the end of the
// history and match its offers to the planted habits. A planted habit is found when one offer
// holds more than half of its steps and starts within the habit's own tolerance of its time.
// Offers that match no planted habit are counted as spurious — in the generated household most
// are its other regular ways (the children's bedtime, the kitchen lights after dinner), real
// habits the generator did not plant, listed so a person can judge them.
import type { Command } from '../../home/commands.ts';
import type { GeneratedHistory, HabitStep, PlantedHabit } from '../history/types.ts';
import type { HabitOffer, PersonalAction } from '../types.ts';
import { mineHabits, type MineOptions } from './mine.ts';
import { commandValue, minutesApart } from './steps.ts';

export interface HabitScore {
  /** How many habits were planted. */
  planted: number;
  found: number;
  spurious: number;
  offers: HabitOffer[];
  /** Each planted habit by name, with the offer that found it. */
  matches: { habit: string; offer?: HabitOffer }[];
  /** The offers that found no planted habit. */
  unplanted: HabitOffer[];
}

/** Whether a command leaves its device in the state the planted step says. */
export function leavesAsStep(command: Command, step: HabitStep): boolean {
  if (command.entityId !== step.entityId) return false;
  if (step.attribute) return commandValue(command) === step.attribute.value;
  switch (command.type) {
    case 'turn_on':
      return step.state !== 'off';
    case 'turn_off':
      return step.state === 'off';
    case 'set_hvac_mode':
      return command.mode === step.state;
    case 'lock':
      return step.state === 'locked';
    case 'open':
      return step.state === 'open';
    case 'close':
      return step.state === 'closed';
    case 'play':
    case 'play_media':
      return step.state === 'playing';
    case 'pause':
      return step.state === 'paused';
    default:
      return false;
  }
}

/** Whether the offer is this planted habit: most of its steps, about its time. */
export function offerFinds(offer: HabitOffer, habit: PlantedHabit): boolean {
  const held = habit.steps.filter((step) =>
    offer.steps.some((s) => leavesAsStep(s.command, step)),
  ).length;
  return (
    held * 2 > habit.steps.length &&
    minutesApart(offer.minuteOfDay, habit.minuteOfDay) <= habit.toleranceMinutes
  );
}

/**
 * Mines `personal` (what people did in `history`, as the history index reads it) at `now` (the
 * end of the history) and scores the offers against the planted habits.
 */
export function scoreHabits(
  history: GeneratedHistory,
  personal: readonly PersonalAction[],
  now: number,
  timeZone: string,
  options: MineOptions = {},
): HabitScore {
  const offers = mineHabits(personal, history.home, now, timeZone, { windowDays: 14, ...options });
  const matches = history.habits.map((habit) => ({
    habit: habit.name,
    offer: offers.find((o) => offerFinds(o, habit)),
  }));
  const unplanted = offers.filter((o) => !history.habits.some((h) => offerFinds(o, h)));
  return {
    planted: history.habits.length,
    found: matches.filter((m) => m.offer !== undefined).length,
    spurious: unplanted.length,
    offers,
    matches,
    unplanted,
  };
}
