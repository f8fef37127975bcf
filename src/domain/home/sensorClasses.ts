// Home Assistant's sensor device classes: what each measures in plain words, the unit a reading
// usually has, and whether the panel lets a person set the reading to act out the world ("it is
// 30 °C outside"). A sensor keeps the unit its file gives ("lux", "MB/s", "EUR"); only
// temperatures are converted, to °C. Short rows on purpose: the table ships with the first page.

/** Limits and one stepper press, in the class's usual unit. */
type Settable = readonly [min: number, max: number, step: number];

interface Row {
  /** What it measures, when the class's own name does not say it plainly. */
  label?: string;
  /** Home Assistant's usual unit: assumed when a file gives none, and the stepper's unit. */
  unit?: string;
  set?: Settable;
}

const PERCENT: Row = { unit: '%', set: [0, 100, 5] };
const DENSITY: Row = { unit: 'µg/m³' };

const ROWS = {
  apparent_power: { unit: 'VA' },
  aqi: { label: 'Air quality index', set: [0, 500, 10] },
  atmospheric_pressure: { label: 'Air pressure', unit: 'hPa' },
  battery: PERCENT,
  carbon_dioxide: { unit: 'ppm', set: [0, 10_000, 100] },
  carbon_monoxide: { unit: 'ppm' },
  current: { unit: 'A' },
  data_rate: { label: 'Data speed' },
  data_size: {},
  date: {},
  distance: {},
  duration: {},
  energy: { unit: 'kWh' },
  energy_storage: { label: 'Stored energy', unit: 'kWh' },
  frequency: { unit: 'Hz' },
  gas: { label: 'Gas use' },
  humidity: PERCENT,
  illuminance: { label: 'Light level', unit: 'lx', set: [0, 200_000, 50] },
  irradiance: { label: 'Sunlight strength', unit: 'W/m²' },
  moisture: PERCENT,
  monetary: { label: 'Cost' },
  nitrogen_dioxide: DENSITY,
  nitrogen_monoxide: DENSITY,
  nitrous_oxide: DENSITY,
  ozone: DENSITY,
  pm1: { ...DENSITY, label: 'PM1' },
  pm25: { label: 'PM2.5', unit: 'µg/m³', set: [0, 1000, 5] },
  pm10: { ...DENSITY, label: 'PM10' },
  power_factor: {},
  power: { unit: 'W', set: [0, 100_000, 50] },
  precipitation: { label: 'Rainfall' },
  precipitation_intensity: { label: 'Rain intensity' },
  pressure: {},
  reactive_power: { unit: 'var' },
  signal_strength: { unit: 'dBm' },
  sound_pressure: { label: 'Sound level', unit: 'dB' },
  speed: {},
  sulphur_dioxide: DENSITY,
  temperature: { unit: '°C', set: [-60, 80, 0.5] },
  volatile_organic_compounds: DENSITY,
  volatile_organic_compounds_parts: { label: 'Volatile organic compounds', unit: 'ppm' },
  voltage: { unit: 'V' },
  volume: {},
  volume_storage: { label: 'Stored volume' },
  water: { label: 'Water use' },
  weight: {},
  wind_speed: {},
} as const satisfies Record<string, Row>;

/** Home Assistant's classes. A sensor with none is generic, as there: a number or a short text. */
export type SensorClass = keyof typeof ROWS;
export const SENSOR_CLASSES = Object.keys(ROWS) as SensorClass[];

/** What a reading is: a number as text ("21.5"), a date ("2024-04-01"), or any short text. */
export type ReadingKind = 'number' | 'date' | 'text';

export interface SensorClassInfo {
  /** Plain words for what it measures: "Data speed", "Light level"; "Reading" for no class. */
  label: string;
  /** The usual unit ("%", "kWh"); a sensor's own unit_of_measurement comes first. */
  unit?: string;
  /** Present when the panel lets a person set the reading. */
  set?: { min: number; max: number; step: number };
  reading: ReadingKind;
}

export function isSensorClass(value: string | undefined): value is SensorClass {
  return value !== undefined && Object.hasOwn(ROWS, value);
}

/** The class's entry; a class the table does not know (or none) is the generic sensor. */
export function sensorClass(deviceClass: string | undefined): SensorClassInfo {
  if (!isSensorClass(deviceClass)) return { label: 'Reading', reading: 'text' };
  const row: Row = ROWS[deviceClass];
  const words = deviceClass.replace(/_/g, ' ');
  return {
    label: row.label ?? words.charAt(0).toUpperCase() + words.slice(1),
    ...(row.unit && { unit: row.unit }),
    ...(row.set && { set: { min: row.set[0], max: row.set[1], step: row.set[2] } }),
    reading: deviceClass === 'date' ? 'date' : 'number',
  };
}

export const NUMBER_STATE = /^-?\d+(\.\d+)?$/;
export const DATE_STATE = /^\d{4}-\d{2}-\d{2}$/;

/** What kind of reading the state should be and is not, or undefined when it fits its class. */
export function readingProblem(
  deviceClass: string | undefined,
  state: string,
): ReadingKind | undefined {
  const kind = sensorClass(deviceClass).reading;
  if (kind === 'number' && !NUMBER_STATE.test(state)) return kind;
  if (kind === 'date' && !DATE_STATE.test(state)) return kind;
  return undefined;
}
