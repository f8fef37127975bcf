import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../../activity/event.ts';
import type { PlantedHabit } from './types.ts';
import {
  byPerson,
  DAY,
  dateKey,
  minuteOfDay,
  month,
  weekday,
  wholeDays,
  WINTER_END,
} from './testing.ts';

const MINUTE = 60_000;
const { history } = month();
const { events, habits } = history;

/** Does the event leave the device as the step says (its attribute, or else its state)? */
function does(e: HomeEvent, step: PlantedHabit['steps'][number]): boolean {
  if (e.entityId !== step.entityId || !byPerson(e)) return false;
  if (step.attribute) {
    const { key, value } = step.attribute;
    return e.changes.some((c) => c.key === key && c.to === value);
  }
  return e.changes.some((c) => c.key === 'state' && c.to === step.state);
}

/**
 * Days on which the habit's steps were all done by hand or voice, in order, within ten minutes,
 * starting within the habit's tolerance: found from the events alone, as a miner would.
 */
function daysDone(habit: PlantedHabit): Map<string, number> {
  const found = new Map<string, number>();
  for (const first of events) {
    if (!does(first, habit.steps[0]!) || !habit.days.includes(weekday(first.at))) continue;
    if (Math.abs(minuteOfDay(first.at) - habit.minuteOfDay) > habit.toleranceMinutes) continue;
    let at = first.at;
    const rest = habit.steps.slice(1).every((step) => {
      const next = events.find(
        (e) => e.at >= at && e.at <= first.at + 10 * MINUTE && does(e, step),
      );
      if (next) at = next.at;
      return next !== undefined;
    });
    if (rest && !found.has(dateKey(first.at))) found.set(dateKey(first.at), first.at);
  }
  return found;
}

describe('planted habits', () => {
  it('are four sequences of two or three steps at set times', () => {
    expect(habits.map((h) => h.name)).toEqual([
      'Morning coffee',
      'Home from school',
      'Evening TV',
      'Lights out downstairs',
    ]);
    for (const h of habits) {
      expect(h.steps.length).toBeGreaterThanOrEqual(2);
      expect(h.toleranceMinutes).toBeLessThanOrEqual(15);
    }
    expect(habits.find((h) => h.name === 'Lights out downstairs')?.steps).toEqual([
      {
        entityId: 'climate.living_room',
        state: 'heat',
        attribute: { key: 'temperature', value: 17 },
      },
      { entityId: 'light.living_room_lamp', state: 'off' },
      { entityId: 'lock.front_door', state: 'locked' },
    ]);
  });

  it('happen at least three times in each two weeks', () => {
    const half = WINTER_END - 14 * DAY;
    for (const h of habits) {
      expect(h.occurrences.filter((t) => t < half).length, h.name).toBeGreaterThanOrEqual(3);
      expect(h.occurrences.filter((t) => t >= half).length, h.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('are done as reported: by hand or voice, in order, at the usual time, on their days', () => {
    for (const h of habits) {
      const found = daysDone(h);
      expect([...found.values()], h.name).toEqual(h.occurrences);
      for (const at of h.occurrences) {
        expect(h.days, h.name).toContain(weekday(at));
        expect(Math.abs(minuteOfDay(at) - h.minuteOfDay), h.name).toBeLessThanOrEqual(
          h.toleranceMinutes,
        );
      }
    }
  });

  it('are skipped on some of their days', () => {
    const days = wholeDays(WINTER_END, 28);
    const eligible = habits.reduce(
      (n, h) => n + days.filter((d) => h.days.includes(weekday(d))).length,
      0,
    );
    const done = habits.reduce((n, h) => n + h.occurrences.length, 0);
    expect(done).toBeLessThan(eligible);
    expect(done).toBeGreaterThan(0.6 * eligible);
  });
});

describe('without planted habits', () => {
  const control = month({ habits: false }).history;

  it('reports none, and the same things are done by routines and taught commands instead', () => {
    expect(control.habits).toEqual([]);
    const at = (e: HomeEvent) => minuteOfDay(e.at);
    const thermostatTo17 = control.events.filter(
      (e) =>
        e.entityId === 'climate.living_room' &&
        e.changes.some((c) => c.key === 'temperature' && c.to === 17) &&
        at(e) > 22 * 60 &&
        at(e) < 23 * 60,
    );
    expect(thermostatTo17.length).toBeGreaterThan(10);
    expect(thermostatTo17.filter(byPerson)).toEqual([]);
    const tv = control.events.filter(
      (e) => e.entityId === 'media_player.living_room_tv' && e.cause.kind === 'taught',
    );
    expect(tv.length).toBeGreaterThan(10);
    expect(tv[0]?.cause).toMatchObject({ phrase: 'tv time', parent: { kind: 'voice' } });
  });
});
