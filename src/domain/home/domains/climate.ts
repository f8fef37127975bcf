// Thermostats. Temperatures are °C; °F lives only at the edges (format.ts, input forms).
import { HVAC_MODES, TEMPERATURE_LIMITS, type ClimateEntity } from '../model.ts';
import { checkRange, checkStep, clamp, fail, ok, show, type DomainHandler } from './common.ts';

const TARGET = { label: 'Temperature', ...TEMPERATURE_LIMITS, unit: '°C' };
/** Within this much of the target the thermostat rests, so it doesn't flap on and off. */
export const HVAC_TOLERANCE = 0.2;

type Mode = ClimateEntity['state'];
type Action = ClimateEntity['attributes']['hvac_action'];

/** What the thermostat is doing, given its mode, target and the room. simulate.ts uses it too. */
export function hvacAction(mode: Mode, current: number, target: number): Action {
  const cold = current < target - HVAC_TOLERANCE;
  const warm = current > target + HVAC_TOLERANCE;
  switch (mode) {
    case 'off':
      return 'off';
    case 'heat':
      return cold ? 'heating' : 'idle';
    case 'cool':
      return warm ? 'cooling' : 'idle';
    case 'heat_cool':
      return cold ? 'heating' : warm ? 'cooling' : 'idle';
  }
}

function settle(climate: ClimateEntity, mode: Mode, target: number): ClimateEntity {
  const hvac_action = hvacAction(mode, climate.attributes.current_temperature, target);
  return {
    ...climate,
    state: mode,
    attributes: { ...climate.attributes, temperature: target, hvac_action },
  };
}

const isMode = (mode: unknown): mode is Mode => HVAC_MODES.some((m) => m === mode);

export const climateHandler: DomainHandler<ClimateEntity> = {
  apply(climate, command) {
    const target = climate.attributes.temperature;
    switch (command.type) {
      case 'turn_on':
        return ok(settle(climate, climate.state === 'off' ? 'heat' : climate.state, target));
      case 'turn_off':
        return ok(settle(climate, 'off', target));
      case 'toggle':
        return ok(settle(climate, climate.state === 'off' ? 'heat' : 'off', target));
      case 'set_temperature': {
        const error = checkRange(command.temperature, TARGET);
        return error ? fail(error) : ok(settle(climate, climate.state, command.temperature));
      }
      case 'adjust_temperature': {
        const error = checkStep(command.by, { ...TARGET, label: 'Temperature', unit: 'degrees' });
        return error
          ? fail(error)
          : ok(settle(climate, climate.state, clamp(target + command.by, TARGET)));
      }
      case 'set_hvac_mode':
        if (!isMode(command.mode)) {
          return fail(
            `The mode must be one of ${HVAC_MODES.join(', ')}; ${show(command.mode)} is not one of them.`,
          );
        }
        return ok(settle(climate, command.mode, target));
      default:
        return fail(`${climate.name} can't do that.`);
    }
  },
};
