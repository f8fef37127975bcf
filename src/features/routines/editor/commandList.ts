// The one list of what a "control" step can tell a device to do, in plain words, with the kind of
// value each command takes and how that value is typed in the form (a percentage, a temperature in
// the person's unit, a colour from a list…). Which commands a device offers comes from
// home/capabilities.ts; what each value means to the home, from routines/controls.ts.
import { capitalize } from '../../../domain/assistant/words.ts';
import { CATALOGUE, describeMedia, mediaItem } from '../../../domain/home/catalogue.ts';
import { nameOfHex, nameOfKelvin, parseColor } from '../../../domain/home/colors.ts';
import type { CommandType } from '../../../domain/home/commands.ts';
import { domainAccepts, supportedCommands } from '../../../domain/home/capabilities.ts';
import { formatNumber, fromCelsius, toCelsius } from '../../../domain/home/format.ts';
import {
  HVAC_MODES,
  LIGHT_KELVIN,
  TEMPERATURE_LIMITS,
  type Entity,
  type Home,
} from '../../../domain/home/model.ts';
import { sensorClass } from '../../../domain/home/sensorClasses.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { modeWord, type Choice } from './devices.ts';
import type { AreaDomain } from './formShape.ts';

/**
 * How a command's value is typed: a percentage; a change up or down in percent; a temperature or
 * a change of temperature (in the person's unit, kept in °C); a colour, a shade of white, a mode
 * or something to play from a list; a sensor's reading.
 */
export type ValueKind =
  | 'percent'
  | 'change'
  | 'temperature'
  | 'temperatureChange'
  | 'colour'
  | 'white'
  | 'mode'
  | 'media'
  | 'reading';

interface CommandInfo {
  /** What the "Command" select says: "Turn off", "Set brightness". */
  label: string;
  value?: { kind: ValueKind; label: string };
}

/** Every command, in the order the capabilities table lists them. */
export const COMMANDS: Record<CommandType, CommandInfo> = {
  turn_on: { label: 'Turn on' },
  turn_off: { label: 'Turn off' },
  toggle: { label: 'Switch to the opposite' },
  set_brightness: { label: 'Set brightness', value: { kind: 'percent', label: 'Brightness' } },
  adjust_brightness: {
    label: 'Brighten or dim by',
    value: { kind: 'change', label: 'Change in brightness' },
  },
  set_color: { label: 'Set colour', value: { kind: 'colour', label: 'Colour' } },
  set_color_temp: {
    label: 'Set shade of white',
    value: { kind: 'white', label: 'Shade of white' },
  },
  set_fan_speed: { label: 'Set speed', value: { kind: 'percent', label: 'Speed' } },
  adjust_fan_speed: {
    label: 'Speed up or slow down by',
    value: { kind: 'change', label: 'Change in speed' },
  },
  open: { label: 'Open' },
  close: { label: 'Close' },
  stop: { label: 'Stop moving' },
  set_position: {
    label: 'Set how far open',
    value: { kind: 'percent', label: 'How far open' },
  },
  lock: { label: 'Lock' },
  unlock: { label: 'Unlock' },
  set_temperature: {
    label: 'Set temperature',
    value: { kind: 'temperature', label: 'Temperature' },
  },
  adjust_temperature: {
    label: 'Make warmer or cooler by',
    value: { kind: 'temperatureChange', label: 'Change in temperature' },
  },
  set_hvac_mode: { label: 'Set heating mode', value: { kind: 'mode', label: 'Mode' } },
  play: { label: 'Play' },
  pause: { label: 'Pause' },
  next: { label: 'Skip ahead' },
  previous: { label: 'Go back' },
  set_volume: { label: 'Set volume', value: { kind: 'percent', label: 'Volume' } },
  adjust_volume: {
    label: 'Turn volume up or down by',
    value: { kind: 'change', label: 'Change in volume' },
  },
  mute: { label: 'Mute' },
  unmute: { label: 'Unmute' },
  play_media: { label: 'Play something', value: { kind: 'media', label: 'What to play' } },
  set_value: { label: 'Set the reading', value: { kind: 'reading', label: 'Reading' } },
  trigger: { label: 'Set it off' },
  clear: { label: 'Clear it' },
  arrive: { label: 'Arrive home' },
  leave: { label: 'Leave home' },
};

const ALL = Object.keys(COMMANDS) as CommandType[];

export function isCommand(command: string): command is CommandType {
  return Object.hasOwn(COMMANDS, command);
}

export function commandLabel(command: string): string {
  return isCommand(command) ? COMMANDS[command].label : capitalize(command.replace(/_/g, ' '));
}

export type Target =
  { kind: 'entity'; entity: Entity | undefined } | { kind: 'area'; domain: AreaDomain };

