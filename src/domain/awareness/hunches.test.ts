import { describe, expect, it } from 'vitest';
import type { Cause } from '../activity/cause.ts';
import type { HomeEvent } from '../activity/event.ts';
import { zonedToInstant } from '../clock/zoned.ts';
import type { Entity, Home } from '../home/model.ts';
import {
  makeBinarySensor,
  makeClimate,
  makeCover,
  makeGarageDoor,
  makeHome,
  makeMedia,
  makePerson,
  makePlainLight,
} from '../home/testing.ts';
import { indexHistory } from './historyIndex.ts';
import { findHunches } from './hunches.ts';
import { EMPTY_MEMORY, type AwarenessMemory, type MomentKind } from './types.ts';

const TZ = 'Europe/London';
/** A wall-clock time in London, `daysAgo` calendar days before Friday 31 January 2025. */
const clock = (daysAgo: number, hour: number, minute = 0) =>
  zonedToInstant({ year: 2025, month: 1, day: 31 - daysAgo, hour, minute }, TZ);

const manual: Cause = { kind: 'manual' };
const sunset: Cause = {
  kind: 'routine',
  routineId: 'routine.sunset',
  routineName: 'Sunset lights',
  trigger: 'at sunset',
};
const goodNight: Cause = {
  kind: 'routine',
  routineId: 'routine.good_night',
  routineName: 'Good night',
  trigger: 'a phrase was said',
  parent: { kind: 'voice', utterance: 'good night' },
};

const BASE = makeHome(
  makePlainLight(),
  makeGarageDoor(),
  makeCover({ state: 'closed' }),
  makeMedia({ id: 'media_player.tv', name: 'TV', area: 'living_room' }),
  makeClimate({ state: 'off' }),
  makeBinarySensor({ id: 'binary_sensor.garden_motion', name: 'Garden motion', area: 'garden' }),
  makePerson({ id: 'person.ann', name: 'Ann' }),
);

/** A history written day by day, and the home as it leaves things. */
class World {
  readonly events: HomeEvent[] = [];
  private readonly states = new Map(BASE.entities.map((e) => [e.id, e.state as string]));

  set(at: number, entityId: string, to: string, cause: Cause = manual): this {
    const from = this.states.get(entityId)!;
    if (from === to) return this;
    this.states.set(entityId, to);
    this.events.push({
      id: `ev-${this.events.length}`,
      at,
      entityId,
      entityName: entityId,
      domain: entityId.split('.')[0]!,
      changes: [{ key: 'state', from, to }],
      cause,
    });
    return this;
  }

  /** The porch light on at 16:30 and off at 22:40 on each of the last `days` days. */
  porchEvenings(days: number): this {
    for (let d = days; d >= 1; d--) {
      this.set(clock(d, 16, 30), 'light.porch', 'on', sunset).set(
        clock(d, 22, 40),
        'light.porch',
        'off',
      );
    }
    return this;
  }

  home(without: string[] = []): Home {
    const entities = BASE.entities
      .filter((e) => !without.includes(e.id))
      .map((e) => ({ ...e, state: this.states.get(e.id) }) as Entity);
    return { ...BASE, entities };
  }

  hunches(
    now: number,
    options: { memory?: AwarenessMemory; home?: Home; moment?: MomentKind } = {},
  ) {
    const sorted = [...this.events].sort((a, b) => a.at - b.at).filter((e) => e.at <= now);
    return findHunches(
      {
        index: indexHistory(sorted, BASE),
        home: options.home ?? this.home(),
        now,
        timeZone: TZ,
        memory: options.memory ?? EMPTY_MEMORY,
      },
      options.moment ? { moment: options.moment } : {},
    );
  }
}

/** Three weeks of porch evenings; tonight the light was left on. */
const leftOn = () =>
  new World().porchEvenings(21).set(clock(0, 16, 30), 'light.porch', 'on', sunset);

