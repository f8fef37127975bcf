import { describe, expect, it } from 'vitest';
import {
  clockFrom,
  pauseClock,
  resumeClock,
  setClockRate,
  setClockTime,
  simClockStateSchema,
  simNow,
  startClock,
  type SimClockState,
} from './simClock.ts';

const SIM0 = Date.UTC(2026, 10, 23, 8, 0, 0); // 2026-11-23 08:00Z
const REAL0 = 1_700_000_000_000;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('simNow', () => {
  it.each([
    [1, 10 * SECOND, 10 * SECOND],
    [1, 2 * HOUR, 2 * HOUR],
    [60, 1 * SECOND, 1 * MINUTE],
    [60, 1 * MINUTE, 1 * HOUR],
    [60, 24 * MINUTE, 24 * HOUR],
    [3600, 1 * SECOND, 1 * HOUR],
    [3600, 24 * SECOND, 24 * HOUR],
    [3600, 250, 15 * MINUTE],
  ])('at %i× a real span of %i ms advances sim time by %i ms', (rate, real, sim) => {
    const s = startClock(SIM0, REAL0, rate);
    expect(simNow(s, REAL0)).toBe(SIM0);
    expect(simNow(s, REAL0 + real)).toBe(SIM0 + sim);
  });

  it('stands still while paused', () => {
    const s = startClock(SIM0, REAL0, 60, true);
    expect(simNow(s, REAL0 + HOUR)).toBe(SIM0);
  });

  it('rounds to whole milliseconds at fractional rates', () => {
    const s = startClock(SIM0, REAL0, 1.5);
    expect(Number.isInteger(simNow(s, REAL0 + 1))).toBe(true);
  });
});

describe('re-anchoring keeps continuity', () => {
  it('pause freezes at the current sim time and resume continues from it', () => {
    let s: SimClockState = startClock(SIM0, REAL0, 60);
    const t1 = REAL0 + 10 * SECOND; // sim +10 min
    s = pauseClock(s, t1);
    expect(s.paused).toBe(true);
    expect(simNow(s, t1)).toBe(SIM0 + 10 * MINUTE);
    expect(simNow(s, t1 + HOUR)).toBe(SIM0 + 10 * MINUTE);

    const t2 = t1 + HOUR;
    s = resumeClock(s, t2);
    expect(s.paused).toBe(false);
    expect(simNow(s, t2)).toBe(SIM0 + 10 * MINUTE);
    expect(simNow(s, t2 + SECOND)).toBe(SIM0 + 11 * MINUTE);
  });

  it('changing rate does not jump, and the new rate applies from then on', () => {
    let s: SimClockState = startClock(SIM0, REAL0, 1);
    const t1 = REAL0 + 30 * SECOND;
    const before = simNow(s, t1);
    s = setClockRate(s, 3600, t1);
    expect(simNow(s, t1)).toBe(before);
    expect(simNow(s, t1 + 2 * SECOND)).toBe(before + 2 * HOUR);

    const t2 = t1 + 2 * SECOND;
    s = setClockRate(s, 60, t2);
    expect(simNow(s, t2)).toBe(before + 2 * HOUR);
    expect(simNow(s, t2 + MINUTE)).toBe(before + 3 * HOUR);
  });

  it('changing rate while paused keeps it paused at the same time', () => {
    let s = pauseClock(startClock(SIM0, REAL0, 1), REAL0 + 5 * SECOND);
    s = setClockRate(s, 3600, REAL0 + HOUR);
    expect(simNow(s, REAL0 + 2 * HOUR)).toBe(SIM0 + 5 * SECOND);
    s = resumeClock(s, REAL0 + 2 * HOUR);
    expect(simNow(s, REAL0 + 2 * HOUR + SECOND)).toBe(SIM0 + 5 * SECOND + HOUR);
  });

  it('set moves to the chosen time and keeps rate and pause state', () => {
    const target = Date.UTC(2026, 2, 29, 0, 30);
    let s = setClockTime(startClock(SIM0, REAL0, 60), target, REAL0 + HOUR);
    expect(simNow(s, REAL0 + HOUR)).toBe(target);
    expect(simNow(s, REAL0 + HOUR + SECOND)).toBe(target + MINUTE);

    s = setClockTime(pauseClock(s, REAL0 + HOUR), SIM0, REAL0 + 2 * HOUR);
    expect(s.paused).toBe(true);
    expect(simNow(s, REAL0 + 3 * HOUR)).toBe(SIM0);
  });

  it('pause and resume are idempotent in time', () => {
    let s = startClock(SIM0, REAL0, 60);
    s = pauseClock(pauseClock(s, REAL0 + SECOND), REAL0 + 2 * SECOND);
    expect(simNow(s, REAL0 + 3 * SECOND)).toBe(SIM0 + MINUTE);
    s = resumeClock(resumeClock(s, REAL0 + 4 * SECOND), REAL0 + 5 * SECOND);
    expect(simNow(s, REAL0 + 5 * SECOND)).toBe(SIM0 + 2 * MINUTE);
  });

  it('produces states the schema accepts', () => {
    const s = setClockRate(pauseClock(startClock(SIM0, REAL0), REAL0 + 1), 60, REAL0 + 2);
    expect(simClockStateSchema.parse(s)).toEqual(s);
  });
});

describe('clockFrom', () => {
  it('reads the current state and real time on every call', () => {
    let real = REAL0;
    let state = startClock(SIM0, REAL0, 60);
    const clock = clockFrom(
      () => state,
      () => real,
    );
    expect(clock.now()).toBe(SIM0);
    real += SECOND;
    expect(clock.now()).toBe(SIM0 + MINUTE);
    state = pauseClock(state, real);
    real += HOUR;
    expect(clock.now()).toBe(SIM0 + MINUTE);
  });
});
