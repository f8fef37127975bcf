// Loading a named scenario (a demo home, and later its history) into a fresh database.
import { setClockTime, simNow, type SimClockState } from '../domain/clock/simClock.ts';
import { getDb } from '../persistence/instance.ts';
import { resetDatabase } from '../persistence/scenario.ts';
import { useClock } from './clock.ts';

/**
 * Loads a scenario into a fresh database. The clock keeps going as it was (or as given), unless
 * the scenario has a moment of its own to start at and the caller did not ask to keep the time.
 */
export async function loadScenario(
  name: string,
  clock: SimClockState = useClock.getState().state,
  { keepTime = false }: { keepTime?: boolean } = {},
): Promise<void> {
  const { findScenario } = await registry();
  const scenario = findScenario(name);
  if (!scenario) throw new Error(await unknownScenario(name));
  const real = Date.now();
  const data = scenario.build(simNow(clock, real));
  if (data.startAt !== undefined && !keepTime) clock = setClockTime(clock, data.startAt, real);
  const start = simNow(clock, real);
  // Rooms keep the order the scenario lists them in (the hall first, say).
  const home = {
    ...data.home,
    areas: data.home.areas.map((a, i) => ({ ...a, order: a.order ?? i })),
  };
  await resetDatabase(getDb(), {
    scenario: scenario.name,
    home,
    ...(data.events ? { events: data.events } : {}),
    ...(data.settings ? { settings: data.settings } : {}),
    ...(data.routines ? { routines: data.routines } : {}),
    clock,
    now: start,
  });
  useClock.getState().adopt(clock);
}

/** The scenarios' data is only needed when one is loaded, so it stays out of the first page. */
const registry = () => import('../domain/home/scenarios/index.ts');

export async function scenarioExists(name: string): Promise<boolean> {
  return (await registry()).findScenario(name) !== undefined;
}

export async function unknownScenario(name: string): Promise<string> {
  const { SCENARIOS } = await registry();
  return `There is no scenario called “${name}”. Try one of: ${SCENARIOS.map((s) => s.name).join(', ')}.`;
}
