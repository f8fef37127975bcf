// Which unit a temperature was meant in. People rarely say "Celsius" or "Fahrenheit": a number is
// in their own unit, unless it only makes sense in the other one ("seventy two degrees" from a
// person whose setting is °C is °F; nobody heats a room to 72 °C).
import { formatNumber, toCelsius } from '../home/format.ts';
import { TEMPERATURE_LIMITS } from '../home/model.ts';
import type { Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';

export interface MeantUnit {
  unit: TemperatureUnit;
  /** said: the person said it; setting: their unit; fits: the only unit the number fits. */
  why: 'said' | 'setting' | 'fits';
}

const other = (unit: TemperatureUnit): TemperatureUnit => (unit === 'C' ? 'F' : 'C');

/** Whether a thermostat can be set to `value` in `unit`. */
export function settable(value: number, unit: TemperatureUnit): boolean {
  const celsius = toCelsius(value, unit);
  return celsius >= TEMPERATURE_LIMITS.min && celsius <= TEMPERATURE_LIMITS.max;
}

/**
 * The unit of `slots.temperature`. Without a unit said, the person's own unit, unless the number
 * is out of a thermostat's range there and within it in the other unit. A number that fits
 * neither stays in the person's unit, so that the error speaks their unit.
 */
export function unitMeant(slots: Slots, unit: TemperatureUnit): MeantUnit {
  if (slots.temperature_unit !== undefined) return { unit: slots.temperature_unit, why: 'said' };
  const value = slots.temperature;
  if (value === undefined || settable(value, unit)) return { unit, why: 'setting' };
  return settable(value, other(unit))
    ? { unit: other(unit), why: 'fits' }
    : { unit, why: 'setting' };
}

/** For "Why?": how the unit was chosen. */
export function unitNote(value: number, meant: MeantUnit, setting: TemperatureUnit): string {
  if (meant.why === 'said') return '';
  if (meant.why === 'setting')
    return `You didn't say °C or °F, so I used °${setting}, as in your settings.`;
  const own = `${formatNumber(value)} °${setting}`;
  const reason = toCelsius(value, setting) > TEMPERATURE_LIMITS.max ? 'too hot' : 'too cold';
  return `You didn't say °C or °F, and ${own} is ${reason} for a thermostat, so I took it as ${formatNumber(value)} °${meant.unit}.`;
}
