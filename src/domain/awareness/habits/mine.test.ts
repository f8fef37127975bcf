import { describe, expect, it } from 'vitest';
import { zonedToInstant } from '../../clock/zoned.ts';
import type { Command } from '../../home/commands.ts';
import { demoHome } from '../../home/scenarios/demo.ts';
import type { Routine } from '../../routines/model.ts';
import type { PersonalAction } from '../types.ts';
import { mineHabits } from './mine.ts';
import { minedMonth, WINTER_END } from './testing.ts';

const TZ = 'Europe/London';
const home = demoHome(Date.UTC(2025, 0, 1));
/** Friday 31 January 2025, 23:59 in London; the window reaches back to Friday the 17th. */
const NOW = zonedToInstant({ year: 2025, month: 1, day: 31, hour: 23, minute: 59 }, TZ);

const THERMOSTAT: Command = {
  entityId: 'climate.living_room',
  type: 'set_temperature',
  temperature: 17,
};
const LAMP_OFF: Command = { entityId: 'light.living_room_lamp', type: 'turn_off' };
const LOCK: Command = { entityId: 'lock.front_door', type: 'lock' };
const NIGHT_LIGHT_OFF: Command = { entityId: 'light.night_light', type: 'turn_off' };

let n = 0;
/** An action on a day of January 2025 at hh:mm (London), by hand unless words are given. */
function did(day: number, hh: number, mm: number, command: Command, said?: string): PersonalAction {
  const at = zonedToInstant({ year: 2025, month: 1, day, hour: hh, minute: mm }, TZ);
  return {
    at,
    eventId: `ev-${++n}`,
    entityId: command.entityId,
    command,
    via: said === undefined ? 'manual' : 'voice',
    ...(said === undefined ? {} : { utterance: said }),
  };
}

/** Lights out on these days, starting at the given minutes past 22:00 (thermostat, lamp, lock). */
function lightsOut(days: readonly [number, number][]): PersonalAction[] {
  return days.flatMap(([day, m]) => [
    did(day, 22, m, THERMOSTAT),
    did(day, 22, m + 1, LAMP_OFF),
    did(day, 22, m + 3, LOCK),
  ]);
}

const FOUR_NIGHTS: [number, number][] = [
  [20, 28],
  [21, 33],
  [23, 25],
  [27, 31],
];

const mine = (actions: PersonalAction[], options = {}) =>
  mineHabits(actions, home, NOW, TZ, options);

