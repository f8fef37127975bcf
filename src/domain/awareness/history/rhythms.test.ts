// The household's rhythms, read back off the generated events as an observer of the home would.
import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../../activity/event.ts';
import {
  byPerson,
  clockOn,
  dateKey,
  minuteOfDay,
  month,
  stateAt,
  SUMMER_END,
  turnedTo,
  valueAt,
  weekday,
  wholeDays,
  WINTER_END,
} from './testing.ts';

const winter = month().history.events;
const summer = month({ end: SUMMER_END }).history.events;
const winterDays = wholeDays(WINTER_END, 28);
const summerDays = wholeDays(SUMMER_END, 28);
const isWeekday = (start: number) => weekday(start) >= 1 && weekday(start) <= 5;
const hm = (h: number, m = 0) => h * 60 + m;

/** The first event of each day that passes `test`, by date. */
function firstPerDay(events: readonly HomeEvent[], test: (e: HomeEvent) => boolean) {
  const first = new Map<string, HomeEvent>();
  for (const e of events) if (test(e) && !first.has(dateKey(e.at))) first.set(dateKey(e.at), e);
  return first;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;

describe('the generated household', () => {
  it('puts a kitchen light on between 06:30 and 07:30 on most weekday mornings', () => {
    const kitchen = firstPerDay(
      winter,
      (e) =>
        e.area === 'kitchen' &&
        e.domain === 'light' &&
        turnedTo(e, 'on') &&
        minuteOfDay(e.at) < hm(12),
    );
    const weekdays = winterDays.filter(isWeekday);
    const inTime = weekdays.map((d) => {
      const e = kitchen.get(dateKey(d));
      return e !== undefined && minuteOfDay(e.at) >= hm(6, 30) && minuteOfDay(e.at) <= hm(7, 30);
    });
    expect(share(inTime)).toBeGreaterThanOrEqual(0.8);
    // Jittered by minutes, not on the same minute every day.
    const minutes = weekdays
      .flatMap((d) => kitchen.get(dateKey(d)) ?? [])
      .map((e) => minuteOfDay(e.at));
    expect(Math.max(...minutes) - Math.min(...minutes)).toBeGreaterThan(10);
  });

  it('gets up at about seven on weekdays and later at weekends', () => {
    const upstairs = new Set(['main_bedroom', 'landing', 'bathroom']);
    const wake = firstPerDay(
      winter,
      (e) => byPerson(e) && upstairs.has(e.area ?? '') && minuteOfDay(e.at) > hm(5),
    );
    const times = (weekdays: boolean) =>
      winterDays
        .filter((d) => isWeekday(d) === weekdays)
        .map((d) => minuteOfDay(wake.get(dateKey(d))!.at));
    for (const t of times(true)) expect(t).toBeGreaterThanOrEqual(hm(6, 40));
    for (const t of times(true)) expect(t).toBeLessThanOrEqual(hm(7, 30));
    for (const t of times(false)) expect(t).toBeGreaterThanOrEqual(hm(7, 30));
    expect(median(times(false)) - median(times(true))).toBeGreaterThan(60);
  });

  it('leaves the house empty in the middle of most weekdays, and never at night', () => {
    const people = ['person.emma', 'person.tom', 'person.maya', 'person.leo'];
    const nobodyAt = (at: number) => people.every((p) => stateAt(winter, p, at) === 'not_home');
    const weekdays = winterDays.filter(isWeekday);
    expect(share(weekdays.map((d) => nobodyAt(clockOn(d, 12))))).toBeGreaterThanOrEqual(0.6);
    for (const d of winterDays) {
      // Before anyone's first outing the state is the one the history started with: home.
      for (const p of people) expect(stateAt(winter, p, clockOn(d, 3)) ?? 'home', p).toBe('home');
    }
  });

  it('turns the heating down at night and up in the morning', () => {
    const target = (at: number) => valueAt(winter, 'climate.living_room', 'temperature', at);
    for (const d of winterDays) {
      expect(target(clockOn(d, 3))).toBe(17);
      expect(target(clockOn(d, 10))).toBe(21);
    }
  });

  it('locks the front door and closes the blinds for the night, and opens them by day', () => {
    for (const d of winterDays) {
      expect(stateAt(winter, 'lock.front_door', clockOn(d, 2))).toBe('locked');
      expect(stateAt(winter, 'cover.living_room_blinds', clockOn(d, 23, 55))).toBe('closed');
      expect(stateAt(winter, 'cover.living_room_blinds', clockOn(d, 12))).toBe('open');
    }
  });

  it('watches TV on most evenings but Saturday, and goes to bed between ten and midnight', () => {
    const evenings = winterDays.filter((d) => weekday(d) !== 6);
    const tv = evenings.map(
      (d) => stateAt(winter, 'media_player.living_room_tv', clockOn(d, 21, 15)) === 'playing',
    );
    expect(share(tv)).toBeGreaterThanOrEqual(0.7);
    const downstairs = ['living_room', 'kitchen', 'dining_room', 'hallway'];
    for (const d of winterDays) {
      const [from, to] = [clockOn(d, 18), clockOn(d, 27)];
      const lightsOff = winter.filter(
        (e) =>
          e.at > from &&
          e.at < to &&
          e.domain === 'light' &&
          downstairs.includes(e.area ?? '') &&
          turnedTo(e, 'off'),
      );
      const lastOff = lightsOff.at(-1)!.at;
      expect(lastOff).toBeGreaterThan(clockOn(d, 22));
      expect(lastOff).toBeLessThan(clockOn(d, 24));
    }
  });

  it('follows the sun: evening lights before five in January, after eight in June', () => {
    const lampOn = (events: readonly HomeEvent[], days: number[]) => {
      const first = firstPerDay(
        events,
        (e) =>
          e.entityId === 'light.living_room_lamp' &&
          turnedTo(e, 'on') &&
          minuteOfDay(e.at) > hm(12),
      );
      return days.flatMap((d) => first.get(dateKey(d)) ?? []).map((e) => minuteOfDay(e.at));
    };
    expect(median(lampOn(winter, winterDays))).toBeLessThan(hm(17));
    expect(Math.min(...lampOn(summer, summerDays))).toBeGreaterThan(hm(20));
    // Morning lights only where it is still dark: the kitchen ceiling at breakfast in winter only.
    const breakfastCeiling = (events: readonly HomeEvent[]) =>
      events.filter(
        (e) =>
          e.entityId === 'light.kitchen_ceiling' && turnedTo(e, 'on') && minuteOfDay(e.at) < hm(9),
      ).length;
    expect(breakfastCeiling(winter)).toBeGreaterThan(15);
    expect(breakfastCeiling(summer)).toBe(0);
  });

  it('acts mostly by hand and by voice, with some routines, and speaks in plain requests', () => {
    const people = winter.filter((e) => e.cause.kind !== 'simulation');
    const count = (kind: string) => people.filter((e) => e.cause.kind === kind).length;
    expect((count('manual') + count('voice')) / people.length).toBeGreaterThan(0.8);
    expect(count('voice') / people.length).toBeGreaterThan(0.05);
    const routines = new Set(
      people.flatMap((e) => (e.cause.kind === 'routine' ? [e.cause.routineName] : [])),
    );
    expect([...routines].sort()).toEqual(['Good morning', 'Good night', 'Sunset lights']);
    const goodNight = people.find(
      (e) => e.cause.kind === 'routine' && e.cause.routineName === 'Good night',
    );
    expect(goodNight?.cause.parent).toEqual({
      kind: 'voice',
      utterance: 'good night',
      area: 'living_room',
    });
  });
});
