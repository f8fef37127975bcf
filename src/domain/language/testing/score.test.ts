import { describe, expect, it } from 'vitest';
import { norm, rate, report, scoreCase, slotOk, tally, type CorpusCase } from './score.ts';

const turnOn: CorpusCase = {
  text: 'turn on the kitchen lights',
  intent: 'HassTurnOn',
  slots: { area: 'Kitchen', domain: 'light' },
};

describe('scoring as score_intents.py does', () => {
  it('normalises text and numbers the same way', () => {
    expect(norm('  Living   Room ')).toBe('living room');
    expect(norm('50%')).toBe(50);
    expect(norm('50 %')).toBe(50);
    expect(norm('1e2')).toBe(100);
    expect(norm('')).toBe('');
    expect(norm(20)).toBe(20);
    expect(norm(true)).toBe(true);
  });

  it('compares slots by value, whatever the case, spacing or number form', () => {
    expect(slotOk('area', 'Living Room', 'living room')).toBe(true);
    expect(slotOk('brightness', 50, '50%')).toBe(true);
    expect(slotOk('brightness', 50, 51)).toBe(false);
    expect(slotOk('area', 'Kitchen', undefined)).toBe(false);
  });

  it('counts "name: all" as right when no name is given or the name is "all"', () => {
    expect(slotOk('name', 'all', undefined)).toBe(true);
    expect(slotOk('name', 'All', 'ALL')).toBe(true);
    expect(slotOk('name', 'all', 'Ceiling fan')).toBe(false);
  });

  it('accepts any of a list of values, and does not compare internal objects', () => {
    expect(slotOk('state', ['on', 'idle'], 'idle')).toBe(true);
    expect(slotOk('state', ['on', 'idle'], ['on', 'idle'])).toBe(true);
    expect(slotOk('state', ['on', 'idle'], ['on', 'off'])).toBe(false);
    expect(slotOk('alternate_state', { on: 'x' }, 'anything')).toBe(true);
  });

  it('needs the intent (or its alias) and every listed slot, ignoring HA-internal slots', () => {
    expect(
      scoreCase(turnOn, { intent: 'HassTurnOn', slots: { area: 'kitchen', domain: 'light' } }),
    ).toEqual({ intentOk: true, fullOk: true });
    expect(scoreCase(turnOn, { intent: 'HassTurnOn', slots: { domain: 'light' } })).toEqual({
      intentOk: true,
      fullOk: false,
    });
    const mute: CorpusCase = { text: 'mute', intent: 'MediaMute', slots: { actual_state: 'on' } };
    expect(scoreCase(mute, { intent: 'HassMediaMute', slots: {} }).fullOk).toBe(true);
  });

  it('tallies a run and reports its misses', () => {
    const t = tally(
      [turnOn, { ...turnOn, text: 'lights on', context: { area: 'Kitchen' } }],
      [
        { intent: 'HassTurnOn', slots: { area: 'Kitchen', domain: 'light' } },
        { intent: 'Unknown' },
      ],
    );
    expect(t).toMatchObject({ n: 2, intent: 1, full: 1 });
    expect(rate(t)).toBe(0.5);
    expect(t.misses).toEqual([
      {
        text: 'lights on',
        area: 'Kitchen',
        want: { intent: 'HassTurnOn', slots: { area: 'Kitchen', domain: 'light' } },
        got: { intent: 'Unknown', slots: {} },
      },
    ]);
    expect(report(t)).toContain('"lights on" [in Kitchen]: want HassTurnOn');
  });
});