describe('a hunch', () => {
  it('is raised about a light left on long after it usually goes off, with its evidence', () => {
    const [hunch, ...rest] = leftOn().hunches(clock(0, 23, 45));
    expect(rest).toEqual([]);
    expect(hunch).toMatchObject({
      id: 'light.porch|on',
      entityId: 'light.porch',
      entityName: 'Porch light',
      domain: 'light',
      area: 'garden',
      actual: 'on',
      kind: 'light:on',
      fix: { entityId: 'light.porch', type: 'turn_off' },
      text: 'The Porch light is usually off by now — it was off at this time on each of the last 20 days.',
      question: 'Turn it off?',
      spoken: 'By the way, the Porch light is on. Want me to turn it off?',
    });
    expect(hunch!.evidence).toMatchObject({
      population: { kind: 'days' },
      usual: 'off',
      agreeing: 20,
      sampled: 20,
      since: clock(0, 16, 30),
      byNow: true,
    });
    expect(hunch!.confidence).toBeGreaterThan(0.8);
  });

  it('waits until the usual state has settled: not just after the light usually goes off', () => {
    expect(leftOn().hunches(clock(0, 22, 55))).toEqual([]);
    expect(leftOn().hunches(clock(0, 23, 30))).toEqual([]);
    expect(leftOn().hunches(clock(0, 23, 45))).toHaveLength(1);
  });

  it('needs history: a few days are not enough to know what is usual', () => {
    const short = new World().porchEvenings(5).set(clock(0, 16, 30), 'light.porch', 'on', sunset);
    expect(short.hunches(clock(0, 23, 45))).toEqual([]);
  });

  it('is not raised about a light just switched on, nor one switched on on purpose after it went off', () => {
    const again = new World()
      .porchEvenings(21)
      .set(clock(0, 16, 30), 'light.porch', 'on', sunset)
      .set(clock(0, 22, 40), 'light.porch', 'off')
      .set(clock(0, 23, 40), 'light.porch', 'on');
    expect(again.hunches(clock(0, 23, 50))).toEqual([]);
    expect(again.hunches(clock(-1, 0, 30))).toEqual([]);
    // Left on long after, it looks forgotten after all.
    expect(again.hunches(clock(-1, 1, 50))).toHaveLength(1);
  });

  it('is not raised when the present state is common at this time', () => {
    const often = new World();
    for (let d = 21; d >= 1; d--) {
      often.set(clock(d, 16, 30), 'light.porch', 'on', sunset);
      // On about one day in three the porch light stays on until half past midnight.
      often.set(d % 3 === 0 ? clock(d - 1, 0, 30) : clock(d, 22, 40), 'light.porch', 'off');
    }
    often.set(clock(0, 16, 30), 'light.porch', 'on', sunset);
    expect(often.hunches(clock(0, 23, 45))).toEqual([]);
  });

  it('is not raised while someone is busy in that room', () => {
    const busy = leftOn().set(clock(0, 23, 30), 'binary_sensor.garden_motion', 'on', {
      kind: 'simulation',
      process: 'sensor',
    });
    expect(busy.hunches(clock(0, 23, 45))).toEqual([]);
    busy.set(clock(0, 23, 31), 'binary_sensor.garden_motion', 'off', {
      kind: 'simulation',
      process: 'sensor',
    });
    expect(busy.hunches(clock(0, 23, 45))).toEqual([]);
    expect(busy.hunches(clock(-1, 0, 5))).toHaveLength(1);
  });

  it('is not raised when the home and the history disagree, nor about devices it no longer has', () => {
    // The history has it off since 22:40; the home says on (a change the history missed).
    const world = new World()
      .porchEvenings(21)
      .set(clock(0, 16, 30), 'light.porch', 'on', sunset)
      .set(clock(0, 22, 40), 'light.porch', 'off');
    const home = world.home();
    const stillOn = {
      ...home,
      entities: home.entities.map((e) => (e.id === 'light.porch' ? { ...e, state: 'on' } : e)),
    } as Home;
    expect(world.hunches(clock(0, 23, 45), { home: stillOn })).toEqual([]);
    expect(leftOn().hunches(clock(0, 23, 45), { home: leftOn().home(['light.porch']) })).toEqual(
      [],
    );
  });
});

