import { describe, expect, it } from 'vitest';
import { zonedToInstant } from '../clock/zoned.ts';
import type { GrowingHistoryIndex } from './historyIndex.ts';
import { nobodyHomeAt, settledState, spellsOf, stateAt } from './timeline.ts';
import type { StateChange } from './types.ts';

const TZ = 'Europe/London';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const clock = (daysAgo: number, hour: number, minute = 0) =>
  zonedToInstant({ year: 2025, month: 1, day: 31 - daysAgo, hour, minute }, TZ);

describe('a timeline', () => {
  it('reads the state at any moment by binary search', () => {
    const line: StateChange[] = [
      { at: 100, from: 'off', to: 'on' },
      { at: 200, from: 'on', to: 'off' },
      { at: 300, from: 'off', to: 'on' },
    ];
    expect([50, 100, 150, 200, 299, 300, 1e9].map((t) => stateAt(line, t))).toEqual([
      'off',
      'on',
      'on',
      'off',
      'off',
      'on',
      'on',
    ]);
    expect(stateAt([], 100)).toBeUndefined();
  });

  it('counts covers on their way where they are going, and players as on or off', () => {
    expect(settledState('cover.garage_door', 'closing')).toBe('closed');
    expect(settledState('cover.garage_door', 'opening')).toBe('open');
    expect(settledState('media_player.tv', 'paused')).toBe('on');
    expect(settledState('media_player.tv', 'off')).toBe('off');
    expect(settledState('light.porch', 'on')).toBe('on');
  });
});

describe('spells', () => {
  it('are how long the device stayed in a state each time, opening and open as one', () => {
    const now = clock(0, 12);
    const line: StateChange[] = [
      { at: clock(40, 8), from: 'closed', to: 'opening' },
      { at: clock(40, 8, 1), from: 'opening', to: 'open' },
      { at: clock(40, 8, 2), from: 'open', to: 'closing' },
      { at: clock(3, 8), from: 'closing', to: 'opening' },
      { at: clock(3, 8, 1), from: 'opening', to: 'open' },
      { at: clock(3, 9), from: 'open', to: 'closing' },
      { at: clock(3, 9, 1), from: 'closing', to: 'closed' },
      { at: clock(0, 11), from: 'closed', to: 'opening' },
    ];
    // The first is older than four weeks, and the last has not ended.
    expect(spellsOf('cover.garage_door', line, 'open', now - 28 * DAY, now)).toEqual([
      { start: clock(3, 8), length: HOUR },
    ]);
  });
});

describe('who was home', () => {
  const people = (timelines: Record<string, StateChange[]>, steady: Record<string, string> = {}) =>
    ({
      since: 0,
      until: 0,
      timelines: new Map(Object.entries(timelines)),
      moments: [],
      personal: [],
      steadyPeople: new Map(Object.entries(steady)),
      idsAtUntil: [],
    }) as GrowingHistoryIndex;
  const out: StateChange[] = [
    { at: 100, from: 'home', to: 'not_home' },
    { at: 200, from: 'not_home', to: 'home' },
  ];

  it('is nobody when everyone the history knows was away', () => {
    expect(nobodyHomeAt(people({ 'person.ann': out }), 150)).toBe(true);
    expect(nobodyHomeAt(people({ 'person.ann': out }), 250)).toBe(false);
  });

  it('counts someone who never came or went, as they are now', () => {
    expect(nobodyHomeAt(people({ 'person.ann': out }, { 'person.carer': 'home' }), 150)).toBe(
      false,
    );
    expect(nobodyHomeAt(people({ 'person.ann': out }, { 'person.bob': 'not_home' }), 150)).toBe(
      true,
    );
  });

  it('cannot tell in a home without people', () => {
    expect(nobodyHomeAt(people({ 'light.porch': out }), 150)).toBeUndefined();
  });
});