describe('mineHabits', () => {
  it('offers steps done together at about the same time on three days or more, in their order', () => {
    const [offer, ...rest] = mine(lightsOut(FOUR_NIGHTS));
    expect(rest).toEqual([]);
    expect(offer!.steps.map((s) => s.command)).toEqual([THERMOSTAT, LAMP_OFF, LOCK]);
    expect(offer!.steps.map((s) => s.words)).toEqual([
      'set the Living room thermostat to 17 °C',
      'turn off the Living room lamp',
      'lock the Front door',
    ]);
    // Starts 22:25–22:33: the middle of the four.
    expect(offer!.time).toBe('22:30');
    expect(offer!.minuteOfDay).toBe(22 * 60 + 29.5);
    // Monday 20th, Tuesday 21st, Thursday 23rd, Monday 27th.
    expect(offer!.days).toEqual([1, 2, 4]);
    expect(offer!.occurrences).toHaveLength(4);
    expect(offer!.name).toBe('Around 22:30');
    expect(offer!.text).toBe(
      'You often do these around 22:30: set the Living room thermostat to 17 °C, turn off the ' +
        'Living room lamp and lock the Front door. Make a routine?',
    );
  });

  it('needs the days it asks for, inside the window', () => {
    expect(mine(lightsOut(FOUR_NIGHTS.slice(0, 2)))).toEqual([]);
    expect(mine(lightsOut(FOUR_NIGHTS.slice(0, 2)), { minOccurrences: 2 })).toHaveLength(1);
    // Three nights long ago and one recent one: only one falls in the two weeks.
    expect(
      mine(
        lightsOut([
          [6, 30],
          [7, 30],
          [8, 30],
          [27, 30],
        ]),
      ),
    ).toEqual([]);
  });

  it('does not take times too far apart for the same habit, nor steps too far apart for one', () => {
    // 21:30, 22:30, 23:30: the same steps, but never at about the same time.
    const drifting = [
      ...lightsOut([[20, 30]]),
      ...lightsOut([[21, 30]]).map((a) => ({ ...a, at: a.at + 60 * 60_000 })),
      ...lightsOut([[22, 30]]).map((a) => ({ ...a, at: a.at - 60 * 60_000 })),
    ];
    expect(mine(drifting)).toEqual([]);
    // The door locked 40 minutes after the rest: two habits would be two offers, but a lone
    // step needs more days, so only the thermostat and the lamp are offered.
    const apart = lightsOut(FOUR_NIGHTS).map((a) =>
      a.command === LOCK ? { ...a, at: a.at + 37 * 60_000 } : a,
    );
    const offers = mine(apart);
    expect(offers.map((o) => o.steps.map((s) => s.command))).toEqual([[THERMOSTAT, LAMP_OFF]]);
  });

  it('offers a lone step only when it is done nearly every time its days come round', () => {
    const weekdays = [20, 21, 22, 23, 24, 27, 28, 29, 30, 31];
    const nightLight = (days: number[]) =>
      days.map((d, i) => did(d, 7, 2 + (i % 5), NIGHT_LIGHT_OFF));
    // Three weekdays in two weeks: could be chance.
    expect(mine(nightLight([20, 22, 27]))).toEqual([]);
    // Six of ten weekdays: done on fewer than two-thirds of them.
    expect(mine(nightLight(weekdays.slice(0, 6)))).toEqual([]);
    // Nine of ten.
    const [offer] = mine(nightLight(weekdays.slice(1)));
    expect(offer?.text).toBe('You often turn off the Night light around 07:05. Make a routine?');
    expect(offer?.days).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves out what was undone within minutes, and settings replaced at once', () => {
    const kettle = (on: boolean): Command => ({
      entityId: 'switch.kettle',
      type: on ? 'turn_on' : 'turn_off',
    });
    const tea = FOUR_NIGHTS.flatMap(([day]) => [
      did(day, 7, 10, kettle(true)),
      did(day, 7, 14, kettle(false)),
    ]);
    expect(mine(tea)).toEqual([]);
    // Put to 19 and, two minutes later, to 17: 17 is the habit, 19 was a slip.
    const slips = FOUR_NIGHTS.map(([day, m]) =>
      did(day, 22, m - 2, { ...THERMOSTAT, temperature: 19 }),
    );
    const [offer] = mine([...slips, ...lightsOut(FOUR_NIGHTS)].sort((a, b) => a.at - b.at));
    expect(offer?.steps.map((s) => s.command)).toEqual([THERMOSTAT, LAMP_OFF, LOCK]);
    // The lamp off and on again within minutes: no lamp step.
    const relit = FOUR_NIGHTS.map(([day, m]) =>
      did(day, 22, m + 4, { entityId: 'light.living_room_lamp', type: 'turn_on' }),
    );
    const [again] = mine([...lightsOut(FOUR_NIGHTS), ...relit].sort((a, b) => a.at - b.at));
    expect(again?.steps.map((s) => s.command)).toEqual([THERMOSTAT, LOCK]);
  });

  it('never offers to unlock a door or open the garage on a schedule', () => {
    const comingHome = FOUR_NIGHTS.flatMap(([day, m]) => [
      did(day, 17, m, { entityId: 'cover.garage_door', type: 'open' }),
      did(day, 17, m + 2, { entityId: 'lock.front_door', type: 'unlock' }),
      did(day, 17, m + 3, { entityId: 'light.hallway', type: 'turn_on' }),
      did(day, 17, m + 4, { entityId: 'light.kitchen_ceiling', type: 'turn_on' }),
    ]);
    const [offer, ...rest] = mine(comingHome);
    expect(rest).toEqual([]);
    expect(offer?.steps.map((s) => s.entityId)).toEqual(['light.hallway', 'light.kitchen_ceiling']);
  });

  it('takes one TV step whatever is played, and proposes what is played most', () => {
    const tv = (mediaId?: string): Command =>
      mediaId
        ? { entityId: 'media_player.living_room_tv', type: 'play_media', mediaId }
        : { entityId: 'media_player.living_room_tv', type: 'play' };
    const backlight: Command = { entityId: 'light.tv_backlight', type: 'turn_on' };
    const shows = ['episode.nature_1', 'episode.nature_2', undefined, 'episode.nature_2'];
    const evenings = FOUR_NIGHTS.flatMap(([day, m], i) => [
      did(day, 20, m, tv(shows[i])),
      did(day, 20, m + 1, backlight),
    ]);
    const [offer] = mine(evenings);
    expect(offer?.steps.map((s) => s.command)).toEqual([tv('episode.nature_2'), backlight]);
  });

  it('keeps a habit across midnight whole', () => {
    const late = FOUR_NIGHTS.flatMap(([day], i) => [
      did(day, 23, 54 + i, LAMP_OFF),
      did(day + 1, 0, 2 + i, LOCK),
    ]);
    const [offer, ...rest] = mine(late);
    expect(rest).toEqual([]);
    expect(offer?.steps.map((s) => s.command)).toEqual([LAMP_OFF, LOCK]);
    expect(offer?.time).toBe('23:55');
    // Monday, Tuesday, Thursday, Monday: the evenings they began on.
    expect(offer?.days).toEqual([1, 2, 4]);
  });

  it('reads the time on the home’s clock, also across a change of the clocks', () => {
    // The same instants are 22:30 in London and 23:30 in Paris.
    expect(mineHabits(lightsOut(FOUR_NIGHTS), home, NOW, 'Europe/Paris')[0]?.time).toBe('23:30');
    // Around the end of summer time (Sunday 26 October 2025), still at 22:30 every night.
    const autumn = [24, 25, 26, 27].flatMap((day) =>
      [THERMOSTAT, LAMP_OFF].map((c, i) => ({
        ...did(1, 0, 0, c),
        at: zonedToInstant({ year: 2025, month: 10, day, hour: 22, minute: 30 + i }, TZ),
      })),
    );
    const end = Date.UTC(2025, 9, 28, 12);
    const [offer] = mineHabits(autumn, home, end, TZ);
    expect(offer?.time).toBe('22:30');
    expect(offer?.occurrences).toHaveLength(4);
  });

  it('gives the same habit the same id from one day to the next', () => {
    const actions = lightsOut([...FOUR_NIGHTS, [28, 27]]);
    const today = mine(actions)[0]!;
    const tomorrow = mineHabits(actions, home, NOW + 86_400_000, TZ)[0]!;
    expect(today.id).toBe(tomorrow.id);
    expect(today.id).toContain('lock.front_door:lock');
  });

  it('leaves out what the person put off or refused', () => {
    const actions = lightsOut(FOUR_NIGHTS);
    const { id } = mine(actions)[0]!;
    const memory = (habitSnoozed: Record<string, number>, habitNever: string[] = []) => ({
      memory: { habitSnoozed, habitNever },
    });
    expect(mine(actions, memory({}, [id]))).toEqual([]);
    expect(mine(actions, memory({ [id]: NOW + 1 }))).toEqual([]);
    expect(mine(actions, memory({ [id]: NOW - 1 }))).toHaveLength(1);
    // Answered when it was "around 22:25", under the id of the half hour before.
    expect(id).toMatch(/^22:30\|/);
    expect(mine(actions, memory({}, [id.replace(/^22:30/, '22:00')]))).toEqual([]);
    expect(mine(actions, memory({}, [id.replace(/^22:30/, '21:30')]))).toHaveLength(1);
    expect(mine(actions, memory({}, [id.replace('lock.front_door:lock', '')]))).toHaveLength(1);
  });

  it('leaves out what a routine of the person already does', () => {
    const routine = (enabled: boolean, triggers: Routine['triggers']): Routine => ({
      id: 'r1',
      name: 'Bedtime',
      enabled,
      triggers,
      conditionMode: 'all',
      conditions: [],
      actions: [{ type: 'control', target: { kind: 'area', domain: 'lock' }, command: 'lock' }],
      createdAt: 0,
      updatedAt: 0,
    });
    const actions = lightsOut(FOUR_NIGHTS);
    const everyDay = [1, 2, 3, 4, 5, 6, 7];
    const at = (time: string) => [{ type: 'time' as const, at: time, days: everyDay }];
    // Locking every door at 22:30 already: the thermostat and the lamp are left to offer.
    const [offer] = mine(actions, { routines: [routine(true, at('22:30'))] });
    expect(offer?.steps.map((s) => s.command)).toEqual([THERMOSTAT, LAMP_OFF]);
    expect(offer?.occurrences).toHaveLength(4);
    // Switched off, or at another time of day, it does not do them.
    expect(mine(actions, { routines: [routine(false, at('22:30'))] })[0]?.steps).toHaveLength(3);
    expect(mine(actions, { routines: [routine(true, at('07:00'))] })[0]?.steps).toHaveLength(3);
    // Started by a phrase and doing every step (every light off, every lock, 17 °C): the person
    // has this routine already.
    const byPhrase = routine(true, [{ type: 'phrase', phrases: ['lights out'] }]);
    byPhrase.actions.push(
      { type: 'control', target: { kind: 'area', domain: 'light' }, command: 'turn_off' },
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'climate.living_room' },
        command: 'set_temperature',
        value: 17,
      },
    );
    expect(mine(actions, { routines: [byPhrase] })).toEqual([]);
    byPhrase.enabled = false;
    expect(mine(actions, { routines: [byPhrase] })).toHaveLength(1);
  });

  it('names a routine from words that did several of its steps at once', () => {
    const kitchen = (on: boolean) =>
      (['light.kitchen_ceiling', 'light.kitchen_counter'] as const).map((entityId): Command => ({
        entityId,
        type: on ? 'turn_on' : 'turn_off',
      }));
    const evenings = FOUR_NIGHTS.flatMap(([day], i) =>
      kitchen(false).map((c) =>
        did(day, 19, 50, c, i < 2 ? 'turn off the kitchen lights' : undefined),
      ),
    );
    const [offer] = mine(evenings);
    expect(offer?.phrase).toBe('turn off the kitchen lights');
    expect(offer?.name).toBe('Turn off the kitchen lights');
    // Words for one device only ("lock the front door") are not the habit's phrase.
    const said = lightsOut(FOUR_NIGHTS).map((a) =>
      a.command === LOCK ? { ...a, via: 'voice' as const, utterance: 'lock the front door' } : a,
    );
    expect(mine(said)[0]?.phrase).toBeUndefined();
  });

  it('mines 90 days of a household in well under 100 ms', () => {
    const { history, personal } = minedMonth({ days: 90 });
    expect(personal.length).toBeGreaterThan(5000);
    for (const windowDays of [14, 90]) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        mineHabits(personal, history.home, WINTER_END, TZ, { windowDays });
        times.push(performance.now() - started);
      }
      expect(Math.min(...times), `${windowDays} days`).toBeLessThan(100);
    }
  });
});
