// Per-domain conversion for what measures the home: thermostats, sensors and binary sensors.
// Temperatures become °C; classes the model has no place for map to the nearest one or are
// skipped, with a warning either way.
import type { BinarySensorEntity, ClimateEntity, SensorEntity } from './model.ts';
import { BINARY_SENSOR_CLASSES, TEMPERATURE_LIMITS } from './model.ts';
import { base, pickState, type Context, type Loaded, type Skip } from './loadDevices.ts';
import { clamp, num, numberText, round, temperatureUnit, text, toCelsius } from './loadValues.ts';
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

type SensorClass = SensorEntity['attributes']['device_class'];
type SensorUnit = SensorEntity['attributes']['unit_of_measurement'];

/** The model's unit for each class, and how to turn the file's units into it. */
const SENSOR_UNITS: Record<
  SensorClass,
  { unit: SensorUnit; from: Record<string, (v: number) => number>; decimals: number }
> = {
  temperature: {
    unit: '°C',
    from: {
      '°c': (v) => v,
      c: (v) => v,
      '°f': (v) => toCelsius(v, 'F'),
      f: (v) => toCelsius(v, 'F'),
      k: (v) => toCelsius(v, 'K'),
    },
    decimals: 1,
  },
  humidity: { unit: '%', from: { '%': (v) => v }, decimals: 1 },
  illuminance: { unit: 'lx', from: { lx: (v) => v, lux: (v) => v }, decimals: 0 },
  power: { unit: 'W', from: { w: (v) => v, kw: (v) => v * 1000 }, decimals: 1 },
};

function sensorClass(e: Loaded, unit: string | undefined): SensorClass | undefined {
  const given = text(e.attributes.device_class)?.toLowerCase();
  if (given !== undefined) return given in SENSOR_UNITS ? (given as SensorClass) : undefined;
  // No class: the unit tells, except '%' which could be anything from humidity to a battery.
  if (unit === undefined) return undefined;
  if (unit === '%') return /humid/i.test(`${e.id} ${e.name}`) ? 'humidity' : undefined;
  return (Object.keys(SENSOR_UNITS) as SensorClass[]).find((c) => unit in SENSOR_UNITS[c].from);
}

export function loadSensor(e: Loaded, ctx: Context): SensorEntity | Skip {
  const unitText = text(e.attributes.unit_of_measurement)?.toLowerCase();
  const deviceClass = sensorClass(e, unitText);
  if (!deviceClass) {
    const what = text(e.attributes.device_class) ?? (unitText ? `unit ${unitText}` : 'no class');
    return { skip: `sensors of kind "${what}" are not simulated` };
  }
  const spec = SENSOR_UNITS[deviceClass];
  const value = num(e.state);
  if (value === undefined) return { skip: `state "${e.state ?? ''}" is not a number` };
  // A temperature without a unit is in the file's unit; other classes have one natural unit.
  const unit =
    unitText ??
    (deviceClass === 'temperature' ? ctx.temperatureUnit.toLowerCase() : Object.keys(spec.from)[0]);
  const convert = unit === undefined ? undefined : spec.from[unit];
  if (!convert) return { skip: `unit "${unit}" is not understood for a ${deviceClass} sensor` };
  const converted = convert(value);
  const state =
    converted === value && e.state !== undefined && /^-?\d+(\.\d+)?$/.test(e.state)
      ? e.state
      : numberText(converted, spec.decimals);
  if (!/^-?\d+(\.\d+)?$/.test(state)) return { skip: `value ${value} cannot be shown` };
  if (converted !== value)
    ctx.warn(
      `${e.state} ${e.attributes.unit_of_measurement as string} read as ${state} ${spec.unit}`,
    );
  return {
    ...base(e),
    domain: 'sensor',
    state,
    attributes: { device_class: deviceClass, unit_of_measurement: spec.unit },
  };
}

type BinaryClass = BinarySensorEntity['attributes']['device_class'];
/** Home Assistant classes that mean the same as one of the model's. */
const BINARY_MAP: Record<string, BinaryClass> = { opening: 'door', presence: 'occupancy' };
const BINARY_WORDS: [RegExp, BinaryClass][] = [
  [/motion|pir/i, 'motion'],
  [/occupan|presence/i, 'occupancy'],
  [/garage/i, 'garage_door'],
  [/window/i, 'window'],
  [/door/i, 'door'],
  [/smoke/i, 'smoke'],
  [/leak|water|moisture|flood/i, 'moisture'],
];

export function loadBinarySensor(e: Loaded, ctx: Context): BinarySensorEntity | Skip {
  const a = e.attributes;
  const raw = text(a.device_class)?.toLowerCase();
  let deviceClass: BinaryClass | undefined;
  if (raw && (BINARY_SENSOR_CLASSES as readonly string[]).includes(raw))
    deviceClass = raw as BinaryClass;
  else if (raw && BINARY_MAP[raw]) {
    deviceClass = BINARY_MAP[raw];
    ctx.warn(`class "${raw}" read as "${deviceClass}"`);
  } else if (raw) return { skip: `binary sensors of class "${raw}" are not simulated` };
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
