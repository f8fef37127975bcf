// Plain words for states and values, for tiles and the activity log. Temperatures are °C inside the
// domain; the person's unit applies only here, at the edge.
import type { TemperatureUnit } from '../settings/settings.ts';
import { describeMedia, mediaItem } from './catalogue.ts';
import type { Domain, Entity, EntityOf } from './model.ts';

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
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Words for a binary sensor's on and off, by device class. */
const BINARY_WORDS: Record<string, { on: string; off: string; tileOn: string; tileOff: string }> = {
  motion: { on: 'motion', off: 'clear', tileOn: 'Motion detected', tileOff: 'Clear' },
  occupancy: { on: 'occupied', off: 'clear', tileOn: 'Occupied', tileOff: 'Clear' },
  door: { on: 'open', off: 'closed', tileOn: 'Door open', tileOff: 'Door closed' },
  window: { on: 'open', off: 'closed', tileOn: 'Window open', tileOff: 'Window closed' },
  garage_door: {
    on: 'open',
    off: 'closed',
    tileOn: 'Garage door open',
    tileOff: 'Garage door closed',
  },
  moisture: { on: 'wet', off: 'dry', tileOn: 'Leak detected', tileOff: 'Dry' },
  smoke: { on: 'smoke', off: 'clear', tileOn: 'Smoke detected', tileOff: 'Clear' },
  carbon_monoxide: {
    on: 'carbon monoxide',
    off: 'clear',
    tileOn: 'Carbon monoxide detected',
    tileOff: 'Clear',
  },
};

/** State words per domain where the raw state isn't already a plain word. */
const STATE_WORDS: Partial<Record<Domain, Record<string, string>>> = {
  person: { home: 'home', not_home: 'away' },
  climate: { off: 'off', heat: 'heat', cool: 'cool', heat_cool: 'heat and cool' },
};

const SENSOR_UNITS: Record<string, string> = { humidity: '%', illuminance: 'lx', power: 'W' };

function sensorReading(
  value: string | number,
  deviceClass: string | undefined,
  unit: TemperatureUnit,
): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  if (deviceClass === 'temperature') return formatTemperature(number, unit);
  const suffix = deviceClass === undefined ? undefined : SENSOR_UNITS[deviceClass];
  return suffix === undefined ? formatNumber(number) : `${formatNumber(number)} ${suffix}`;
}

export function stateWord(
  value: string,
  unit: TemperatureUnit,
  domain?: string,
  deviceClass?: string,
): string {
  if (domain === 'sensor') return sensorReading(value, deviceClass, unit);
  if (domain === 'binary_sensor') {
    const words = deviceClass === undefined ? undefined : BINARY_WORDS[deviceClass];
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
  sensor: (sensor, unit) => sensorReading(sensor.state, sensor.attributes.device_class, unit),
  binary_sensor: (sensor) => {
    const words = BINARY_WORDS[sensor.attributes.device_class];
    if (!words) return capitalize(sensor.state);
    return sensor.state === 'on' ? words.tileOn : words.tileOff;
  },
  person: (person) => (person.state === 'home' ? 'Home' : 'Away'),
};

/** The short state of a device in words, as on its tile: "On · 80 %", "Heating to 21 °C". */
export function describeState(entity: Entity, unit: TemperatureUnit): string {
  return (DESCRIBE[entity.domain] as Describer<Domain>)(entity, unit);
}
