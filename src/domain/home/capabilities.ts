// What each kind of device can do, as data: the panel offers these controls, the interpreter only
// proposes these commands, and execute() refuses anything else with a sentence naming the device.
import type { Command, CommandType } from './commands.ts';
import type { Domain, Entity, EntityOf } from './model.ts';
import { sensorClass } from './sensorClasses.ts';

/** `true`: every device of the domain; a predicate: only devices that have the feature. */
type Support<E> = true | ((entity: E) => boolean);
type CommandTable<E> = Partial<Record<CommandType, Support<E>>>;

const hasMode = (mode: 'brightness' | 'color_temp' | 'rgb') => (light: EntityOf<'light'>) =>
  light.attributes.supported_color_modes.includes(mode);
const dimmable = (light: EntityOf<'light'>) =>
  light.attributes.supported_color_modes.some((mode) => mode !== 'onoff');

const ON_OFF = { turn_on: true, turn_off: true, toggle: true } as const;

const COMMANDS: { [D in Domain]: CommandTable<EntityOf<D>> } = {
  light: {
    ...ON_OFF,
    set_brightness: dimmable,
    adjust_brightness: dimmable,
    set_color: (light) => hasMode('rgb')(light) || hasMode('color_temp')(light),
    set_color_temp: hasMode('color_temp'),
  },
  switch: { ...ON_OFF },
  fan: { ...ON_OFF, set_fan_speed: true, adjust_fan_speed: true },
  cover: {
    open: true,
    close: true,
    stop: true,
    toggle: true,
    // Garage doors accept only 0 and 100 (execute() explains why); the panel shows no slider.
    set_position: (cover) => cover.attributes.supports_position,
  },
  lock: { lock: true, unlock: true, toggle: true },
  climate: {
    ...ON_OFF,
    set_temperature: true,
    adjust_temperature: true,
    set_hvac_mode: true,
  },
  media_player: {
    ...ON_OFF,
    play: true,
    pause: true,
    next: true,
    previous: true,
    set_volume: true,
    adjust_volume: true,
    mute: true,
    unmute: true,
    play_media: true,
  },
  // Only readings the panel acts out (a temperature, not a date or a price) can be set.
  sensor: { set_value: (sensor) => sensorClass(sensor.attributes.device_class).set !== undefined },
  binary_sensor: { trigger: true, clear: true },
  person: { arrive: true, leave: true },
};

function tableOf(domain: Domain): CommandTable<Entity> {
  return COMMANDS[domain] as CommandTable<Entity>;
}

/** The commands this device offers, in a stable order (the order of the table). */
export function supportedCommands(entity: Entity): CommandType[] {
  const table = tableOf(entity.domain);
  return (Object.keys(table) as CommandType[]).filter((type) => {
    const support = table[type];
    return support === true || (support !== undefined && support(entity));
  });
}

/** Whether the domain knows the command at all; finer checks (a light without colour) live in the handler. */
export function domainAccepts(domain: Domain, type: CommandType): boolean {
  return tableOf(domain)[type] !== undefined;
}

/** Device classes whose changes matter for safety: confirmations, hunches, warnings. */
const SECURITY: { [D in Domain]?: true | readonly string[] } = {
  lock: true,
  cover: ['garage', 'door'],
  binary_sensor: ['smoke', 'carbon_monoxide'],
};

export function isSecurityRelevant(entity: Entity): boolean {
  const rule = SECURITY[entity.domain];
  if (rule === undefined) return false;
  if (rule === true) return true;
  const deviceClass =
    'device_class' in entity.attributes ? entity.attributes.device_class : undefined;
  return deviceClass !== undefined && rule.includes(deviceClass);
}

/** Plain words for a device class, where the class says more than the domain does. */
const KIND_BY_CLASS: Record<string, string> = {
  outlet: 'plug',
  switch: 'switch',
  garage: 'garage door',
  blind: 'blind',
  curtain: 'curtain',
  shade: 'shade',
  window: 'window',
  door: 'door',
  tv: 'TV',
  speaker: 'speaker',
};
const SENSOR_KIND: Record<string, string> = {
  temperature: 'temperature sensor',
  humidity: 'humidity sensor',
  illuminance: 'light sensor',
  power: 'power meter',
  motion: 'motion sensor',
  occupancy: 'occupancy sensor',
  door: 'door sensor',
  window: 'window sensor',
  garage_door: 'garage door sensor',
  moisture: 'leak sensor',
  smoke: 'smoke alarm',
  carbon_monoxide: 'carbon monoxide alarm',
};
const KIND_BY_DOMAIN: Record<Domain, string> = {
  light: 'light',
  switch: 'switch',
  fan: 'fan',
  cover: 'blind',
  lock: 'lock',
  climate: 'thermostat',
  media_player: 'media player',
  sensor: 'sensor',
  binary_sensor: 'sensor',
  person: 'person',
};

/** "light", "garage door", "motion sensor", "TV": what a person would call this kind of device. */
export function deviceKind(entity: Entity): string {
  const deviceClass =
    'device_class' in entity.attributes ? entity.attributes.device_class : undefined;
  const table =
    entity.domain === 'sensor' || entity.domain === 'binary_sensor' ? SENSOR_KIND : KIND_BY_CLASS;
  return (
    (deviceClass !== undefined ? table[deviceClass] : undefined) ?? KIND_BY_DOMAIN[entity.domain]
  );
}

export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** Completes "it can't …" for each command. */
const CANNOT: Record<CommandType, string> = {
  turn_on: 'be turned on',
  turn_off: 'be turned off',
  toggle: 'be switched on and off',
  set_brightness: 'be dimmed',
  adjust_brightness: 'be dimmed or brightened',
  set_color: 'change colour',
  set_color_temp: 'change its shade of white',
  set_fan_speed: 'change speed',
  adjust_fan_speed: 'change speed',
  open: 'be opened',
  close: 'be closed',
  stop: 'be stopped',
  set_position: 'be set to a position',
  lock: 'be locked',
  unlock: 'be unlocked',
  set_temperature: 'be set to a temperature',
  adjust_temperature: 'be made warmer or cooler',
  set_hvac_mode: 'change heating mode',
  play: 'play anything',
  pause: 'be paused',
  next: 'skip ahead',
  previous: 'go back',
  set_volume: 'change volume',
  adjust_volume: 'change volume',
  mute: 'be muted',
  unmute: 'be unmuted',
  play_media: 'play anything',
  set_value: 'have its reading set',
  trigger: 'be triggered',
  clear: 'be cleared',
  arrive: 'arrive home',
  leave: 'leave home',
};

/** "Kitchen ceiling is a light; it can't be locked." */
export function unsupportedMessage(entity: Entity, command: Command): string {
  const pronoun = entity.domain === 'person' ? 'they' : 'it';
  const what = CANNOT[command.type] ?? `do '${String(command.type)}'`;
  return `${entity.name} is ${withArticle(deviceKind(entity))}; ${pronoun} can't ${what}.`;
}
