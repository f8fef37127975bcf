import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../activity/event.ts';
import type { ClimateEntity, Home } from './model.ts';
import { binary, sensor, thermostat } from './scenarios/make.ts';
import { hvacAction } from './domains/climate.ts';
import { advance, hvacActionFor } from './simulate.ts';

// 19:30 UTC: a multiple of every grid period, so arrival times are round numbers.
const T0 = Date.UTC(2025, 0, 15, 19, 30);
const MIN = 60_000;
const HOUR = 3_600_000;

function homeWith(
  mode: ClimateEntity['state'],
  target: number,
  current: number,
  outside?: number,
): Home {
  return {
    floors: [],
    areas: [{ id: 'garden', name: 'Garden' }],
    entities: [
      thermostat('climate.lounge', 'Lounge thermostat', 'garden', mode, target, current),
      ...(outside === undefined
        ? []
        : [
            sensor(
              'sensor.outside_temperature',
              'Outside temperature',
              'garden',
              'temperature',
              outside,
            ),
          ]),
      binary('binary_sensor.window', 'Window', 'garden', 'window', false),
    ],
  };
}

const climate = (home: Home) => home.entities[0] as ClimateEntity;
const temperatureAfter = (home: Home, ms: number) =>
  climate(advance(home, T0, T0 + ms).home).attributes;

function inSteps(home: Home, from: number, to: number, step: (i: number) => number) {
  const events: HomeEvent[] = [];
  let h = home;
  for (let t = from, i = 0; t < to; i++) {
    const next = Math.min(to, t + step(i));
    const result = advance(h, t, next);
    h = result.home;
    events.push(...result.events);
    t = next;
  }
  return { home: h, events };
}
const withoutIds = (events: HomeEvent[]) => events.map(({ id: _id, ...rest }) => rest);

