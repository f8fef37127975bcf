// Plain words for states and values, for tiles and the activity log. Temperatures are °C inside the
// domain; the person's unit applies only here, at the edge.
import type { TemperatureUnit } from '../settings/settings.ts';
import { describeMedia, mediaItem } from './catalogue.ts';
import { binaryClass } from './binaryClasses.ts';
import type { Domain, Entity, EntityOf } from './model.ts';
import { NUMBER_STATE, sensorClass } from './sensorClasses.ts';

export function fromCelsius(celsius: number, unit: TemperatureUnit): number {
  return unit === 'F' ? (celsius * 9) / 5 + 32 : celsius;
}

export function toCelsius(value: number, unit: TemperatureUnit): number {
  return unit === 'F' ? ((value - 32) * 5) / 9 : value;
}

/** One decimal only when it isn't whole: "21 °C", "21.5 °C", "70 °F". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function formatTemperature(celsius: number, unit: TemperatureUnit): string {
  return `${formatNumber(fromCelsius(celsius, unit))} °${unit}`;
}

export const percent = (value: number) => `${formatNumber(value)} %`;

/** State words per domain where the raw state isn't already a plain word. */
const STATE_WORDS: Partial<Record<Domain, Record<string, string>>> = {
  person: { home: 'home', not_home: 'away' },
  climate: { off: 'off', heat: 'heat', cool: 'cool', heat_cool: 'heat and cool' },
};

/**
 * A sensor's reading in words: temperatures in the person's unit, other numbers with the unit the
 * sensor has ("22.9 MB/s", "438 lux"), dates and text as they are. `measure` is the sensor's unit;
 * without it (an old event) the class's usual unit is assumed.
 */
function sensorReading(
  value: string,
  deviceClass: string | undefined,
  unit: TemperatureUnit,
  measure?: string,
): string {
  if (!NUMBER_STATE.test(value)) return value;
  const number = Number(value);
  if (deviceClass === 'temperature') return formatTemperature(number, unit);
  // Readings are shown as given, but a long tail of decimals is cut to two.
  const shown = /\.\d{3}/.test(value) ? String(Math.round(number * 100) / 100) : value;
  const suffix = measure ?? sensorClass(deviceClass).unit;
  return suffix === undefined ? shown : `${shown} ${suffix}`;
}

/** A state in words: "detected", "not charging", "21 °C", "away". */
export function stateWord(
  value: string,
  unit: TemperatureUnit,
  domain?: string,
  deviceClass?: string,
  measure?: string,
): string {
  if (domain === 'sensor') return sensorReading(value, deviceClass, unit, measure);
  if (domain === 'binary_sensor') {
    const words = binaryClass(deviceClass);
    if (words && (value === 'on' || value === 'off')) return words[value];
  }
  return STATE_WORDS[domain as Domain]?.[value] ?? value.replace(/_/g, ' ');
}

/** A track time: "1:05", "1:02:03". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

type Describer<D extends Domain> = (entity: EntityOf<D>, unit: TemperatureUnit) => string;

const onOff = (state: 'on' | 'off', level?: number) =>
  state === 'off' ? 'Off' : level === undefined ? 'On' : `On · ${percent(level)}`;

const DESCRIBE: { [D in Domain]: Describer<D> } = {
  light: (light) =>
    onOff(
      light.state,
      light.attributes.supported_color_modes.some((m) => m !== 'onoff')
        ? light.attributes.brightness
        : undefined,
    ),
  switch: (device) => onOff(device.state),
  fan: (fan) => onOff(fan.state, fan.attributes.percentage),
  cover: (cover) => {
    const { position } = cover.attributes;
    if (cover.state === 'opening') return 'Opening…';
    if (cover.state === 'closing') return 'Closing…';
    if (cover.state === 'closed' || position === 0) return 'Closed';
    return position >= 100 ? 'Open' : `Open ${percent(position)}`;
  },
  lock: (lock) => (lock.state === 'locked' ? 'Locked' : 'Unlocked'),
  climate: (climate, unit) => {
    const target = formatTemperature(climate.attributes.temperature, unit);
    switch (climate.attributes.hvac_action) {
      case 'heating':
        return `Heating to ${target}`;
      case 'cooling':
        return `Cooling to ${target}`;
      default:
        return climate.state === 'off' ? 'Off' : `Holding ${target}`;
    }
  },
  media_player: (player) => {
    const item = mediaItem(player.attributes.media_id);
    if (player.state === 'off') return 'Off';
    if (player.state === 'idle' || !item) return 'Idle';
    return `${player.state === 'playing' ? 'Playing' : 'Paused'}: ${describeMedia(item)}`;
  },
  sensor: ({ state, attributes: a }, unit) =>
    sensorReading(state, a.device_class, unit, a.unit_of_measurement),
  binary_sensor: (sensor) => {
    const words = binaryClass(sensor.attributes.device_class);
    if (!words) return sensor.state === 'on' ? 'On' : 'Off';
    return sensor.state === 'on' ? words.tileOn : words.tileOff;
  },
  person: (person) => (person.state === 'home' ? 'Home' : 'Away'),
};

/** The short state of a device in words, as on its tile: "On · 80 %", "Heating to 21 °C". */
export function describeState(entity: Entity, unit: TemperatureUnit): string {
  return (DESCRIBE[entity.domain] as Describer<Domain>)(entity, unit);
}
