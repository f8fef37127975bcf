// Starting the app: open the database (loading a scenario into a fresh one, or the one asked for
// with ?scenario=), place the clock (?now= starts it paused there), start the simulation and
// expose the test API. URL parameters are applied once and then removed from the address, so a
// reload keeps what the person did since.
import { DEFAULT_SCENARIO } from '../domain/home/scenarios/names.ts';
import { parseNowParam } from '../domain/clock/parseNow.ts';
import { resumeClock, simNow, startClock, type SimClockState } from '../domain/clock/simClock.ts';
import { DEFAULT_SETTINGS } from '../domain/settings/settings.ts';
import { getDb } from '../persistence/instance.ts';
import {
  getClockState,
  getHomeSettings,
  getMeta,
  saveClockState,
} from '../persistence/settings.ts';
import { watchClockState } from '../persistence/watch.ts';
import { rewindSimulation } from '../persistence/simulation.ts';
import { useClock } from '../stores/clock.ts';
import { notify } from '../stores/notifications.ts';
import { readHeartbeat, startSimulation } from '../stores/simulation.ts';
import { loadScenario, scenarioExists, unknownScenario } from '../stores/scenario.ts';

export interface BootResult {
  problem?: string;
  stop: () => void;
}

/** Heartbeats older than this mean no tab was open: the clock stood still meanwhile. */
const STALE_HEARTBEAT_MS = 10_000;

/** The clock as it was left: time in the simulated home moves only while the app is open. */
async function restoreClock(): Promise<SimClockState> {
  const real = Date.now();
  const stored = await getClockState(getDb());
  if (!stored) return startClock(real, real, 1, false);
  const beat = readHeartbeat();
  if (!stored.paused && beat && real - beat.real > STALE_HEARTBEAT_MS) {
    return resumeClock({ ...stored, anchorSim: beat.sim, anchorReal: real, paused: true }, real);
  }
  return stored;
}

/** ?now= starts the clock paused at that moment, in the home's time zone. */
async function clockFromParam(nowParam: string): Promise<SimClockState | undefined> {
  const settings = await getHomeSettings(getDb()).catch(() => DEFAULT_SETTINGS);
  const at = parseNowParam(nowParam, settings.location.timeZone);
  if (at !== undefined) return startClock(at, Date.now(), 1, true);
  notify({
    tone: 'error',
    title: 'That start time was not understood',
    body: `“${nowParam}” is not a date and time like 2026-03-03T07:30.`,
  });
  return undefined;
}

export async function boot(): Promise<BootResult> {
  try {
    const db = getDb();
    const url = new URL(window.location.href);
    const scenarioParam = url.searchParams.get('scenario');
    const nowParam = url.searchParams.get('now');
    let clock = await restoreClock();
    useClock.getState().adopt(clock);
    const meta = await getMeta(db);
    const known = scenarioParam ? await scenarioExists(scenarioParam) : false;
    if (scenarioParam && !known) {
      notify({
        tone: 'error',
        title: 'Scenario not found',
        body: await unknownScenario(scenarioParam),
      });
    }
    const scenario = scenarioParam && known ? scenarioParam : meta ? undefined : DEFAULT_SCENARIO;
    // ?now= comes first so that a scenario is built around that moment: its "recent" events
    // (a motion sensor that just fired) are then recent at the time the test or demo starts.
    const atParam = nowParam ? await clockFromParam(nowParam) : undefined;
    if (atParam) clock = atParam;
    if (scenario) {
      await loadScenario(scenario, clock, { keepTime: atParam !== undefined });
      clock = useClock.getState().state;
    }
    await saveClockState(db, clock);
    if (atParam) {
      const at = simNow(clock, Date.now());
      await rewindSimulation(db, at);
      // Starting somewhere else in time is not "the app was closed meanwhile": nothing is missed.
      await (await import('../persistence/routineRunner.ts')).restartRunner(db, at);
    }
    useClock.getState().adopt(clock);
    if (scenarioParam || nowParam) {
      url.searchParams.delete('scenario');
      url.searchParams.delete('now');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    // Another tab pausing or setting the clock applies here too.
    const stopClockWatch = watchClockState(
      getDb(),
      (state) => state && useClock.getState().adopt(state),
    );
    const stopSimulation = startSimulation();
    // The test API and the assistant's attention are loaded after the first render: the first
    // paint never waits for them.
    let stopLater: (() => void) | undefined;
    let stopped = false;
    void import('./afterFirstRender.tsx').then(({ startAfterFirstRender }) => {
      if (!stopped) stopLater = startAfterFirstRender();
    });
    return {
      stop: () => {
        stopped = true;
        stopClockWatch();
        stopSimulation();
        stopLater?.();
      },
    };
  } catch (error) {
    console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    return {
      problem: `The browser's storage could not be opened (${message}). Private windows of some browsers block it; try a normal window.`,
      stop: () => undefined,
    };
  }
}
