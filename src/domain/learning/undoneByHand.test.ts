import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../activity/event.ts';
import { markUndoneByHand } from './undoneByHand.ts';
import type { ObservedTurn } from './types.ts';

const T = 1_700_000_000_000;
const turn: ObservedTurn = {
  text: 'shush the telly',
  at: T,
  outcome: 'acted',
  targets: ['media_player.tv'],
};

function event(
  at: number,
  cause: HomeEvent['cause'],
  from: string,
  to: string,
  entityId = 'media_player.tv',
): HomeEvent {
  return {
    id: `e${at}${to}`,
    at,
    entityId,
    entityName: 'TV',
    domain: 'media_player',
    changes: [{ key: 'state', from, to }],
    cause,
  };
}

const voice = { kind: 'voice' as const, utterance: 'shush the telly' };
const manual = { kind: 'manual' as const };

describe('markUndoneByHand', () => {
  it('marks a turn whose change was set back by hand within two minutes', () => {
    const events = [event(T, voice, 'playing', 'off'), event(T + 30_000, manual, 'off', 'playing')];
    expect(markUndoneByHand([turn], events)[0]?.undone).toBe(true);
  });

  it('leaves it when the change by hand came too late, or changed something else', () => {
    const late = [
      event(T, voice, 'playing', 'off'),
      event(T + 3 * 60_000, manual, 'off', 'playing'),
    ];
    expect(markUndoneByHand([turn], late)[0]?.undone).toBeUndefined();
    const other = [
      event(T, voice, 'playing', 'off'),
      event(T + 10_000, manual, 'off', 'on', 'light.lamp'),
    ];
    expect(markUndoneByHand([turn], other)[0]?.undone).toBeUndefined();
  });

  it('does not count a change by a routine or the simulation, nor a turn that only answered', () => {
    const byRoutine = [
      event(T, voice, 'playing', 'off'),
      event(
        T + 10_000,
        { kind: 'routine', routineId: 'r', routineName: 'R', runId: 'x' } as HomeEvent['cause'],
        'off',
        'playing',
      ),
    ];
    expect(markUndoneByHand([turn], byRoutine)[0]?.undone).toBeUndefined();
    const answered = { ...turn, outcome: 'answered' as const };
    const events = [event(T, voice, 'playing', 'off'), event(T + 10_000, manual, 'off', 'playing')];
    expect(markUndoneByHand([answered], events)[0]?.undone).toBeUndefined();
  });

  it('reads order, not time, when the clock is paused', () => {
    const events = [event(T, voice, 'playing', 'off'), event(T, manual, 'off', 'playing')];
    expect(markUndoneByHand([turn], events)[0]?.undone).toBe(true);
    const before = [event(T, manual, 'off', 'playing'), event(T, voice, 'playing', 'off')];
    expect(markUndoneByHand([turn], before)[0]?.undone).toBeUndefined();
  });

  it('follows a request through the routine it ran', () => {
    const viaRoutine = {
      kind: 'routine',
      routineId: 'r',
      routineName: 'R',
      runId: 'x',
      parent: voice,
    } as HomeEvent['cause'];
    const events = [
      event(T, viaRoutine, 'playing', 'off'),
      event(T + 5_000, manual, 'off', 'playing'),
    ];
    expect(markUndoneByHand([turn], events)[0]?.undone).toBe(true);
  });
});
