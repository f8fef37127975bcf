import { describe, it } from 'vitest';
import type { Entity } from '../model.ts';
import { makeBinarySensor, makePerson, makeSensor, NOW } from '../testing.ts';
import { expectRow, type Row } from './expectRow.ts';

const temperature = makeSensor();
const humidity = makeSensor({
  id: 'sensor.bathroom_humidity',
  name: 'Bathroom humidity',
  state: '50',
  attributes: { device_class: 'humidity', unit_of_measurement: '%' },
});
const light = makeSensor({
  id: 'sensor.garden_light',
  name: 'Garden light level',
  state: '100',
  attributes: { device_class: 'illuminance', unit_of_measurement: 'lx' },
});
const power = makeSensor({
  id: 'sensor.washer_power',
  name: 'Washer power',
  state: '0',
  attributes: { device_class: 'power', unit_of_measurement: 'W' },
});
const battery = makeSensor({
  id: 'sensor.phone_battery',
  name: 'Phone battery',
  state: '98',
  attributes: { device_class: 'battery', unit_of_measurement: '%' },
});
const birthday = makeSensor({
  id: 'sensor.next_birthday',
  name: 'Next birthday',
  state: '2024-04-01',
  attributes: { device_class: 'date', unit_of_measurement: undefined },
});
const download = makeSensor({
  id: 'sensor.macrotorrent',
  name: 'Macrotorrent',
  state: '22.9',
  attributes: { device_class: 'data_rate', unit_of_measurement: 'MB/s' },
});
const plain = makeSensor({
  id: 'sensor.dishwasher_program',
  name: 'Dishwasher program',
  state: 'Eco',
  attributes: { device_class: undefined, unit_of_measurement: undefined },
});
const kilowatts = makeSensor({
  id: 'sensor.heat_pump',
  name: 'Heat pump power',
  state: '1.2',
  attributes: { device_class: 'power', unit_of_measurement: 'kW' },
});
const pm25 = makeSensor({
  id: 'sensor.pm25',
  name: 'Bedroom PM2.5',
  state: '10',
  attributes: { device_class: 'pm25', unit_of_measurement: 'µg/m³' },
});
const motion = makeBinarySensor();
const charging = makeBinarySensor({
  id: 'binary_sensor.phone_charging',
  name: 'Phone charging',
  attributes: { device_class: 'battery_charging', auto_off_seconds: undefined },
});
const motionOn = makeBinarySensor({ state: 'on', attributes: { last_triggered: NOW - 10_000 } });
const home = makePerson();
const away = makePerson({ state: 'not_home' });

// prettier-ignore
const rows: Row<Entity>[] = [
  ['temperature reading', temperature, { type: 'set_value', value: 21.5 }, { state: '21.5' }],
  ['temperature at the lower limit', temperature, { type: 'set_value', value: -60 }, { state: '-60' }],
  ['temperature of 100 °C', temperature, { type: 'set_value', value: 100 }, { error: 'A temperature reading must be between -60 and 80 °C; 100 is out of range.' }],
  ['readings keep two decimals', temperature, { type: 'set_value', value: 0.1 + 0.2 }, { state: '0.3' }],
  ['tiny readings stay numbers as text', temperature, { type: 'set_value', value: 1e-7 }, { state: '0' }],
  ['the same reading is a no-op', temperature, { type: 'set_value', value: 20 }, { noop: true }],
  ['humidity above 100', humidity, { type: 'set_value', value: 101 }, { error: 'A humidity reading must be between 0 and 100 %; 101 is out of range.' }],
  ['illuminance', light, { type: 'set_value', value: 150_000 }, { state: '150000' }],
  ['illuminance above 200000', light, { type: 'set_value', value: 200_001 }, { error: '200001 is out of range' }],
  ['negative power', power, { type: 'set_value', value: -1 }, { error: 'A power reading must be between 0 and 100000 W; -1 is out of range.' }],
  ['a reading that is not a number', power, { type: 'set_value', value: NaN }, { error: 'NaN is not a number' }],
  ['a battery level', battery, { type: 'set_value', value: 15 }, { state: '15' }],
  ['a battery above 100 %', battery, { type: 'set_value', value: 120 }, { error: 'A battery reading must be between 0 and 100 %; 120 is out of range.' }],
  ['limits are said in the sensor\'s own unit', kilowatts, { type: 'set_value', value: -1 }, { error: 'A power reading must be between 0 and 100000 kW; -1 is out of range.' }],
  ['acronyms stay capitals', pm25, { type: 'set_value', value: -1 }, { error: 'A PM2.5 reading must be between' }],
  ['a date cannot be set from the panel', birthday, { type: 'set_value', value: 5 }, { error: "Next birthday is a sensor; it can't have its reading set." }],
  ['nor a data rate', download, { type: 'set_value', value: 5 }, { error: "Macrotorrent is a sensor; it can't have its reading set." }],
  ['nor a plain sensor', plain, { type: 'set_value', value: 5 }, { error: "Dishwasher program is a sensor; it can't have its reading set." }],
  ['sensors cannot be turned on', temperature, { type: 'turn_on' }, { error: "Hall temperature is a temperature sensor; it can't be turned on." }],
  ['trigger', motion, { type: 'trigger' }, { state: 'on', attributes: { last_triggered: NOW } }],
  ['trigger again restarts the auto-off countdown', motionOn, { type: 'trigger' }, { state: 'on', attributes: { last_triggered: NOW } }],
  ['clear', motionOn, { type: 'clear' }, { state: 'off' }],
  ['clear when clear is a no-op', motion, { type: 'clear' }, { noop: true }],
  ['a status is set on by trigger', charging, { type: 'trigger' }, { state: 'on', attributes: { last_triggered: NOW } }],
  ['binary sensors have no reading to set', motion, { type: 'set_value', value: 1 }, { error: "Hall motion is a motion sensor; it can't have its reading set." }],
  ['binary sensors cannot be toggled', motion, { type: 'toggle' }, { error: "Hall motion is a motion sensor; it can't be switched on and off." }],
  ['arrive', away, { type: 'arrive' }, { state: 'home' }],
  ['leave', home, { type: 'leave' }, { state: 'not_home' }],
  ['arrive when home is a no-op', home, { type: 'arrive' }, { noop: true }],
  ['people cannot be turned on', home, { type: 'turn_on' }, { error: "Alex is a person; they can't be turned on." }],
];

describe('sensor, binary sensor and person commands', () => {
  it.each(rows)('%s', (_label, entity, command, expected) => expectRow(entity, command, expected));
});
