import { describe, expect, it } from 'vitest';
import { eventSchema, type HomeEvent } from '../activity/event.ts';
import { homeSchema, type BinarySensorEntity, type Home } from './model.ts';
import { binary, light, sensor, thermostat } from './scenarios/make.ts';
import { demoHome } from './scenarios/demo.ts';
import { DEFAULT_AMBIENT, advance, ambientTemperature } from './simulate.ts';

const T0 = Date.UTC(2025, 0, 15, 19, 30);
const S = 1000;

function sensorHome(detection: { autoOff?: number; lastTriggered?: number }, on = true): Home {
  return {
    floors: [],
    areas: [{ id: 'hall', name: 'Hall' }],
    entities: [
      binary('binary_sensor.hall_motion', 'Hall motion', 'hall', 'motion', on, detection),
      light('light.hall', 'Hall light', 'hall', 'dimmable', true),
    ],
  };
}
const motion = (home: Home) => home.entities[0] as BinarySensorEntity;

describe('motion sensor auto-off', () => {
  it.each([
    [
      'stays on before its time',
      { autoOff: 60, lastTriggered: T0 - 20 * S },
      30 * S,
      'on',
      undefined,
    ],
    [
      'clears at last trigger + auto-off, not at the end of the step',
      { autoOff: 60, lastTriggered: T0 - 20 * S },
      3_600 * S,
      'off',
      T0 + 40 * S,
    ],
    [
      'clears exactly on time',
      { autoOff: 60, lastTriggered: T0 - 20 * S },
      40 * S,
      'off',
      T0 + 40 * S,
    ],
    ['clears at once when it does not know when it fired', { autoOff: 90 }, S, 'off', T0],
    ['stays on without auto-off', { lastTriggered: T0 - 3_600 * S }, 86_400 * S, 'on', undefined],
  ])('%s', (_what, detection, ms, state, at) => {
    const { home, events } = advance(sensorHome(detection), T0, T0 + ms);
    expect(motion(home).state).toBe(state);
    expect(events.map((e) => e.at)).toEqual(at === undefined ? [] : [at]);
  });

  it('reports the change with its cause, name and area', () => {
    const { events } = advance(sensorHome({ autoOff: 60, lastTriggered: T0 }), T0, T0 + 60 * S);
    expect(events).toEqual([
      {
        id: expect.any(String),
        at: T0 + 60 * S,
        entityId: 'binary_sensor.hall_motion',
        entityName: 'Hall motion',
        domain: 'binary_sensor',
        area: 'hall',
        changes: [{ key: 'state', from: 'on', to: 'off' }],
        cause: { kind: 'simulation', process: 'sensor' },
      },
    ]);
  });

  it('gives the same result in 250 ms steps as in one step', () => {
    let home = sensorHome({ autoOff: 60, lastTriggered: T0 - 5 * S });
    const events: HomeEvent[] = [];
    for (let t = T0; t < T0 + 120 * S; t += 250) {
      const result = advance(home, t, t + 250);
      home = result.home;
      events.push(...result.events);
    }
    const big = advance(sensorHome({ autoOff: 60, lastTriggered: T0 - 5 * S }), T0, T0 + 120 * S);
    expect(home).toEqual(big.home);
    expect(events.map((e) => e.at)).toEqual([T0 + 55 * S]);
    expect(big.events.map((e) => e.at)).toEqual([T0 + 55 * S]);
  });
});

describe('advance', () => {
  const still = sensorHome({ autoOff: 60, lastTriggered: T0 - 100 * S }, false);

  it('returns the same home and no events when nothing moves', () => {
    expect(advance(still, T0, T0 + 7 * 86_400 * S)).toEqual({ home: still, events: [] });
    expect(advance(still, T0, T0 + 7 * 86_400 * S).home).toBe(still);
  });

  it('does nothing when time does not move forward', () => {
    const home = demoHome(T0);
    expect(advance(home, T0, T0).home).toBe(home);
    expect(advance(home, T0, T0 - 60 * S)).toEqual({ home, events: [] });
  });

  it('keeps the objects of unchanged entities', () => {
    const home = demoHome(T0);
    const after = advance(home, T0, T0 + 60 * S).home;
    const kept = after.entities.filter((e, i) => e === home.entities[i]).map((e) => e.id);
    const changed = after.entities.filter((e, i) => e !== home.entities[i]).map((e) => e.id);
    expect(changed.sort()).toEqual([
      'binary_sensor.landing_motion',
      'climate.living_room',
      'media_player.kitchen_speaker',
    ]);
    expect(kept).toContain('light.living_room_lamp');
    expect(after.areas).toBe(home.areas);
  });

  it('returns valid events in time order and a valid home', () => {
    const { home, events } = advance(demoHome(T0), T0, T0 + 6 * 3_600 * S);
    expect(() => homeSchema.parse(home)).not.toThrow();
    for (const e of events) expect(() => eventSchema.parse(e)).not.toThrow();
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // The speaker finishes two songs, the landing clears, the living room reaches 21 °C.
    expect(events.map((e) => e.entityId)).toEqual(
      expect.arrayContaining([
        'media_player.kitchen_speaker',
        'binary_sensor.landing_motion',
        'climate.living_room',
      ]),
    );
  });

  it('gives the demo home the same evening in one jump as in irregular steps', () => {
    const start = demoHome(T0);
    const to = T0 + 4 * 3_600 * S;
    const big = advance(start, T0, to);
    let home = start;
    const events: HomeEvent[] = [];
    let seed = 42;
    for (let t = T0; t < to;) {
      seed = (seed * 16807) % 2_147_483_647;
      const next = Math.min(to, t + 1 + (seed % 90_000));
      const result = advance(home, t, next);
      home = result.home;
      events.push(...result.events);
      t = next;
    }
    expect(home).toEqual(big.home);
    expect(events.map(({ id: _id, ...e }) => e)).toEqual(big.events.map(({ id: _id, ...e }) => e));
  });
});

describe('ambientTemperature', () => {
  const home = (entities: Home['entities'], areas: Home['areas'] = []): Home => ({
    floors: [],
    areas,
    entities,
  });

  it.each([
    [
      'a sensor named outside',
      home([
        sensor('sensor.outside_temperature', 'Outside temperature', 'garage', 'temperature', 4.5),
      ]),
      4.5,
    ],
    [
      'a sensor in the garden',
      home(
        [sensor('sensor.t1', 'Thermometer', 'garden', 'temperature', -2)],
        [{ id: 'garden', name: 'Garden' }],
      ),
      -2,
    ],
    [
      'only indoor sensors',
      home([
        sensor('sensor.kitchen_temperature', 'Kitchen temperature', 'kitchen', 'temperature', 21),
      ]),
      DEFAULT_AMBIENT,
    ],
    [
      'an outdoor humidity sensor only',
      home([sensor('sensor.outside_humidity', 'Outside humidity', 'garden', 'humidity', 80)]),
      DEFAULT_AMBIENT,
    ],
    [
      'no sensors',
      home([thermostat('climate.x', 'Thermostat', 'hall', 'heat', 20, 20)]),
      DEFAULT_AMBIENT,
    ],
  ])('with %s', (_what, h, expected) => {
    expect(ambientTemperature(h)).toBe(expected);
  });
});
