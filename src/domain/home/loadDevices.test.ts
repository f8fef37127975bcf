// Per-domain defaults and conversions of the home-file loader, one entity at a time.
import { describe, expect, it } from 'vitest';
import { loadHomeFile } from './load.ts';
import type { Entity } from './model.ts';

function one(raw: Record<string, unknown>): { entity: Entity | undefined; warnings: string[] } {
  const result = loadHomeFile({ entities: [raw] });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { entity: result.home.entities[0], warnings: result.warnings };
}

const attributesOf = (raw: Record<string, unknown>) => one(raw).entity?.attributes;

describe('lights', () => {
  it.each([
    [
      'no attributes, on',
      { state: 'on' },
      { brightness: 100, color_mode: 'brightness', supported_color_modes: ['brightness'] },
    ],
    ['percent brightness', { attributes: { brightness_pct: 35 } }, { brightness: 35 }],
    [
      'mireds',
      { attributes: { color_temp: 250 } },
      { color_mode: 'color_temp', color_temp_kelvin: 4000 },
    ],
    [
      'kelvin out of range',
      { attributes: { color_temp_kelvin: 9000 } },
      { color_temp_kelvin: 6500 },
    ],
    [
      'hs and color_temp modes',
      { attributes: { supported_color_modes: ['hs', 'color_temp'], color_mode: 'color_temp' } },
      { color_mode: 'color_temp', supported_color_modes: ['color_temp', 'rgb'] },
    ],
    [
      'rgb mode with no colour',
      { attributes: { supported_color_modes: ['rgb'], color_mode: 'rgb' } },
      { color_mode: 'rgb', rgb_color: '#ffffff' },
    ],
    [
      'on/off only',
      { attributes: { supported_color_modes: ['onoff'] } },
      { color_mode: 'onoff', supported_color_modes: ['onoff'] },
    ],
    [
      'hex colour word',
      { attributes: { color: '#FA0' } },
      { color_mode: 'rgb', rgb_color: '#ffaa00' },
    ],
  ])('%s', (_what, raw, expected) => {
    expect(attributesOf({ id: 'light.x', ...raw })).toMatchObject(expected);
  });

  it('warns about a colour it does not know', () => {
    expect(one({ id: 'light.x', attributes: { color: 'chartreuse-ish' } }).warnings).toEqual([
      'entities[0] (light.x): colour "chartreuse-ish" not understood; ignored',
    ]);
  });
});

describe('covers', () => {
  it.each([
    [
      'garage door by name',
      { id: 'cover.garage', state: 'closed' },
      { device_class: 'garage', supports_position: false, travel_seconds: 12, position: 0 },
    ],
    [
      'curtain by name',
      { id: 'cover.lounge_curtains', state: 'open' },
      { device_class: 'curtain', position: 100 },
    ],
    ['no class, no hint', { id: 'cover.thing' }, { device_class: 'blind', position: 0 }],
    [
      'awning',
      { id: 'cover.x', attributes: { device_class: 'awning' } },
      { device_class: 'shade' },
    ],
    [
      'no set-position feature',
      { id: 'cover.x', attributes: { supported_features: 3 } },
      { supports_position: false },
    ],
    [
      'travel time given',
      { id: 'cover.x', attributes: { travel_seconds: 20 } },
      { travel_seconds: 20 },
    ],
    [
      'opening without target',
      { id: 'cover.x', state: 'opening', attributes: { position: 20 } },
      { position: 20, target_position: 100 },
    ],
  ])('%s', (_what, raw, expected) => {
    expect(attributesOf({ domain: 'cover', ...raw })).toMatchObject(expected);
  });

  it('trusts a position over a contradicting state', () => {
    const { entity, warnings } = one({
      id: 'cover.x',
      state: 'closed',
      attributes: { position: 30 },
    });
    expect(entity?.state).toBe('open');
    expect(warnings).toEqual([
      'entities[0] (cover.x): state "closed" contradicts position 30; read as "open"',
    ]);
  });

  it('skips a damper', () => {
    expect(
      one({ id: 'cover.vent', attributes: { device_class: 'damper' } }).entity,
    ).toBeUndefined();
  });
});