describe('devices asked about', () => {
  /** Three weeks of a device opened or switched on for a few minutes at 19:00 each evening. */
  function brief(entityId: string, on: string, off: string) {
    const world = new World();
    for (let d = 21; d >= 0; d--) {
      world.set(clock(d, 19), entityId, on);
      if (d > 0) world.set(clock(d, 19, 3), entityId, off);
    }
    return world;
  }

  it('include a garage door left open, put right by closing it', () => {
    const [hunch] = brief('cover.garage_door', 'open', 'closed').hunches(clock(0, 20, 30));
    expect(hunch).toMatchObject({
      actual: 'open',
      kind: 'cover.garage:open',
      fix: { entityId: 'cover.garage_door', type: 'close' },
      text: 'The Garage door is usually closed by now — it was closed at this time on each of the last 20 days.',
      question: 'Close it?',
      spoken: 'By the way, the Garage door is open. Want me to close it?',
    });
  });

  it('include a garage door opened at an hour it never is, once it stays open far longer than it ever does', () => {
    // Open a few minutes at 07:50 and 18:20 every day; tonight opened at 20:45 and left.
    const world = new World();
    for (let d = 21; d >= 1; d--) {
      world.set(clock(d, 7, 50), 'cover.garage_door', 'open');
      world.set(clock(d, 7, 52), 'cover.garage_door', 'closed');
      world.set(clock(d, 18, 20), 'cover.garage_door', 'open');
      world.set(clock(d, 18, 22), 'cover.garage_door', 'closed');
    }
    world.set(clock(0, 7, 50), 'cover.garage_door', 'open');
    world.set(clock(0, 7, 52), 'cover.garage_door', 'closed');
    world.set(clock(0, 20, 45), 'cover.garage_door', 'open');
    // Not within the grace; then long before the two hours an unprecedented light would need.
    expect(world.hunches(clock(0, 20, 55))).toEqual([]);
    expect(world.hunches(clock(0, 21, 15))).toMatchObject([{ entityId: 'cover.garage_door' }]);
  });

  it('leave out blinds: an open blind at night is nobody’s mistake', () => {
    expect(brief('cover.living_room_blind', 'open', 'closed').hunches(clock(0, 20, 30))).toEqual(
      [],
    );
  });

  it('include a TV left on, but not one that is off when it is usually on', () => {
    const [hunch] = brief('media_player.tv', 'playing', 'off').hunches(clock(0, 20, 30));
    expect(hunch).toMatchObject({
      actual: 'on',
      fix: { type: 'turn_off' },
      question: 'Turn it off?',
    });
    const evenings = new World();
    for (let d = 21; d >= 0; d--) {
      evenings.set(clock(d, 19), 'media_player.tv', 'playing');
      evenings.set(clock(d, 22), 'media_player.tv', 'off');
    }
    evenings.set(clock(0, 19, 5), 'media_player.tv', 'off');
    expect(evenings.hunches(clock(0, 21, 30))).toEqual([]);
  });

  it('include the heating left on while everyone is out, compared with other empty days', () => {
    const world = new World();
    const away = { kind: 'simulation', process: 'sensor' } as const;
    for (let d = 21; d >= 0; d--) {
      const weekday = new Date(clock(d, 12)).getUTCDay();
      // At weekends, and on Tuesday 28 January, Ann stays in and the heating stays on.
      if (weekday === 0 || weekday === 6 || d === 3) continue;
      world.set(clock(d, 7), 'climate.living_room', 'heat');
      if (d > 0) world.set(clock(d, 8, 20), 'climate.living_room', 'off');
      world.set(clock(d, 8, 25), 'person.ann', 'not_home', away);
      if (d > 0) world.set(clock(d, 16), 'person.ann', 'home', away);
    }
    const [hunch] = world.hunches(clock(0, 9, 30));
    expect(hunch).toMatchObject({
      kind: 'climate:heat',
      fix: { entityId: 'climate.living_room', type: 'set_hvac_mode', mode: 'off' },
      text:
        'The Living room thermostat is usually off by now — it was off at this time on each of ' +
        'the last 13 weekdays when nobody was home.',
      spoken: 'By the way, the Living room thermostat is on. Want me to turn it off?',
    });
    expect(hunch!.evidence.population).toEqual({
      kind: 'dayType',
      dayType: 'weekday',
      nobodyHome: true,
    });
  });
});

