// The thermostat process: the room temperature moves toward a goal at a believable rate, in steps
// of 0.01 °C on the grid of simulateStep.ts. Integer hundredths keep the arithmetic exact.
//
// Heating warms the room to the target at 1.5 °C/h, then rests (idle) and holds it; it starts
// again only when the room is more than HVAC_TOLERANCE below the target — the same rule the
// thermostat's own handler uses (domains/climate.ts), so a new set-point and the simulation agree.
// The stored hvac_action is the thermostat's memory: within the tolerance band it keeps doing
// what it was doing, which is what stops it flapping. A resting room never cools below the
// target in heat mode (the heating would hold it), but it drifts up toward a warmer outside at
// 0.3 °C/h, and drifts down toward the target when above it. Cooling mirrors heating at 1 °C/h;
// with the thermostat off the room drifts toward the outside temperature.
import type { Happening, Stepped } from './simulateStep.ts';
import { addChange, ticksBetween, tickTime, unchanged } from './simulateStep.ts';
import { HVAC_TOLERANCE } from './domains/climate.ts';
import type { ClimateEntity } from './model.ts';

type Mode = ClimateEntity['state'];
type Action = ClimateEntity['attributes']['hvac_action'];

/** Milliseconds per 0.01 °C. */
export const CLIMATE_RATES = {
  heat: 24_000, // 1.5 °C per hour
  cool: 36_000, // 1 °C per hour
  drift: 120_000, // 0.3 °C per hour
} as const;

/** The outside temperature assumed when the home has no outside sensor, °C. */
export const DEFAULT_AMBIENT = 12;

const hundredths = (celsius: number): number => Math.round(celsius * 100);
const TOLERANCE = hundredths(HVAC_TOLERANCE);

/** What the thermostat does at room temperature c (hundredths), given what it was doing. */
function actionAt(mode: Mode, c: number, target: number, previous?: Action): Action {
  if (mode === 'off') return 'off';
  const heats = mode === 'heat' || mode === 'heat_cool';
  const cools = mode === 'cool' || mode === 'heat_cool';
  if (heats && (c < target - TOLERANCE || (c < target && previous === 'heating'))) return 'heating';
  if (cools && (c > target + TOLERANCE || (c > target && previous === 'cooling'))) return 'cooling';
  return 'idle';
}

/** What a thermostat in this mode does at this room temperature (°C), starting from rest. */
export function hvacActionFor(mode: Mode, current: number, target: number): Action {
  return actionAt(mode, hundredths(current), hundredths(target));
}

/** The room temperature as shown: the nearest half degree. From hundredths of a degree. */
function shown(c: number): number {
  return Math.round(c / 50) / 2 + 0; // + 0 turns -0 into 0
}

function legFor(mode: Mode, action: Action, c: number, target: number, ambient: number) {
  if (action === 'heating') return { goal: target, period: CLIMATE_RATES.heat };
  if (action === 'cooling') return { goal: target, period: CLIMATE_RATES.cool };
  const drift = (goal: number) => ({ goal, period: CLIMATE_RATES.drift });
  switch (mode) {
    case 'off':
      return drift(ambient);
    case 'heat':
      // Resting: up toward a warmer outside, else down to the target at most.
      return drift(ambient >= c ? ambient : Math.max(ambient, Math.min(c, target)));
    case 'cool':
      return drift(ambient <= c ? ambient : Math.min(ambient, Math.max(c, target)));
    case 'heat_cool':
      return drift(c);
  }
}

const mod = (n: number, m: number): number => ((n % m) + m) % m;

/**
 * Moments the shown (half-degree) value changes while moving from c0 by `moved` hundredths.
 * Only these become events, so a day of heating costs a few dozen events, not thousands.
 */
function crossings(
  list: Happening[],
  c0: number,
  dir: number,
  moved: number,
  t0: number,
  period: number,
): void {
  // Shown values change between v and v + 1 where v + 1 ≡ 25 (mod 50).
  const first = dir > 0 ? c0 + 1 + mod(25 - (c0 + 1), 50) : c0 - 1 - mod(c0 - 1 - 24, 50);
  for (let x = first; Math.abs(x - c0) <= moved; x += 50 * dir) {
    const at = tickTime(t0, Math.abs(x - c0), period);
    addChange(list, at, { key: 'current_temperature', from: shown(x - dir), to: shown(x) });
  }
}

export function stepClimate(
  entity: ClimateEntity,
  from: number,
  to: number,
  ambientCelsius: number,
): Stepped<ClimateEntity> {
  const mode = entity.state;
  const target = hundredths(entity.attributes.temperature);
  const ambient = hundredths(Math.min(80, Math.max(-60, ambientCelsius)));
  let c = hundredths(entity.attributes.current_temperature);
  let action = entity.attributes.hvac_action;
  const happenings: Happening[] = [];
  const syncAction = (at: number): void => {
    const next = actionAt(mode, c, target, action);
    if (next === action) return;
    addChange(happenings, at, { key: 'hvac_action', from: action, to: next });
    action = next;
  };

  syncAction(from);
  let t = from;
  // A room goes through at most two legs (e.g. heat to the target, then drift up toward a warmer
  // outside); the bound only guards against a mistake turning into an endless loop.
  for (let leg = 0; leg < 4; leg++) {
    const { goal, period } = legFor(mode, action, c, target, ambient);
    if (goal === c) break;
    const dir = Math.sign(goal - c);
    const distance = Math.abs(goal - c);
    const moved = Math.min(ticksBetween(t, to, period), distance);
    crossings(happenings, c, dir, moved, t, period);
    c += dir * moved;
    if (moved < distance) break;
    t = tickTime(t, distance, period);
    syncAction(t);
  }

  const current = c / 100;
  if (
    current === entity.attributes.current_temperature &&
    action === entity.attributes.hvac_action
  ) {
    return unchanged(entity);
  }
  return {
    entity: {
      ...entity,
      attributes: { ...entity.attributes, current_temperature: current, hvac_action: action },
    },
    happenings,
  };
}
