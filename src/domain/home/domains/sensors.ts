// Sensors and people. Nobody commands them in a real home; in the simulated one a person sets them
// from the panel to act out the world ("someone walks into the hall", "it is 30 °C outside").
import { unsupportedMessage, withArticle } from '../capabilities.ts';
import type { BinarySensorEntity, PersonEntity, SensorEntity } from '../model.ts';
import { sensorClass } from '../sensorClasses.ts';
import { checkRange, fail, ok, type DomainHandler } from './common.ts';

/** Home Assistant keeps sensor states as text; two decimals keep "1e-7" out of it. */
function asState(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export const sensorHandler: DomainHandler<SensorEntity> = {
  apply(sensor, command) {
    const { device_class: deviceClass, unit_of_measurement: unit } = sensor.attributes;
    const info = sensorClass(deviceClass);
    // Only readings the panel offers to act out can be set: a date, a price or a data rate can't.
    if (command.type !== 'set_value' || !info.set) return fail(unsupportedMessage(sensor, command));
    // "A light level reading", "A PM2.5 reading": lower-case the label unless it is an acronym.
    const what = /^.[A-Z]/.test(info.label) ? info.label : info.label.toLowerCase();
    const label = `${withArticle(what)} reading`;
    const error = checkRange(command.value, {
      ...info.set,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      unit: unit ?? info.unit ?? '',
    });
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
