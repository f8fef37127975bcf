import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../activity/event.ts';
import type { Home, MediaEntity } from './model.ts';
import { media } from './scenarios/make.ts';
import { advance } from './simulate.ts';

const T0 = Date.UTC(2025, 0, 15, 19, 30);
const S = 1000;

// So What is 562 s, Blue in Green 337 s, Jazz FM is a radio stream (endless).
function player(
  state: MediaEntity['state'],
  mediaId: string | undefined,
  position: number,
  queue: string[] = [],
): Home {
  return {
    floors: [],
    areas: [{ id: 'kitchen', name: 'Kitchen' }],
    entities: [
      media('media_player.speaker', 'Kitchen speaker', 'kitchen', 'speaker', state, {
        volume: 30,
        ...(mediaId ? { mediaId } : {}),
        position,
        queue,
      }),
    ],
  };
}

const speaker = (home: Home) => home.entities[0] as MediaEntity;

describe('media player', () => {
  it('advances the position while playing', () => {
    expect(
      speaker(advance(player('playing', 'song.so_what', 100), T0, T0 + 30 * S).home).attributes
        .media_position,
    ).toBe(130);
  });

  it.each(['paused', 'idle', 'off'] as const)('does nothing while %s', (state) => {
    const home = player(state, state === 'paused' ? 'song.so_what' : undefined, 100);
    expect(advance(home, T0, T0 + 3_600_000)).toEqual({ home, events: [] });
  });

  it('starts the next item of the queue at the end of the current one', () => {
    const { home, events } = advance(
      player('playing', 'song.so_what', 500, ['song.blue_in_green', 'song.something']),
      T0,
      T0 + 100 * S,
    );
    expect(speaker(home)).toMatchObject({
      state: 'playing',
      attributes: { media_id: 'song.blue_in_green', media_position: 38, queue: ['song.something'] },
    });
    expect(events).toMatchObject([
      {
        at: T0 + 62 * S,
        changes: [{ key: 'media_id', from: 'song.so_what', to: 'song.blue_in_green' }],
        cause: { kind: 'simulation', process: 'media' },
      },
    ]);
  });

  it('plays through several items in one jump and falls idle at the end of the queue', () => {
    const { home, events } = advance(
      player('playing', 'song.so_what', 500, ['song.blue_in_green', 'song.something']),
      T0,
      T0 + 3 * 86_400 * S,
    );
    expect(events.map((e) => [e.at - T0, e.changes])).toEqual([
      [62 * S, [{ key: 'media_id', from: 'song.so_what', to: 'song.blue_in_green' }]],
      [399 * S, [{ key: 'media_id', from: 'song.blue_in_green', to: 'song.something' }]],
      [
        581 * S,
        [
          { key: 'state', from: 'playing', to: 'idle' },
          { key: 'media_id', from: 'song.something', to: null },
        ],
      ],
    ]);
    expect(speaker(home)).toMatchObject({
      state: 'idle',
      attributes: { media_position: 0, queue: [] },
    });
    expect(speaker(home).attributes).not.toHaveProperty('media_id');
  });

  it('never ends a radio stream', () => {
    const { home, events } = advance(
      player('playing', 'radio.jazz_fm', 0),
      T0,
      T0 + 3 * 86_400 * S,
    );
    expect(events).toEqual([]);
    expect(speaker(home)).toMatchObject({
      state: 'playing',
      attributes: { media_id: 'radio.jazz_fm', media_position: 86_400 },
    });
  });

  it('stays on a radio stream in the queue', () => {
    const { home, events } = advance(
      player('playing', 'song.baby_shark', 70, ['radio.jazz_fm', 'song.something']),
      T0,
      T0 + 3_600_000,
    );
    expect(events).toHaveLength(1);
    expect(speaker(home).attributes).toMatchObject({
      media_id: 'radio.jazz_fm',
      queue: ['song.something'],
    });
  });

  it('ends an item whose position is already past its end at once', () => {
    const { events } = advance(player('playing', 'song.baby_shark', 500), T0, T0 + 1);
    expect(events).toMatchObject([
      {
        at: T0,
        changes: [
          { key: 'state', to: 'idle' },
          { key: 'media_id', to: null },
        ],
      },
    ]);
  });

  it.each([
    ['250 ms', 250],
    ['one frame (16 ms)', 16],
    ['a minute and a bit', 61_237],
  ])('switches items at the same moments in steps of %s as in one step', (_what, step) => {
    const start = player('playing', 'song.hounds_of_love', 17.5, [
      'song.cloudbusting',
      'song.running_up_that_hill',
    ]);
    const from = T0 + 3;
    const to = from + 900 * S;
    const big = advance(start, from, to);
    const events: HomeEvent[] = [];
    let home = start;
    for (let t = from; t < to; t = Math.min(to, t + step)) {
      const result = advance(home, t, Math.min(to, t + step));
      home = result.home;
      events.push(...result.events);
    }
    expect(home).toEqual(big.home);
    expect(events.map(({ id: _id, ...e }) => e)).toEqual(big.events.map(({ id: _id, ...e }) => e));
    expect(big.events).toHaveLength(3);
  });
});
