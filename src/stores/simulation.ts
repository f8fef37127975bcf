// The running simulation: one timer that refreshes the clock display and lets the home behave
// (thermostats, covers, media, sensors) and the routines run up to the simulated now. Only one
// tab at a time — the holder of a Web Lock — advances the home; the others see its writes through
// the database. The routine runner is loaded after the first page; until it is, nothing advances.
import { simNow } from '../domain/clock/simClock.ts';
import { useClock } from './clock.ts';
import type * as RunnerModule from './routineRunner.ts';

type Runner = typeof RunnerModule;
let runner: Promise<Runner> | undefined;
const loadRunner = () => (runner ??= import('./routineRunner.ts'));

const TICK_MS = 250;
/** The home is advanced at most this often in real time; the display ticks faster. */
const ADVANCE_EVERY_MS = 1000;
const LOCK_NAME = 'teachable-home-simulation';
export const HEARTBEAT_KEY = 'teachable-home:heartbeat';
const HEARTBEAT_MS = 2000;

export interface Heartbeat {
  real: number;
  sim: number;
}

export function readHeartbeat(): Heartbeat | undefined {
  try {
    const raw = localStorage.getItem(HEARTBEAT_KEY);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    if (value && typeof value === 'object' && 'real' in value && 'sim' in value) {
      const { real, sim } = value as Heartbeat;
      if (Number.isFinite(real) && Number.isFinite(sim)) return { real, sim };
    }
  } catch {
    // A missing or unreadable heartbeat only means "no tab was open".
  }
  return undefined;
}

function writeHeartbeat() {
  try {
    const state = useClock.getState().state;
    localStorage.setItem(
      HEARTBEAT_KEY,
      JSON.stringify({ real: Date.now(), sim: simNow(state, Date.now()) }),
    );
  } catch {
    // Storage can be full or disabled; the clock still works, it just may jump after a reload.
  }
}

/** Starts the loop; returns a function that stops it and gives up the lead. */
export function startSimulation(): () => void {
  let leader = false;
  let busy = false;
  let lastAdvanceReal = 0;
  let releaseLock: (() => void) | undefined;
  let started: Promise<Runner> | undefined;
  // Leading starts the runner once: it records what was missed and interrupted meanwhile.
  const start = () =>
    (started ??= loadRunner().then(async (r) => {
      await r.startRunner(useClock.getState().now);
      return r;
    }));

  if (typeof navigator !== 'undefined' && navigator.locks) {
    navigator.locks
      .request(LOCK_NAME, () => {
        leader = true;
        return new Promise<void>((resolve) => (releaseLock = resolve));
      })
      .catch(() => undefined);
  } else {
    leader = true;
  }

  const step = async () => {
    useClock.getState().refresh();
    const real = Date.now();
    if (!leader || busy || real - lastAdvanceReal < ADVANCE_EVERY_MS) return;
    busy = true;
    lastAdvanceReal = real;
    try {
      await (await start()).advanceWorldTo(useClock.getState().now);
    } catch (error) {
      console.error('The simulation could not advance the home:', error);
    } finally {
      busy = false;
    }
  };

  const timer = setInterval(() => void step(), TICK_MS);
  const heartbeat = setInterval(() => leader && writeHeartbeat(), HEARTBEAT_MS);
  const onHide = () => leader && writeHeartbeat();
  window.addEventListener('pagehide', onHide);
  void step();
  return () => {
    clearInterval(timer);
    clearInterval(heartbeat);
    window.removeEventListener('pagehide', onHide);
    if (leader) writeHeartbeat();
    releaseLock?.();
  };
}

/**
 * Runs the simulation and the routines up to the clock's now at once (after the clock was set or
 * fast-forwarded).
 */
export async function catchUp(): Promise<void> {
  useClock.getState().refresh();
  await (await loadRunner()).advanceWorldTo(useClock.getState().now);
}
