// Sensors and people. Nobody commands them in a real home; in the simulated one a person sets them
// from the panel to act out the world ("someone walks into the hall", "it is 30 °C outside").
import type { BinarySensorEntity, PersonEntity, SensorEntity } from '../model.ts';
import { checkRange, fail, ok, type DomainHandler, type Range } from './common.ts';

const READINGS: Record<SensorEntity['attributes']['device_class'], Range> = {
  temperature: { label: 'A temperature reading', min: -60, max: 80, unit: '°C' },
  humidity: { label: 'A humidity reading', min: 0, max: 100, unit: '%' },
  illuminance: { label: 'A light level', min: 0, max: 200_000, unit: 'lx' },
  power: { label: 'A power reading', min: 0, max: 100_000, unit: 'W' },
};

/** Home Assistant keeps sensor states as text; two decimals keep "1e-7" out of it. */
function asState(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export const sensorHandler: DomainHandler<SensorEntity> = {
  apply(sensor, command) {
    if (command.type !== 'set_value') return fail(`${sensor.name} can't do that.`);
    const error = checkRange(command.value, READINGS[sensor.attributes.device_class]);
    return error ? fail(error) : ok({ ...sensor, state: asState(command.value) });
  },
};

export const binarySensorHandler: DomainHandler<BinarySensorEntity> = {
  apply(sensor, command, now) {
    switch (command.type) {
      case 'trigger':
        // A new detection restarts the auto-off countdown, so last_triggered moves even when on.
        return ok({
          ...sensor,
          state: 'on',
          attributes: { ...sensor.attributes, last_triggered: now },
        });
      case 'clear':
        return ok({ ...sensor, state: 'off' });
      default:
        return fail(`${sensor.name} can't do that.`);
    }
  },
};

export const personHandler: DomainHandler<PersonEntity> = {
  apply(person, command) {
    switch (command.type) {
      case 'arrive':
        return ok({ ...person, state: 'home' });
      case 'leave':
        return ok({ ...person, state: 'not_home' });
      default:
        return fail(`${person.name} can't do that.`);
    }
  },
};
