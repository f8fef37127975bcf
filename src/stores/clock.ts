// The simulated clock as the running session sees it. The persisted SimClockState is the truth
// (shared by every tab through the database); `now` is re-read from it on every tick.
import { create } from 'zustand';
import {
  pauseClock,
  resumeClock,
  setClockRate,
  setClockTime,
  simNow,
  startClock,
  type SimClockState,
} from '../domain/clock/simClock.ts';
import { getDb } from '../persistence/instance.ts';
import { saveClockState } from '../persistence/settings.ts';
import { rewindSimulation } from '../persistence/simulation.ts';

interface ClockStore {
  state: SimClockState;
  /** Simulated epoch ms, refreshed by the runtime's tick. */
  now: number;
  /** Adopt a state (from the database or another tab) without writing it back. */
  adopt(state: SimClockState): void;
  refresh(): void;
}

export const useClock = create<ClockStore>((set, get) => ({
  state: startClock(Date.now(), Date.now(), 1, true),
  now: Date.now(),
  adopt: (state) => set({ state, now: simNow(state, Date.now()) }),
  refresh: () => {
    const now = simNow(get().state, Date.now());
    if (now !== get().now) set({ now });
  },
}));

/** The simulated time now, for domain calls made from the UI. */
export function simulatedNow(): number {
  return simNow(useClock.getState().state, Date.now());
}

async function change(next: (state: SimClockState, realNow: number) => SimClockState) {
  const state = next(useClock.getState().state, Date.now());
  useClock.getState().adopt(state);
  await saveClockState(getDb(), state);
}

export const clockActions = {
  pause: () => change(pauseClock),
  resume: () => change(resumeClock),
  run: (rate: number) => change((s, real) => resumeClock(setClockRate(s, rate, real), real)),
  setRate: (rate: number) => change((s, real) => setClockRate(s, rate, real)),
  setTime: async (simTime: number) => {
    const before = simulatedNow();
    await change((s, real) => setClockTime(s, simTime, real));
    if (simTime < before) {
      await rewindSimulation(getDb(), simTime);
      // Schedules between the new time and the old come round again (loaded lazily: routines
      // are not on the first page).
      await (await import('../persistence/routineRunner.ts')).rewindRunner(getDb(), simTime);
    }
  },
};