/** What this device, or every device of this kind, can be told to do. */
export function commandChoices(target: Target): CommandType[] {
  if (target.kind === 'area') return ALL.filter((c) => domainAccepts(target.domain, c));
  return target.entity ? supportedCommands(target.entity) : [];
}

export function valueKind(command: string): ValueKind | undefined {
  return isCommand(command) ? COMMANDS[command].value?.kind : undefined;
}

const isTemperatureSensor = (entity: Entity | undefined) =>
  entity?.domain === 'sensor' && entity.attributes.device_class === 'temperature';

/** The unit a sensor's reading is typed in. */
function readingUnit(entity: Entity | undefined, unit: TemperatureUnit): string | undefined {
  if (isTemperatureSensor(entity)) return `°${unit}`;
  if (entity?.domain !== 'sensor') return undefined;
  return entity.attributes.unit_of_measurement ?? sensorClass(entity.attributes.device_class).unit;
}

/** The value field's label, with its unit: "Brightness (%)", "Temperature (°F)", "Colour". */
export function valueLabel(
  command: string,
  unit: TemperatureUnit,
  entity?: Entity,
): string | undefined {
  const info = isCommand(command) ? COMMANDS[command].value : undefined;
  if (!info) return undefined;
  switch (info.kind) {
    case 'percent':
    case 'change':
      return `${info.label} (%)`;
    case 'temperature':
    case 'temperatureChange':
      return `${info.label} (°${unit})`;
    case 'reading': {
      const shown = readingUnit(entity, unit);
      return shown ? `${info.label} (${shown})` : info.label;
    }
    default:
      return info.label;
  }
}

/** A short help line under the value field, where the value needs one. */
export function valueHint(command: string): string | undefined {
  const kind = valueKind(command);
  if (kind === 'change' || kind === 'temperatureChange')
    return 'A minus sign lowers it: -10 means 10 less.';
  return undefined;
}

const WHITES = ['warm white', 'soft white', 'neutral white', 'cool white', 'daylight'];
const COLOURS = ['red', 'orange', 'yellow', 'green', 'cyan', 'blue', 'purple', 'pink'];
const KELVINS = [2000, 2700, 3000, 3500, 4000, 5000, 6500];

