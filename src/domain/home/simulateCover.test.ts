import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../activity/event.ts';
import type { CoverEntity, Home } from './model.ts';
import { cover } from './scenarios/make.ts';
import { advance } from './simulate.ts';

const T0 = Date.UTC(2025, 0, 15, 19, 30);

function moving(
  deviceClass: CoverEntity['attributes']['device_class'],
  position: number,
  target: number,
  travel?: number,
): Home {
  const c = cover('cover.x', 'Blinds', 'lounge', deviceClass, position);
  return {
    floors: [],
    areas: [{ id: 'lounge', name: 'Lounge' }],
    entities: [
      {
        ...c,
        state: target > position ? 'opening' : 'closing',
        attributes: {
          ...c.attributes,
          target_position: target,
          ...(travel === undefined ? {} : { travel_seconds: travel }),
        },
      },
      cover('cover.still', 'Still blind', 'lounge', 'blind', 50),
    ],
  };
}

const first = (home: Home) => home.entities[0] as CoverEntity;

function inSteps(home: Home, from: number, to: number, step: number) {
  const events: HomeEvent[] = [];
  let h = home;
  for (let t = from; t < to; t = Math.min(to, t + step)) {
    const result = advance(h, t, Math.min(to, t + step));
    h = result.home;
    events.push(...result.events);
  }
  return { home: h, events };
}

describe('cover', () => {
  it.each([
    [
      'a blind opening, half way',
      moving('blind', 0, 100),
      3000,
      { state: 'opening', attributes: { position: 50, target_position: 100 } },
    ],
    [
      'a blind opening, arrived',
      moving('blind', 0, 100),
      6000,
      { state: 'open', attributes: { position: 100 } },
    ],
    [
      'a curtain closing to 30 %',
      moving('curtain', 100, 30),
      8000,
      { state: 'open', attributes: { position: 30 } },
    ],
    [
      'a shade closing fully',
      moving('shade', 50, 0),
      3000,
      { state: 'closed', attributes: { position: 0 } },
    ],
    [
      'a garage door, 4 s into 12',
      moving('garage', 0, 100),
      4000,
      { state: 'opening', attributes: { position: 33 } },
    ],
    [
      'a garage door, arrived',
      moving('garage', 0, 100),
      12_000,
      { state: 'open', attributes: { position: 100 } },
    ],
    [
      'a cover with no travel time',
      moving('blind', 0, 60, 0),
      1,
      { state: 'open', attributes: { position: 60 } },
    ],
  ])('%s', (_what, home, ms, expected) => {
    expect(first(advance(home, T0, T0 + ms).home)).toMatchObject(expected);
  });

  it('drops the target on arrival', () => {
    expect(
      first(advance(moving('blind', 0, 100), T0, T0 + 10_000).home).attributes,
    ).not.toHaveProperty('target_position');
  });

  it.each([
    ['a blind', moving('blind', 0, 100), 6000, 'opening', 'open', 0, 100],
    ['a garage door', moving('garage', 100, 0), 12_000, 'closing', 'closed', 100, 0],
    ['a curtain to 25 %', moving('curtain', 0, 25), 2000, 'opening', 'open', 0, 25],
  ])(
    'emits one event for %s, at the arrival, not at the end of the step',
    (_what, home, arrival, from, to, fromPosition, toPosition) => {
      const { events } = advance(home, T0, T0 + 3_600_000);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        at: T0 + arrival,
        entityId: 'cover.x',
        area: 'lounge',
        changes: [
          { key: 'state', from, to },
          { key: 'position', from: fromPosition, to: toPosition },
        ],
        cause: { kind: 'simulation', process: 'cover' },
      });
    },
  );

  it('emits nothing while travelling, and leaves covers at rest alone', () => {
    const home = moving('blind', 0, 100);
    const { home: after, events } = advance(home, T0, T0 + 5000);
    expect(events).toEqual([]);
    expect(after.entities[1]).toBe(home.entities[1]);
  });

  it('leaves a moving cover untouched within one percent of travel', () => {
    const home = moving('garage', 0, 100);
    expect(advance(home, T0, T0 + 100).home).toBe(home);
  });

  it.each([
    ['250 ms', 250],
    ['one frame (16 ms)', 16],
    ['0.7 s', 700],
    ['3 s', 3000],
  ])('arrives at the same moment in steps of %s as in one step', (_what, step) => {
    for (const home of [
      moving('blind', 3, 97),
      moving('garage', 100, 0),
      moving('curtain', 20, 75, 7.5),
    ]) {
      const from = T0 + 11;
      const big = advance(home, from, from + 20_000);
      const small = inSteps(home, from, from + 20_000, step);
      expect(small.home).toEqual(big.home);
      expect(small.events.map((e) => [e.at, e.changes[0], e.changes[1]?.to])).toEqual(
        big.events.map((e) => [e.at, e.changes[0], e.changes[1]?.to]),
      );
      expect(big.events).toHaveLength(1);
    }
  });
});
