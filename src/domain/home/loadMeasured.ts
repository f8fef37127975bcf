// Per-domain conversion for what measures the home: thermostats, sensors and binary sensors.
// Temperatures become °C; other readings keep the file's unit. Every Home Assistant sensor and
// binary sensor class loads; what cannot be shown is skipped, with a warning either way.
import { isBinaryClass, type BinaryClass } from './binaryClasses.ts';
import type { BinarySensorEntity, ClimateEntity, SensorEntity } from './model.ts';
import { TEMPERATURE_LIMITS } from './model.ts';
import { base, pickState, type Context, type Loaded, type Skip } from './loadDevices.ts';
import { clamp, num, numberText, round, temperatureUnit, text, toCelsius } from './loadValues.ts';
import {
  DATE_STATE,
  isSensorClass,
  NUMBER_STATE,
  sensorClass,
  type SensorClass,
} from './sensorClasses.ts';
import { hvacActionFor } from './simulateClimate.ts';

export function loadClimate(e: Loaded, ctx: Context): ClimateEntity {
  const a = e.attributes;
  const mode = pickState(e, ctx, ['off', 'heat', 'cool', 'heat_cool'] as const, 'off', {
    auto: 'heat_cool',
    dry: 'cool',
    fan_only: 'off',
  });
  const unit =
    temperatureUnit(a.temperature_unit) ??
    temperatureUnit(a.unit_of_measurement) ??
    ctx.temperatureUnit;
  const celsius = (v: number | undefined) => (v === undefined ? undefined : toCelsius(v, unit));
  const low = num(a.target_temp_low);
  const high = num(a.target_temp_high);
  const range = low !== undefined && high !== undefined ? (low + high) / 2 : undefined;
  let target = celsius(num(a.temperature) ?? num(a.target_temperature) ?? range);
  let current = celsius(num(a.current_temperature));
  // A thermostat that reports only one of the two is taken to be at its set-point.
  target ??= current ?? 20;
  current ??= target;
  if (unit !== 'C') target = round(target, 0.5);

  const limited = clamp(target, TEMPERATURE_LIMITS.min, TEMPERATURE_LIMITS.max);
  if (limited !== target)
    ctx.warn(
      `target ${numberText(target, 2)} °C is outside ${TEMPERATURE_LIMITS.min}–${TEMPERATURE_LIMITS.max} °C; set to ${limited} °C`,
    );
  const room = Math.round(clamp(current, -60, 80) * 100) / 100;
  if (room !== Math.round(current * 100) / 100)
    ctx.warn(`room temperature ${numberText(current, 2)} °C is out of range; set to ${room} °C`);
  const humidity = num(a.current_humidity);

  return {
    ...base(e),
    domain: 'climate',
    state: mode,
    attributes: {
      temperature: limited,
      current_temperature: room,
      // Computed rather than read: the simulation keeps it consistent with the temperatures.
      hvac_action: hvacActionFor(mode, room, limited),
      ...(humidity === undefined ? {} : { current_humidity: clamp(humidity, 0, 100) }),
    },
  };
}

/** A reading Home Assistant gives for a device it cannot reach: nothing to show. */
const NO_READING = /^(unknown|unavailable|none)$/i;
const UNIT_MAX = 24;

/** A sensor without a class: its unit tells, except '%', which could be humidity or a battery. */
function classFromUnit(e: Loaded, unit: string | undefined): SensorClass | undefined {
  if (unit === undefined) return undefined;
  if (temperatureUnit(unit)) return 'temperature';
  const u = unit.toLowerCase();
  if (u === '%') return /humid/i.test(`${e.id} ${e.name}`) ? 'humidity' : undefined;
  if (u === 'lx' || u === 'lux') return 'illuminance';
  if (u === 'w' || u === 'kw') return 'power';
  return undefined;
}

/** Numeric text as the model keeps it: "21.5", never "2.15e1" or "+21.5". */
function numericState(raw: string, value: number, decimals: number): string | undefined {
  const state = NUMBER_STATE.test(raw) ? raw : numberText(value, decimals);
  return NUMBER_STATE.test(state) ? state : undefined;
}

function loadTemperature(
  e: Loaded,
  ctx: Context,
  raw: string,
  given: string | undefined,
): SensorEntity | Skip {
  const from = given === undefined ? ctx.temperatureUnit : temperatureUnit(given);
  if (!from) return { skip: `unit "${given}" is not understood for a temperature sensor` };
  const value = num(raw);
  if (value === undefined) return { skip: `state "${raw}" is not a number` };
  const celsius = toCelsius(value, from);
  const state = celsius === value ? numericState(raw, value, 1) : numberText(celsius, 1);
  if (state === undefined || !NUMBER_STATE.test(state))
    return { skip: `value ${value} cannot be shown` };
  if (celsius !== value) ctx.warn(`${raw} ${given ?? `°${from}`} read as ${state} °C`);
  return {
    ...base(e),
    domain: 'sensor',
    state,
    attributes: { device_class: 'temperature', unit_of_measurement: '°C' },
  };
}