describe('thermostats', () => {
  it.each([
    [
      'only a room temperature',
      { state: 'heat', attributes: { current_temperature: 19 } },
      'heat',
      { temperature: 19, current_temperature: 19, hvac_action: 'idle' },
    ],
    [
      'only a target',
      { state: 'cool', attributes: { temperature: 24 } },
      'cool',
      { temperature: 24, current_temperature: 24 },
    ],
    ['nothing at all', {}, 'off', { temperature: 20, current_temperature: 20, hvac_action: 'off' }],
    [
      'a °F thermostat',
      {
        state: 'heat',
        attributes: { temperature: 70, current_temperature: 64, temperature_unit: '°F' },
      },
      'heat',
      { temperature: 21, current_temperature: 17.78, hvac_action: 'heating' },
    ],
    [
      'a heat_cool range',
      {
        state: 'heat_cool',
        attributes: { target_temp_low: 19, target_temp_high: 23, current_temperature: 24 },
      },
      'heat_cool',
      { temperature: 21, hvac_action: 'cooling' },
    ],
    [
      'fan only',
      { state: 'fan_only', attributes: { temperature: 20 } },
      'off',
      { hvac_action: 'off' },
    ],
  ])('%s', (_what, raw, state, expected) => {
    const { entity } = one({ id: 'climate.x', ...raw });
    expect(entity).toMatchObject({ state, attributes: expected });
  });
});

describe('media players', () => {
  it.each([
    ['on', { state: 'on' }, 'idle', {}],
    ['standby', { state: 'standby' }, 'off', {}],
    ['volume 0–1', { attributes: { volume_level: 0.25 } }, 'idle', { volume: 25 }],
    ['volume as percent text', { attributes: { volume_level: '50' } }, 'idle', { volume: 50 }],
    ['no volume', {}, 'idle', { volume: 50, muted: false, media_position: 0, queue: [] }],
    [
      'paused, with a queue',
      {
        state: 'paused',
        attributes: { media_id: 'song.something', queue: ['song.come_together', 'song.nope'] },
      },
      'paused',
      { media_id: 'song.something', queue: ['song.come_together'] },
    ],
    [
      'playing something unknown',
      { state: 'playing', attributes: { media_content_id: 'spotify:track:1' } },
      'idle',
      {},
    ],
  ])('%s', (_what, raw, state, expected) => {
    expect(one({ id: 'media_player.kitchen', ...raw }).entity).toMatchObject({
      state,
      attributes: { device_class: 'speaker', ...expected },
    });
  });

  it('guesses a TV from its name', () => {
    expect(attributesOf({ id: 'media_player.x', name: 'Bedroom TV' })).toMatchObject({
      device_class: 'tv',
    });
  });
});

