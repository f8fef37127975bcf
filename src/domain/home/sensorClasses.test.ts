import { describe, expect, it } from 'vitest';
import { explain } from '../activity/explain.ts';
import type { HomeEvent } from '../activity/event.ts';
import { describeState } from './format.ts';
import { sensorSchema, type SensorEntity } from './model.ts';
import { SENSOR_CLASSES, sensorClass, type SensorClass } from './sensorClasses.ts';
import { MANUAL, NOW } from './testing.ts';

/** A reading and unit of each class, as a Home Assistant file gives them (the corpus's). */
// prettier-ignore
const READINGS: Record<SensorClass, [state: string, unit: string | undefined, shown: string]> = {
  apparent_power: ['2', 'VA', '2 VA'],
  aqi: ['50', undefined, '50'],
  atmospheric_pressure: ['1000', 'hPa', '1000 hPa'],
  battery: ['98', '%', '98 %'],
  carbon_dioxide: ['50', 'ppm', '50 ppm'],
  carbon_monoxide: ['48', 'ppm', '48 ppm'],
  current: ['19', 'A', '19 A'],
  data_rate: ['22.9', 'MB/s', '22.9 MB/s'],
  data_size: ['106', 'kB', '106 kB'],
  date: ['2024-04-01', undefined, '2024-04-01'],
  distance: ['65536', 'km', '65536 km'],
  duration: ['64', 'min', '64 min'],
  energy: ['3.2', 'kWh', '3.2 kWh'],
  energy_storage: ['6', 'kWh', '6 kWh'],
  frequency: ['51', 'Hz', '51 Hz'],
  gas: ['12', 'm³', '12 m³'],
  humidity: ['48', '%', '48 %'],
  illuminance: ['438', 'lux', '438 lux'],
  irradiance: ['155', 'W/m²', '155 W/m²'],
  moisture: ['83', '%', '83 %'],
  monetary: ['0.25', 'EUR', '0.25 EUR'],
  nitrogen_dioxide: ['50', 'µg/m³', '50 µg/m³'],
  nitrogen_monoxide: ['50', 'µg/m³', '50 µg/m³'],
  nitrous_oxide: ['50', 'µg/m³', '50 µg/m³'],
  ozone: ['50', 'µg/m³', '50 µg/m³'],
  pm1: ['50', 'µg/m³', '50 µg/m³'],
  pm25: ['50', 'µg/m³', '50 µg/m³'],
  pm10: ['50', 'µg/m³', '50 µg/m³'],
  power_factor: ['0.95', undefined, '0.95'],
  power: ['380', 'W', '380 W'],
  precipitation: ['29', 'mm', '29 mm'],
  precipitation_intensity: ['144', 'mm/h', '144 mm/h'],
  pressure: ['2.1', 'bar', '2.1 bar'],
  reactive_power: ['22', 'var', '22 var'],
  signal_strength: ['-43', 'dBm', '-43 dBm'],
  sound_pressure: ['62', 'dB', '62 dB'],
  speed: ['67', 'km/h', '67 km/h'],
  sulphur_dioxide: ['50', 'µg/m³', '50 µg/m³'],
  temperature: ['21.5', '°C', '70.7 °F'],
  volatile_organic_compounds: ['35', 'µg/m³', '35 µg/m³'],
  volatile_organic_compounds_parts: ['35', 'ppm', '35 ppm'],
  voltage: ['12', 'V', '12 V'],
  volume: ['1356', 'L', '1356 L'],
  volume_storage: ['28', 'L', '28 L'],
  water: ['5987', 'L', '5987 L'],
  weight: ['87', 'kg', '87 kg'],
  wind_speed: ['33', 'km/h', '33 km/h'],
};

function sensorOf(deviceClass: string | undefined, state: string, unit?: string): SensorEntity {
  return {
    id: 'sensor.thing',
    name: 'Thing',
    domain: 'sensor',
    state,
    attributes: {
      ...(deviceClass && { device_class: deviceClass as SensorClass }),
      ...(unit && { unit_of_measurement: unit }),
    },
  };
}