describe('thermostat', () => {
  it.each([
    ['heats at 1.5 °C an hour', homeWith('heat', 21, 18, 5), HOUR, 19.5, 'heating'],
    ['stops at the target and holds it', homeWith('heat', 21, 18, 5), 5 * HOUR, 21, 'idle'],
    [
      'drifts down to the target at 0.3 °C an hour when above it',
      homeWith('heat', 21, 22, 5),
      2 * HOUR,
      21.4,
      'idle',
    ],
    [
      'holds the target after drifting down to it',
      homeWith('heat', 21, 22, 5),
      8 * HOUR,
      21,
      'idle',
    ],
    [
      'drifts up past the target when it is warmer outside',
      homeWith('heat', 21, 20, 25),
      40 * MIN + HOUR,
      21.3,
      'idle',
    ],
    ['cools at 1 °C an hour', homeWith('cool', 23, 26, 30), HOUR, 25, 'cooling'],
    ['heat_cool cools down to the target', homeWith('heat_cool', 21, 23, 30), 3 * HOUR, 21, 'idle'],
    ['heat_cool heats up to the target', homeWith('heat_cool', 21, 20, 5), HOUR, 21, 'idle'],
    ['off drifts toward the outside temperature', homeWith('off', 21, 20, 10), HOUR, 19.7, 'off'],
    ['off stops at the outside temperature', homeWith('off', 21, 20, 19.5), 10 * HOUR, 19.5, 'off'],
    [
      'without an outside sensor drifts toward 12 °C',
      homeWith('off', 21, 12.3, undefined),
      2 * HOUR,
      12,
      'off',
    ],
  ])('%s', (_what, home, ms, current, action) => {
    expect(temperatureAfter(home, ms)).toMatchObject({
      current_temperature: current,
      hvac_action: action,
    });
  });

  it('reports the arrival at the target at the moment it happens', () => {
    const { events } = advance(homeWith('heat', 21, 18, 5), T0, T0 + 5 * HOUR);
    const idle = events.find((e) => e.changes.some((c) => c.key === 'hvac_action'));
    expect(idle).toMatchObject({
      at: T0 + 2 * HOUR,
      changes: [{ key: 'hvac_action', from: 'heating', to: 'idle' }],
    });
    expect(idle?.cause).toEqual({ kind: 'simulation', process: 'thermostat' });
  });

  it('emits an event only when the shown half degree changes', () => {
    const { events } = advance(homeWith('heat', 21, 18, 5), T0, T0 + 5 * HOUR);
    const shown = events.flatMap((e) =>
      e.changes
        .filter((c) => c.key === 'current_temperature')
        .map((c) => [e.at - T0, c.from, c.to]),
    );
    // 18 -> 21 crosses x.25 and x.75 six times; reaching 21.00 shows no change (20.99 shows 21).
    expect(shown).toEqual([
      [10 * MIN, 18, 18.5],
      [30 * MIN, 18.5, 19],
      [50 * MIN, 19, 19.5],
      [70 * MIN, 19.5, 20],
      [90 * MIN, 20, 20.5],
      [110 * MIN, 20.5, 21],
    ]);
    expect(events).toHaveLength(7);
  });

  // Falling, the shown value changes on reaching x.74 (20.00 -> 19.74 is 26 steps of 2 minutes).
  it('reports falling temperatures too', () => {
    const { events } = advance(homeWith('off', 21, 20, 10), T0, T0 + 2 * HOUR);
    expect(events.map((e) => [e.at - T0, e.changes])).toEqual([
      [52 * MIN, [{ key: 'current_temperature', from: 20, to: 19.5 }]],
    ]);
  });

  it('corrects an hvac_action that does not fit the temperatures at once', () => {
    const home = homeWith('heat', 22, 20, 5);
    const lounge = climate(home);
    const stale = {
      ...home,
      entities: [
        { ...lounge, attributes: { ...lounge.attributes, hvac_action: 'idle' as const } },
        ...home.entities.slice(1),
      ],
    };
    const { events } = advance(stale, T0, T0 + 1000);
    expect(events).toMatchObject([
      { at: T0, changes: [{ key: 'hvac_action', from: 'idle', to: 'heating' }] },
    ]);
  });

  it('rests within the tolerance below the target, as a new set-point leaves it', () => {
    const home = homeWith('heat', 21, 20.9, 5);
    expect(climate(home).attributes.hvac_action).toBe('idle');
    expect(advance(home, T0, T0 + 5 * HOUR)).toEqual({ home, events: [] });
  });

  it('heats on through the tolerance band to the target once it is heating', () => {
    const home = homeWith('heat', 21, 20.9, 5);
    const lounge = climate(home);
    const heating = {
      ...home,
      entities: [
        { ...lounge, attributes: { ...lounge.attributes, hvac_action: 'heating' as const } },
        ...home.entities.slice(1),
      ],
    };
    const { home: after, events } = advance(heating, T0, T0 + HOUR);
    expect(climate(after).attributes).toMatchObject({
      current_temperature: 21,
      hvac_action: 'idle',
    });
    expect(events).toMatchObject([
      { at: T0 + 4 * MIN, changes: [{ key: 'hvac_action', from: 'heating', to: 'idle' }] },
    ]);
  });

  it.each(['off', 'heat', 'cool', 'heat_cool'] as const)(
    'agrees with the thermostat handler on the action in %s mode',
    (mode) => {
      for (const current of [15, 19.5, 20.5, 20.75, 21, 21.25, 21.5, 22.5, 26]) {
        expect(hvacActionFor(mode, current, 21), `${current}`).toBe(hvacAction(mode, current, 21));
      }
    },
  );

  it('keeps the stored temperature to hundredths of a degree', () => {
    const { current_temperature } = temperatureAfter(homeWith('heat', 21, 18, 5), 17 * MIN + 3_333);
    expect(current_temperature).toBe(18.42);
  });

  it('changes nothing, not even the object, when the room is settled', () => {
    const home = homeWith('heat', 21, 21, 5);
    const result = advance(home, T0, T0 + 3 * 24 * HOUR);
    expect(result.home).toBe(home);
    expect(result.events).toEqual([]);
  });

  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  it.each([
    ['250 ms steps', homeWith('heat', 21, 19.9, 5), 2 * HOUR, () => 250],
    [
      'random steps up to 10 minutes',
      homeWith('heat', 21, 18, 25),
      3 * 24 * HOUR,
      (
        (r) => () =>
          Math.ceil(r() * 10 * MIN)
      )(seeded(7)),
    ],
    ['one-second steps while cooling', homeWith('cool', 20, 24.1, 30), 6 * HOUR, () => 1000],
    ['odd steps while drifting', homeWith('off', 20, 22, -3), 24 * HOUR, () => 7 * MIN + 13_017],
  ])('gives the same result in one big step as in %s', (_what, home, span, step) => {
    const big = advance(home, T0 + 17, T0 + 17 + span);
    const small = inSteps(home, T0 + 17, T0 + 17 + span, step);
    expect(small.home).toEqual(big.home);
    expect(withoutIds(small.events)).toEqual(withoutIds(big.events));
    expect(big.events.length).toBeGreaterThan(0);
  });
});
