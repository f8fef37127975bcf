// The simulated clock. Simulated time is a pure function of real time (Date.now()), so that
// Playwright's page.clock, which controls Date and timers, drives the app's clock too:
//   sim = anchorSim + (real - anchorReal) * rate   (or anchorSim while paused)
// Every change re-anchors at the current instant, so the simulated time never jumps.
import { z } from '../zod.ts';

export const CLOCK_RATES = [1, 60, 3600] as const;

// z.number() already refuses NaN and ±Infinity.
export const simClockStateSchema = z.strictObject({
  /** Real epoch ms at the last re-anchoring. */
  anchorReal: z.number(),
  /** Simulated epoch ms at that moment. */
  anchorSim: z.number().check(z.minimum(0)),
  /** Simulated ms per real ms. */
  rate: z.number().check(z.minimum(0), z.maximum(100_000)),
  paused: z.boolean(),
});
export type SimClockState = z.infer<typeof simClockStateSchema>;

/** Anything that can tell the time; domain code takes one (or a `now`) instead of reading Date. */
export interface Clock {
  now(): number;
}

export function simNow(state: SimClockState, realNow: number): number {
  if (state.paused) return state.anchorSim;
  return Math.round(state.anchorSim + (realNow - state.anchorReal) * state.rate);
}

export function startClock(
  simTime: number,
  realNow: number,
  rate = 1,
  paused = false,
): SimClockState {
  return { anchorReal: realNow, anchorSim: simTime, rate, paused };
}

export function pauseClock(state: SimClockState, realNow: number): SimClockState {
  return { ...state, anchorSim: simNow(state, realNow), anchorReal: realNow, paused: true };
}

export function resumeClock(state: SimClockState, realNow: number): SimClockState {
  return { ...state, anchorSim: simNow(state, realNow), anchorReal: realNow, paused: false };
}

export function setClockRate(state: SimClockState, rate: number, realNow: number): SimClockState {
  return { ...state, anchorSim: simNow(state, realNow), anchorReal: realNow, rate };
}

export function setClockTime(
  state: SimClockState,
  simTime: number,
  realNow: number,
): SimClockState {
  return { ...state, anchorSim: simTime, anchorReal: realNow };
}

export function clockFrom(state: () => SimClockState, realNow: () => number = Date.now): Clock {
  return { now: () => simNow(state(), realNow()) };
}