/** How a stored colour reads: a name stays a name, #rrggbb becomes the nearest name. */
function colourLabel(value: string): string {
  return capitalize(/^#[0-9a-f]{6}$/i.test(value) ? nameOfHex(value.toLowerCase()) : value);
}

/**
 * The choices for a value picked from a list; undefined for typed values. `current` is always
 * offered, so a colour or title set elsewhere is kept as it is.
 */
export function valueChoices(
  command: string,
  unit: TemperatureUnit,
  entity?: Entity,
  current = '',
): Choice[] | undefined {
  let choices: Choice[];
  switch (valueKind(command)) {
    case 'colour': {
      const modes = entity?.domain === 'light' ? entity.attributes.supported_color_modes : [];
      // A light that only does shades of white is offered whites only.
      const names =
        entity?.domain === 'light' && !modes.includes('rgb') ? WHITES : [...WHITES, ...COLOURS];
      choices = names.map((name) => ({ value: name, label: capitalize(name) }));
      if (current !== '' && !names.includes(current))
        choices.push({ value: current, label: colourLabel(current) });
      return choices;
    }
    case 'white':
      choices = KELVINS.map((k) => ({ value: String(k), label: capitalize(nameOfKelvin(k)) }));
      if (current !== '' && !KELVINS.map(String).includes(current))
        choices.push({ value: current, label: capitalize(nameOfKelvin(Number(current))) });
      return choices;
    case 'mode':
      return HVAC_MODES.map((mode) => ({ value: mode, label: modeWord(mode, unit) }));
    case 'media':
      return CATALOGUE.map((item) => ({ value: item.id, label: describeMedia(item) }));
    default:
      return undefined;
  }
}

/** A first value for a command just chosen: something sensible rather than an empty field. */
export function defaultValue(command: string, unit: TemperatureUnit, entity?: Entity): string {
  switch (valueKind(command)) {
    case 'percent':
      return '50';
    case 'change':
      return '10';
    case 'temperature':
      return formatNumber(Math.round(fromCelsius(20, unit)));
    case 'temperatureChange':
      return unit === 'F' ? '2' : '1';
    case 'colour':
      return 'warm white';
    case 'white':
      return '2700';
    case 'mode':
      return 'heat';
    case 'media':
      return CATALOGUE[0]?.id ?? '';
    case 'reading':
      return entity?.domain === 'sensor' ? valueToForm(command, entity.state, unit, entity) : '';
    default:
      return '';
  }
}

/** °C kept to two decimals: 70 °F is 21.11 °C, which reads back as 70 °F. */
const celsius = (value: number, unit: TemperatureUnit) =>
  Math.round(toCelsius(value, unit) * 100) / 100;
const shown = (value: number | string | undefined) =>
  value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value;

/** A stored value as the form shows it: temperatures in the person's unit, numbers as text. */
export function valueToForm(
  command: string,
  value: number | string | undefined,
  unit: TemperatureUnit,
  entity?: Entity,
): string {
  if (value === undefined) return '';
  const kind = valueKind(command);
  const n = typeof value === 'number' ? value : Number(value);
  if (kind === 'temperature' || (kind === 'reading' && isTemperatureSensor(entity)))
    return Number.isFinite(n) ? formatNumber(fromCelsius(n, unit)) : String(value);
  // A difference of degrees has no 32° offset: +1 °C is +1.8 °F.
  if (kind === 'temperatureChange')
    return Number.isFinite(n) ? formatNumber(unit === 'F' ? (n * 9) / 5 : n) : String(value);
  if (kind === 'white') return Number.isFinite(n) ? String(Math.round(n)) : String(value);
  return shown(value);
}

/** Numbers typed with a comma ("21,5") are read as people mean them. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** What is wrong with a typed or chosen value, in plain words; undefined when it is fine. */
export function valueProblem(
  command: string,
  text: string,
  unit: TemperatureUnit,
  entity?: Entity,
): string | undefined {
  const kind = valueKind(command);
  if (kind === undefined) return undefined;
  const n = readNumber(text);
  switch (kind) {
    case 'percent':
      return n === undefined || n < 0 || n > 100 ? 'Enter a number from 0 to 100' : undefined;
    case 'change':
      return n === undefined || n === 0 || n < -100 || n > 100
        ? 'Enter a number from -100 to 100, but not 0'
        : undefined;
    case 'temperature': {
      const low = formatNumber(fromCelsius(TEMPERATURE_LIMITS.min, unit));
      const high = formatNumber(fromCelsius(TEMPERATURE_LIMITS.max, unit));
      if (n === undefined) return `Enter a temperature, like ${defaultValue(command, unit)}`;
      const c = celsius(n, unit);
      return c < TEMPERATURE_LIMITS.min || c > TEMPERATURE_LIMITS.max
        ? `Enter a temperature from ${low} to ${high} °${unit}`
        : undefined;
    }
    case 'temperatureChange':
      return n === undefined || n === 0 ? 'Enter a number of degrees, but not 0' : undefined;
    case 'colour':
      return text === '' || parseColor(text) === undefined ? 'Choose a colour' : undefined;
    case 'white':
      return n === undefined || n < LIGHT_KELVIN.min || n > LIGHT_KELVIN.max
        ? 'Choose a shade of white'
        : undefined;
    case 'mode':
      return (HVAC_MODES as readonly string[]).includes(text) ? undefined : 'Choose a mode';
    case 'media':
      return mediaItem(text) ? undefined : 'Choose something to play';
    case 'reading': {
      if (n === undefined) return 'Enter a number';
      const limits =
        entity?.domain === 'sensor' ? sensorClass(entity.attributes.device_class).set : undefined;
      if (!limits) return undefined;
      const value = isTemperatureSensor(entity) ? celsius(n, unit) : n;
      if (value >= limits.min && value <= limits.max) return undefined;
      const [low, high] = isTemperatureSensor(entity)
        ? [fromCelsius(limits.min, unit), fromCelsius(limits.max, unit)]
        : [limits.min, limits.max];
      return `Enter a number from ${formatNumber(low)} to ${formatNumber(high)}`;
    }
  }
}

/** The value the model stores: temperatures in °C, numbers as numbers, names as they are. */
export function valueFromForm(
  command: string,
  text: string,
  unit: TemperatureUnit,
  entity?: Entity,
): number | string | undefined {
  const kind = valueKind(command);
  if (kind === undefined) return undefined;
  if (kind === 'colour' || kind === 'mode' || kind === 'media') return text;
  const n = readNumber(text);
  if (n === undefined) return undefined;
  if (kind === 'temperature' || (kind === 'reading' && isTemperatureSensor(entity)))
    return celsius(n, unit);
  if (kind === 'temperatureChange') return Math.round((unit === 'F' ? (n * 5) / 9 : n) * 100) / 100;
  if (kind === 'white') return Math.round(n);
  return n;
}

/** The devices a step can control one of: those with at least one command. */
export const isControllable = (entity: Entity) => supportedCommands(entity).length > 0;

/** The kinds of device this home has, for "all the … in a room". */
export function domainsIn(home: Home, domains: readonly AreaDomain[]): AreaDomain[] {
  return domains.filter((d) => home.entities.some((e) => e.domain === d));
}