const problems = (value: unknown) =>
  sensorSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('sensor classes', () => {
  it('are every class Home Assistant has', () => {
    expect([...SENSOR_CLASSES].sort()).toEqual(Object.keys(READINGS).sort());
  });

  describe.each(SENSOR_CLASSES)('%s', (deviceClass) => {
    const [state, unit, shown] = READINGS[deviceClass];
    const sensor = sensorOf(deviceClass, state, unit);

    it('passes the schema with the unit its file gives', () => {
      expect(problems(sensor)).toBeUndefined();
    });

    it('shows its reading with that unit', () => {
      expect(describeState(sensor, 'F')).toBe(shown);
    });

    it('says what it measures in plain words', () => {
      expect(sensorClass(deviceClass).label).toMatch(/^[A-Z][A-Za-z0-9. ]+$/);
      expect(sensorClass(deviceClass).label).not.toContain('_');
    });
  });

  it('word a few classes plainly', () => {
    expect(sensorClass('data_rate').label).toBe('Data speed');
    expect(sensorClass('illuminance').label).toBe('Light level');
    expect(sensorClass('apparent_power').label).toBe('Apparent power');
    expect(sensorClass('pm25').label).toBe('PM2.5');
    expect(sensorClass(undefined).label).toBe('Reading');
  });

  it('let the panel set only readings that act out the world', () => {
    const settable = SENSOR_CLASSES.filter((c) => sensorClass(c).set);
    expect(settable).toEqual(expect.arrayContaining(['temperature', 'humidity', 'battery']));
    expect(settable).not.toContain('date');
    expect(settable).not.toContain('monetary');
    expect(sensorClass(undefined).set).toBeUndefined();
  });

  it('refuse a reading that does not fit the class', () => {
    expect(problems(sensorOf('data_rate', 'fast', 'MB/s'))).toEqual([
      'state: a sensor state is a number',
    ]);
    expect(problems(sensorOf('date', '1 April', undefined))).toEqual([
      'state: a date sensor state is a date like 2024-04-01',
    ]);
    expect(problems(sensorOf('temperature', '70', '°F'))).toEqual([
      'attributes.unit_of_measurement: temperatures are kept in °C',
    ]);
    expect(problems(sensorOf('power', '380', 'x'.repeat(25)))).toHaveLength(1);
    expect(problems(sensorOf('no_such_class', '1'))).toHaveLength(1);
  });

  it('keep a plain sensor, with no class, holding a number or a short text', () => {
    expect(problems(sensorOf(undefined, 'Eco wash'))).toBeUndefined();
    expect(describeState(sensorOf(undefined, 'Eco wash'), 'C')).toBe('Eco wash');
    expect(describeState(sensorOf(undefined, '98', '%'), 'C')).toBe('98 %');
    expect(problems(sensorOf(undefined, ''))).toHaveLength(1);
    expect(problems(sensorOf(undefined, 'x'.repeat(256)))).toHaveLength(1);
  });

  it("say a reading's change in the log with the sensor's own unit", () => {
    const sensor = sensorOf('data_rate', '22.9', 'MB/s');
    const event: HomeEvent = {
      id: 'ev-1',
      at: NOW,
      entityId: sensor.id,
      entityName: 'Macrotorrent',
      domain: 'sensor',
      changes: [{ key: 'state', from: '22.9', to: '3.5' }],
      cause: MANUAL,
    };
    expect(explain(event, { unit: 'C', entity: () => sensor }).what).toBe(
      'Macrotorrent 22.9 MB/s → 3.5 MB/s',
    );
    // A device since removed: neither class nor unit is known, so the numbers alone.
    const humidity = { ...event, changes: [{ key: 'state', from: '40', to: '45' }] };
    expect(explain(humidity, { unit: 'C' }).what).toBe('Macrotorrent 40 → 45');
  });
});