/**
 * Every Home Assistant sensor class loads, keeping the file's unit; temperatures become °C. A
 * class the table does not know, or none, is a plain sensor showing its number or text. Only a
 * reading that does not fit its class (a temperature of "high") or no reading at all is skipped.
 */
export function loadSensor(e: Loaded, ctx: Context): SensorEntity | Skip {
  const given = text(e.attributes.unit_of_measurement);
  const named = text(e.attributes.device_class)?.toLowerCase();
  let deviceClass: SensorClass | undefined;
  if (isSensorClass(named)) deviceClass = named;
  else if (named)
    ctx.warn(`class "${named}" is not one the simulation knows; read as a plain sensor`);
  else deviceClass = classFromUnit(e, given);

  const raw = e.state;
  if (raw === undefined || NO_READING.test(raw))
    return { skip: `state "${raw ?? ''}" has no reading to show` };
  if (deviceClass === 'temperature') return loadTemperature(e, ctx, raw, given);

  const info = sensorClass(deviceClass);
  let state: string | undefined = raw;
  const value = num(raw);
  if (value !== undefined) state = numericState(raw, value, 2);
  else if (info.reading === 'number') return { skip: `state "${raw}" is not a number` };
  if (state === undefined) return { skip: `value ${raw} cannot be shown` };
  if (info.reading === 'date' && !isDate(state))
    return { skip: `state "${raw}" is not a date like 2024-04-01` };
  if (state.length > 255) {
    ctx.warn('state longer than 255 characters; cut');
    state = state.slice(0, 255).trim();
  }

  let unit = given;
  if (unit !== undefined && unit.length > UNIT_MAX) {
    ctx.warn(`unit "${unit.slice(0, 40)}" is too long; left out`);
    unit = undefined;
  } else if (unit === undefined && info.unit !== undefined && info.reading === 'number') {
    ctx.warn(`no unit; read as ${info.unit}`);
    unit = info.unit;
  }
  return {
    ...base(e),
    domain: 'sensor',
    state,
    attributes: {
      ...(deviceClass && { device_class: deviceClass }),
      ...(unit !== undefined && { unit_of_measurement: unit }),
    },
  };
}

/** "2024-04-01", and a real day of the calendar. */
function isDate(state: string): boolean {
  if (!DATE_STATE.test(state)) return false;
  const date = new Date(`${state}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(state);
}

/** Guesses for a binary sensor whose file gives no class, from its id and name. */
const BINARY_WORDS: [RegExp, BinaryClass][] = [
  [/motion|pir/i, 'motion'],
  [/occupan/i, 'occupancy'],
  [/presence/i, 'presence'],
  [/garage/i, 'garage_door'],
  [/window/i, 'window'],
  [/door/i, 'door'],
  [/smoke/i, 'smoke'],
  [/leak|water|moisture|flood/i, 'moisture'],
  [/charging/i, 'battery_charging'],
  [/battery/i, 'battery'],
  [/vibrat/i, 'vibration'],
  [/tamper/i, 'tamper'],
];

export function loadBinarySensor(e: Loaded, ctx: Context): BinarySensorEntity | Skip {
  const a = e.attributes;
  const raw = text(a.device_class)?.toLowerCase();
  let deviceClass: BinaryClass | undefined;
  if (isBinaryClass(raw)) deviceClass = raw;
  else if (raw) return { skip: `binary sensors of class "${raw}" are not simulated` };
  else deviceClass = BINARY_WORDS.find(([re]) => re.test(`${e.id} ${e.name}`))?.[1];
  if (!deviceClass) return { skip: 'a binary sensor with no class is not simulated' };

  const autoOff = num(a.auto_off_seconds);
  const triggered = num(a.last_triggered);
  return {
    ...base(e),
    domain: 'binary_sensor',
    state: pickState(e, ctx, ['on', 'off'] as const, 'off'),
    attributes: {
      device_class: deviceClass,
      ...(autoOff === undefined ? {} : { auto_off_seconds: Math.round(clamp(autoOff, 0, 3600)) }),
      ...(triggered === undefined ? {} : { last_triggered: triggered }),
    },
  };
}
