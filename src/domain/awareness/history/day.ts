// One day of the Bennetts' life as a plan of acts: the weather, who comes and goes, mornings,
// the day, evenings and bedtime, and the planted habits kept that day.
import type { Act } from './act.ts';
import { isAwayDay, type HistoryDay } from './calendar.ts';
import { daytimeActs } from './daytime.ts';
import { movementActs } from './doors.ts';
import { eveningActs } from './evening.ts';
import { habitActs, habitStarts, HABITS, settleInMinutes } from './habits.ts';
import { morningActs } from './morning.ts';
import { planMovements, Presence } from './movements.ts';
import { nightActs } from './night.ts';
import { MINUTE, type Scene } from './scene.ts';
import { weatherActs } from './weather.ts';

export function planDay(day: HistoryDay, timeZone: string, byHand: boolean): Act[] {
  const starts = habitStarts(day, byHand);
  const fromSchool = starts.get('homeFromSchool');
  const moves = planMovements(
    day,
    fromSchool === undefined ? undefined : fromSchool - settleInMinutes(day.random) * MINUTE,
  );
  const presence = new Presence(moves);
  const weather = weatherActs(day);
  const scene: Scene = { day, timeZone, byHand, starts, moves, presence, warmest: weather.warmest };
  return [
    ...weather.acts,
    ...movementActs(day, moves, (m) => !presence.someoneHome(m.at), isAwayDay(day)),
    ...morningActs(scene),
    ...daytimeActs(scene),
    ...eveningActs(scene),
    ...nightActs(scene),
    ...HABITS.flatMap((habit) => {
      const start = starts.get(habit.key);
      return start === undefined ? [] : habitActs(habit, day, start, byHand, timeZone);
    }),
  ];
}
