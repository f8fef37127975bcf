import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../activity/event.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import {
  describeState,
  formatDuration,
  formatTemperature,
  fromCelsius,
  toCelsius,
} from './format.ts';
import { formatValue } from './formatValue.ts';
import type { Entity } from './model.ts';
import {
  makeBinarySensor,
  makeClimate,
  makeCover,
  makeFan,
  makeLight,
  makeLock,
  makeMedia,
  makePerson,
  makePlainLight,
  makeSensor,
  makeSwitch,
} from './testing.ts';

describe('temperatures', () => {
  // prettier-ignore
  it.each([
    [21, 'C', '21 °C'],
    [21.5, 'C', '21.5 °C'],
    [21.25, 'C', '21.3 °C'],
    [-0.04, 'C', '0 °C'],
    [21, 'F', '69.8 °F'],
    [toCelsius(70, 'F'), 'F', '70 °F'],
    [0, 'F', '32 °F'],
    [-40, 'F', '-40 °F'],
  ] as [number, TemperatureUnit, string][])('%d °C in %s is %s', (celsius, unit, text) => {
    expect(formatTemperature(celsius, unit)).toBe(text);
  });

  it('converts both ways', () => {
    expect(fromCelsius(100, 'F')).toBe(212);
    expect(toCelsius(212, 'F')).toBe(100);
    expect(fromCelsius(21, 'C')).toBe(21);
    expect(toCelsius(21, 'C')).toBe(21);
    expect(toCelsius(fromCelsius(21.3, 'F'), 'F')).toBeCloseTo(21.3, 10);
  });
});

describe('describeState', () => {
  // prettier-ignore
  it.each([
    ['a light on', makeLight({ state: 'on' }), 'C', 'On · 80 %'],
    ['a light off', makeLight(), 'C', 'Off'],
    ['an on/off light', makePlainLight({ state: 'on' }), 'C', 'On'],
    ['a plug', makeSwitch({ state: 'on' }), 'C', 'On'],
    ['a fan', makeFan({ state: 'on' }), 'C', 'On · 50 %'],
    ['an open blind', makeCover({ state: 'open', attributes: { position: 100 } }), 'C', 'Open'],
    ['a part-open blind', makeCover({ state: 'open', attributes: { position: 40 } }), 'C', 'Open 40 %'],
    ['a closed blind', makeCover(), 'C', 'Closed'],
    ['an opening blind', makeCover({ state: 'opening', attributes: { target_position: 100 } }), 'C', 'Opening…'],
    ['a closing blind', makeCover({ state: 'closing', attributes: { position: 50, target_position: 0 } }), 'C', 'Closing…'],
    ['a lock', makeLock(), 'C', 'Locked'],
    ['an unlocked lock', makeLock({ state: 'unlocked' }), 'C', 'Unlocked'],
    ['a heating thermostat', makeClimate({ attributes: { temperature: 21, current_temperature: 18, hvac_action: 'heating' } }), 'C', 'Heating to 21 °C'],
    ['a heating thermostat in °F', makeClimate({ attributes: { temperature: 21, current_temperature: 18, hvac_action: 'heating' } }), 'F', 'Heating to 69.8 °F'],
    ['a cooling thermostat', makeClimate({ state: 'cool', attributes: { temperature: 22, current_temperature: 25, hvac_action: 'cooling' } }), 'C', 'Cooling to 22 °C'],
    ['a resting thermostat', makeClimate(), 'C', 'Holding 20 °C'],
    ['a thermostat off', makeClimate({ state: 'off', attributes: { hvac_action: 'off' } }), 'C', 'Off'],
    ['a playing speaker', makeMedia({ state: 'playing', attributes: { media_id: 'song.wow_kate_bush' } }), 'C', 'Playing: Wow by Kate Bush'],
    ['a paused TV', makeMedia({ state: 'paused', attributes: { media_id: 'episode.nature_2' } }), 'C', 'Paused: Oceans Deep (Wild Earth)'],
    ['an idle speaker', makeMedia({ state: 'idle' }), 'C', 'Idle'],
    ['a speaker off', makeMedia(), 'C', 'Off'],
    ['a temperature sensor', makeSensor({ state: '21.5' }), 'C', '21.5 °C'],
    ['a temperature sensor in °F', makeSensor({ state: '20' }), 'F', '68 °F'],
    ['a humidity sensor', makeSensor({ state: '45', attributes: { device_class: 'humidity', unit_of_measurement: '%' } }), 'C', '45 %'],
    ['a light level', makeSensor({ state: '320', attributes: { device_class: 'illuminance', unit_of_measurement: 'lx' } }), 'C', '320 lx'],
    ['a data rate in its own unit', makeSensor({ state: '22.9', attributes: { device_class: 'data_rate', unit_of_measurement: 'MB/s' } }), 'C', '22.9 MB/s'],
    ['a date', makeSensor({ state: '2024-04-01', attributes: { device_class: 'date', unit_of_measurement: undefined } }), 'F', '2024-04-01'],
    ['a plain sensor holding text', makeSensor({ state: 'Eco wash', attributes: { device_class: undefined, unit_of_measurement: undefined } }), 'C', 'Eco wash'],
    ['a charging phone', makeBinarySensor({ state: 'on', attributes: { device_class: 'battery_charging' } }), 'C', 'Charging'],
    ['an up-to-date phone', makeBinarySensor({ attributes: { device_class: 'update' } }), 'C', 'Up-to-date'],
    ['motion', makeBinarySensor({ state: 'on' }), 'C', 'Motion detected'],
    ['no motion', makeBinarySensor(), 'C', 'Clear'],
    ['a door sensor', makeBinarySensor({ state: 'on', attributes: { device_class: 'door' } }), 'C', 'Door open'],
    ['a closed window', makeBinarySensor({ attributes: { device_class: 'window' } }), 'C', 'Window closed'],
    ['smoke', makeBinarySensor({ state: 'on', attributes: { device_class: 'smoke' } }), 'C', 'Smoke detected'],
    ['someone home', makePerson(), 'C', 'Home'],
    ['someone away', makePerson({ state: 'not_home' }), 'C', 'Away'],
  ] as [string, Entity, TemperatureUnit, string][])('%s: %s', (_label, entity, unit, text) => {
    expect(describeState(entity, unit)).toBe(text);
  });
});