describe('sensors', () => {
  it.each([
    [
      'kW, kept as the file gives it',
      { state: '1.25', attributes: { device_class: 'power', unit_of_measurement: 'kW' } },
      '1.25',
      { device_class: 'power', unit_of_measurement: 'kW' },
    ],
    [
      'lux',
      { state: '438', attributes: { device_class: 'illuminance', unit_of_measurement: 'lux' } },
      '438',
      { device_class: 'illuminance', unit_of_measurement: 'lux' },
    ],
    [
      'kelvin',
      { state: '293.15', attributes: { unit_of_measurement: 'K' } },
      '20',
      { device_class: 'temperature', unit_of_measurement: '°C' },
    ],
    [
      'class from unit',
      { state: '21.5', attributes: { unit_of_measurement: '°C' } },
      '21.5',
      { device_class: 'temperature', unit_of_measurement: '°C' },
    ],
    [
      'humidity by name',
      { name: 'Bathroom humidity', state: '60', attributes: { unit_of_measurement: '%' } },
      '60',
      { device_class: 'humidity', unit_of_measurement: '%' },
    ],
    [
      'temperature without a unit',
      { state: '-3.5', attributes: { device_class: 'temperature' } },
      '-3.5',
      { device_class: 'temperature', unit_of_measurement: '°C' },
    ],
    [
      'a data rate',
      { state: '22.9', attributes: { device_class: 'data_rate', unit_of_measurement: 'MB/s' } },
      '22.9',
      { device_class: 'data_rate', unit_of_measurement: 'MB/s' },
    ],
    [
      'a class with a usual unit, given none',
      { state: '98', attributes: { device_class: 'battery' } },
      '98',
      { device_class: 'battery', unit_of_measurement: '%' },
    ],
    [
      'a class with no usual unit, given none',
      { state: '50', attributes: { device_class: 'aqi' } },
      '50',
      { device_class: 'aqi' },
    ],
    [
      'a number in another notation',
      { state: '1e3', attributes: { device_class: 'energy', unit_of_measurement: 'Wh' } },
      '1000',
      { device_class: 'energy', unit_of_measurement: 'Wh' },
    ],
    [
      'a date',
      { state: '2024-04-01', attributes: { device_class: 'date' } },
      '2024-04-01',
      { device_class: 'date' },
    ],
    [
      'a percent of something else, as a plain sensor',
      { name: 'Phone', state: '98', attributes: { unit_of_measurement: '%' } },
      '98',
      { unit_of_measurement: '%' },
    ],
    [
      'text with no class, as a plain sensor',
      { state: 'Eco wash', attributes: {} },
      'Eco wash',
      {},
    ],
  ])('%s', (_what, raw, state, attributes) => {
    expect(one({ id: 'sensor.x', ...raw }).entity).toEqual({
      id: 'sensor.x',
      name: 'X',
      domain: 'sensor',
      state,
      attributes,
      ...('name' in raw ? { name: raw.name } : {}),
    });
  });

  it('reads a class it does not know as a plain sensor, saying so', () => {
    const { entity, warnings } = one({
      id: 'sensor.x',
      state: '2024-04-01T10:00:00+00:00',
      attributes: { device_class: 'timestamp' },
    });
    expect(entity).toMatchObject({ state: '2024-04-01T10:00:00+00:00', attributes: {} });
    expect(warnings).toEqual([
      'entities[0] (sensor.x): class "timestamp" is not one the simulation knows; read as a plain sensor',
    ]);
  });

  it.each([
    ['not a number', { state: 'high', attributes: { device_class: 'temperature' } }],
    ['a number for a class that measures', { state: 'lots', attributes: { device_class: 'pm25' } }],
    ['a date that is not one', { state: '2024-02-30', attributes: { device_class: 'date' } }],
    ['no reading', { state: 'unavailable', attributes: { device_class: 'power' } }],
    ['no reading on a plain sensor', { state: 'unknown' }],
    [
      'a unit that does not fit',
      { state: '3', attributes: { device_class: 'temperature', unit_of_measurement: 'bar' } },
    ],
  ])('skips %s', (_what, raw) => {
    const { entity, warnings } = one({ id: 'sensor.x', ...raw });
    expect(entity).toBeUndefined();
    expect(warnings[0]).toMatch(/^entities\[0\] \(sensor\.x\): skipped: /);
  });
});

describe('binary sensors', () => {
  it.each([
    ['garage_motion', 'motion'],
    ['kitchen_window', 'window'],
    ['utility_leak', 'moisture'],
    ['side_door', 'door'],
    ['phone_battery_charging', 'battery_charging'],
    ['phone_battery', 'battery'],
  ])('guesses the class of %s from its id', (objectId, deviceClass) => {
    expect(attributesOf({ id: `binary_sensor.${objectId}` })).toEqual({
      device_class: deviceClass,
    });
  });

  it.each([['opening'], ['presence'], ['update'], ['problem']])(
    "keeps Home Assistant's class %s as it is",
    (deviceClass) => {
      expect(
        attributesOf({ id: 'binary_sensor.x', attributes: { device_class: deviceClass } }),
      ).toEqual({
        device_class: deviceClass,
      });
    },
  );

  it('skips one with neither class nor hint', () => {
    expect(one({ id: 'binary_sensor.mystery', state: 'on' }).entity).toBeUndefined();
  });

  it('skips a class Home Assistant does not have', () => {
    const { entity, warnings } = one({
      id: 'binary_sensor.x',
      attributes: { device_class: 'rain' },
    });
    expect(entity).toBeUndefined();
    expect(warnings).toEqual([
      'entities[0] (binary_sensor.x): skipped: binary sensors of class "rain" are not simulated',
    ]);
  });
});

describe('ids and names', () => {
  it('takes the domain from the id and a name from the object id', () => {
    expect(one({ id: 'fan.Guest Room Fan' }).entity).toMatchObject({
      id: 'fan.guest_room_fan',
      name: 'Guest room fan',
    });
  });

  it('rebuilds an id whose prefix is not its domain', () => {
    const { entity, warnings } = one({ id: 'switch.porch_light', domain: 'light' });
    expect(entity?.id).toBe('light.porch_light');
    expect(warnings).toEqual([
      'entities[0] (light.porch_light): id "switch.porch_light" does not start with its domain "light"',
    ]);
  });

  it('keeps aliases', () => {
    expect(one({ id: 'lock.front', aliases: ['Main door', ' ', 3] }).entity?.aliases).toEqual([
      'Main door',
      '3',
    ]);
  });
});