describe('what the person said before', () => {
  const now = clock(0, 23, 45);

  it('"don’t ask about this device" stops hunches about it', () => {
    const memory = { ...EMPTY_MEMORY, neverAsk: ['light.porch'] };
    expect(leftOn().hunches(now, { memory })).toEqual([]);
  });

  it('"not now" keeps it quiet until the snooze is over', () => {
    const snoozed = (until: number) => ({
      ...EMPTY_MEMORY,
      snoozed: { 'light.porch|on': until },
    });
    expect(leftOn().hunches(now, { memory: snoozed(now + 1) })).toEqual([]);
    expect(leftOn().hunches(now, { memory: snoozed(now) })).toHaveLength(1);
  });

  it('declining a kind of hunch asks for stronger evidence next time; accepting it undoes that', () => {
    // Four nights ago the light was left on until the morning: 19 of 20 days agree (the first
    // day does not count: the history has not seen enough of it).
    const world = new World();
    for (let d = 21; d >= 1; d--) {
      world.set(clock(d, 16, 30), 'light.porch', 'on', sunset);
      world.set(d === 4 ? clock(3, 7) : clock(d, 22, 40), 'light.porch', 'off');
    }
    world.set(clock(0, 16, 30), 'light.porch', 'on', sunset);
    const counts = (declined: number, accepted: number) => ({
      ...EMPTY_MEMORY,
      hunchKinds: {
        'light:on': { offered: declined + accepted, accepted, declined, declinedInARow: declined },
      },
    });
    expect(world.hunches(now)[0]?.evidence).toMatchObject({ agreeing: 19, sampled: 20 });
    expect(world.hunches(now, { memory: counts(2, 0) })).toHaveLength(1);
    expect(world.hunches(now, { memory: counts(4, 0) })).toEqual([]);
    expect(world.hunches(now, { memory: counts(4, 3) })).toHaveLength(1);
    // Declines of another kind change nothing.
    const other = {
      ...EMPTY_MEMORY,
      hunchKinds: { 'lock:unlocked': counts(9, 0).hunchKinds['light:on'] },
    };
    expect(world.hunches(now, { memory: other })).toHaveLength(1);
  });
});

describe('after good night', () => {
  /** Good night at 23:00 on each of the last `days` days; the garage door shut by then. */
  function nights(days: number) {
    const world = new World();
    for (let d = days; d >= 1; d--) {
      world
        .set(clock(d, 18), 'cover.garage_door', 'open')
        .set(clock(d, 18, 2), 'cover.garage_door', 'closed');
      world
        .set(clock(d, 16, 30), 'light.porch', 'on', sunset)
        .set(clock(d, 23), 'light.porch', 'off', goodNight);
    }
    return world
      .set(clock(0, 16, 30), 'light.porch', 'on', sunset)
      .set(clock(0, 18), 'cover.garage_door', 'open')
      .set(clock(0, 23), 'light.porch', 'off', goodNight);
  }

  it('compares each device with how it was just after past good nights', () => {
    const hunches = nights(10).hunches(clock(0, 23, 1), { moment: 'bedtime' });
    expect(hunches.map((h) => h.entityId)).toEqual(['cover.garage_door']);
    expect(hunches[0]).toMatchObject({
      evidence: {
        population: { kind: 'moment', moment: 'bedtime' },
        usual: 'closed',
        agreeing: 10,
        sampled: 10,
      },
      text: 'The Garage door is usually closed after good night — it was closed after each of the last 10 good nights.',
      spoken: 'By the way, the Garage door is open. Want me to close it?',
    });
  });

  it('says nothing of what was switched on after good night was said, nor with too few nights', () => {
    const later = nights(10).set(clock(0, 23, 2), 'media_player.tv', 'playing');
    expect(later.hunches(clock(0, 23, 30), { moment: 'bedtime' }).map((h) => h.entityId)).toEqual([
      'cover.garage_door',
    ]);
    expect(nights(3).hunches(clock(0, 23, 1), { moment: 'bedtime' })).toEqual([]);
  });
});

it('comes strongest first', () => {
  const world = new World().porchEvenings(21).set(clock(0, 16, 30), 'light.porch', 'on', sunset);
  for (let d = 21; d >= 0; d--) {
    world.set(clock(d, 19), 'cover.garage_door', 'open');
    // Six days ago the garage door stayed open all night, so its evidence is a little weaker.
    if (d > 0) world.set(d === 6 ? clock(5, 7) : clock(d, 19, 3), 'cover.garage_door', 'closed');
  }
  const hunches = world.hunches(clock(0, 23, 45));
  expect(hunches.map((h) => h.entityId)).toEqual(['light.porch', 'cover.garage_door']);
  expect(hunches[0]!.confidence).toBeGreaterThan(hunches[1]!.confidence);
});