describe('formatValue', () => {
  // prettier-ignore
  it.each([
    ['brightness', 80, 'C', undefined, undefined, '80 %'],
    ['percentage', 33, 'C', 'fan', undefined, '33 %'],
    ['position', 40, 'C', 'cover', undefined, '40 %'],
    ['volume', 25, 'C', 'media_player', undefined, '25 %'],
    ['temperature', 21, 'C', 'climate', undefined, '21 °C'],
    ['temperature', 21, 'F', 'climate', undefined, '69.8 °F'],
    ['current_temperature', 19.5, 'C', 'climate', undefined, '19.5 °C'],
    ['state', 'opening', 'C', 'cover', undefined, 'opening'],
    ['state', 'not_home', 'C', 'person', undefined, 'away'],
    ['state', 'heat_cool', 'C', 'climate', undefined, 'heat and cool'],
    ['state', 'on', 'C', 'binary_sensor', 'motion', 'detected'],
    ['state', 'on', 'C', 'binary_sensor', 'battery', 'low'],
    ['state', 'off', 'C', 'binary_sensor', 'update', 'up-to-date'],
    ['state', 'off', 'C', 'binary_sensor', 'motion', 'clear'],
    ['state', 'on', 'C', 'binary_sensor', 'door', 'open'],
    ['state', 'off', 'C', 'binary_sensor', 'window', 'closed'],
    ['state', 'on', 'C', 'binary_sensor', undefined, 'on'],
    ['state', '21.5', 'C', 'sensor', 'temperature', '21.5 °C'],
    ['state', '45', 'C', 'sensor', 'humidity', '45 %'],
    ['state', '2024-04-01', 'C', 'sensor', 'date', '2024-04-01'],
    ['state', '3.14159', 'C', 'sensor', undefined, '3.14'],
    ['state', 'locked', 'C', 'lock', undefined, 'locked'],
    ['media_id', 'song.wow_kate_bush', 'C', 'media_player', undefined, 'Wow by Kate Bush'],
    ['media_id', 'song.gone', 'C', 'media_player', undefined, 'song.gone'],
    ['media_position', 65, 'C', 'media_player', undefined, '1:05'],
    ['queue', ['a', 'b'], 'C', 'media_player', undefined, '2 items'],
    ['queue', [], 'C', 'media_player', undefined, 'empty'],
    ['muted', true, 'C', 'media_player', undefined, 'muted'],
    ['rgb_color', '#ff0000', 'C', 'light', undefined, 'red'],
    ['color_temp_kelvin', 2700, 'C', 'light', undefined, 'warm white'],
    ['color_mode', 'color_temp', 'C', 'light', undefined, 'white'],
    ['hvac_action', 'heating', 'C', 'climate', undefined, 'heating'],
    ['target_position', null, 'C', 'cover', undefined, 'none'],
  ] as [string, AttributeValue, TemperatureUnit, string | undefined, string | undefined, string][])(
    '%s %j (%s, %s, %s) is %s',
    (key, value, unit, domain, deviceClass, text) => {
      expect(formatValue(key, value, unit, domain, deviceClass)).toBe(text);
    },
  );

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});
