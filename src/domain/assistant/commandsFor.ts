// From an understood request to commands for each device it is about. Home Assistant's
// conventions: "turn on" opens a cover and locks a lock; "set the fan to 60 %" is its speed.
// Values come as said (°F from a person who uses °F); the home works in °C and percent.
import { parseColor } from '../home/colors.ts';
import type { Command, CommandType } from '../home/commands.ts';
import { formatNumber, formatTemperature, toCelsius } from '../home/format.ts';
import { TEMPERATURE_LIMITS, type Domain, type Entity } from '../home/model.ts';
import type { IntentName, Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { curly } from './words.ts';

/** How much "brighter", "turn it up" and "warmer" change when no amount is said. */
export const DEFAULT_STEP = { brightness: 20, volume: 10, degrees: 1 } as const;

export const CONTROL_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>([
  'HassTurnOn',
  'HassTurnOff',
  'HassLightSet',
  'HassClimateSetTemperature',
  'HassSetPosition',
  'HassSetVolume',
  'HassMediaPause',
  'HassMediaUnpause',
  'HassMediaNext',
  'HassMediaPrevious',
  'HassMediaMute',
  'HassMediaUnmute',
  'LightAdjustBrightness',
  'ClimateAdjustTemperature',
  'MediaAdjustVolume',
]);

export interface CommandPlan {
  /** The commands for one device (an empty list never happens for a control intent). */
  build(entity: Entity): Command[];
  /** Why the values are what they are (defaults, conversions), for "Why?". */
  notes: string[];
}

/** The request can't be carried out as said, whatever the device: the sentence says why. */
export interface Refusal {
  refusal: string;
}

const ON: Partial<Record<Domain, CommandType>> = { cover: 'open', lock: 'lock' };
const OFF: Partial<Record<Domain, CommandType>> = { cover: 'close', lock: 'unlock' };
const MEDIA: Partial<Record<IntentName, CommandType>> = {
  HassMediaPause: 'pause',
  HassMediaUnpause: 'play',
  HassMediaNext: 'next',
  HassMediaPrevious: 'previous',
  HassMediaMute: 'mute',
  HassMediaUnmute: 'unmute',
};

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const sign = (slots: Slots) => (slots.direction === 'down' ? -1 : 1);
const simple = (entityId: string, type: CommandType) => ({ entityId, type }) as Command;

function lightSet(slots: Slots): CommandPlan | Refusal {
  const { brightness, color } = slots;
  if (brightness === undefined && color === undefined) {
    return {
      refusal: `Tell me how bright or which colour, for example ${curly('set the lights to 50 percent')} or ${curly('make the lamp red')}.`,
    };
  }
  if (color !== undefined && !parseColor(color)) {
    return {
      refusal: `I don't know the colour '${color}'. Try red, blue, warm white or daylight.`,
    };
  }
  return {
    notes: [],
    build(entity) {
      const commands: Command[] = [];
      if (color !== undefined) commands.push({ entityId: entity.id, type: 'set_color', color });
      if (brightness !== undefined) {
        // A fan's speed is its percentage: "set the desk fan to 60 %".
        commands.push(
          entity.domain === 'fan'
            ? { entityId: entity.id, type: 'set_fan_speed', percentage: brightness }
            : { entityId: entity.id, type: 'set_brightness', brightness },
        );
      }
      return commands;
    },
  };
}

function setTemperature(slots: Slots, unit: TemperatureUnit): CommandPlan | Refusal {
  const said = slots.temperature_unit ?? unit;
  const example = said === 'F' ? 70 : 21;
  if (slots.temperature === undefined) {
    return {
      refusal: `Tell me the temperature, for example ${curly(`set the thermostat to ${example} degrees`)}.`,
    };
  }
  const celsius = round(toCelsius(slots.temperature, said), 1);
  const { min, max } = TEMPERATURE_LIMITS;
  if (celsius < min || celsius > max) {
    return {
      refusal: `A thermostat can be set between ${formatTemperature(min, said)} and ${formatTemperature(max, said)}; ${formatNumber(slots.temperature)} °${said} is out of range.`,
    };
  }
  const notes: string[] = [];
  if (slots.temperature_unit === undefined)
    notes.push(`You didn't say °C or °F, so I used °${unit}, as in your settings.`);
  if (said === 'F')
    notes.push(
      `${formatNumber(slots.temperature)} °F is ${formatNumber(celsius)} °C; thermostats keep °C.`,
    );
  return {
    notes,
    build: (entity) => [{ entityId: entity.id, type: 'set_temperature', temperature: celsius }],
  };
}

const howMuch = (example: string): Refusal => ({
  refusal: `Tell me how much, for example ${curly(example)}.`,
});

function adjust(intent: IntentName, slots: Slots, unit: TemperatureUnit): CommandPlan {
  const notes: string[] = [];
  const amount = (fallback: number, what: string) => {
    if (slots.amount !== undefined) return slots.amount;
    notes.push(`You didn't say how much, so I used ${what}.`);
    return fallback;
  };
  if (intent === 'ClimateAdjustTemperature') {
    const said = slots.temperature_unit ?? unit;
    const degrees = amount(DEFAULT_STEP.degrees, `${DEFAULT_STEP.degrees} °${said}`);
    const by = round((said === 'F' ? (degrees * 5) / 9 : degrees) * sign(slots), 2);
    return { notes, build: (e) => [{ entityId: e.id, type: 'adjust_temperature', by }] };
  }
  if (intent === 'MediaAdjustVolume') {
    const by = amount(DEFAULT_STEP.volume, `${DEFAULT_STEP.volume} %`) * sign(slots);
    return { notes, build: (e) => [{ entityId: e.id, type: 'adjust_volume', by }] };
  }
  const by = amount(DEFAULT_STEP.brightness, `${DEFAULT_STEP.brightness} %`) * sign(slots);
  return {
    notes,
    build: (e) => [
      e.domain === 'fan'
        ? { entityId: e.id, type: 'adjust_fan_speed', by }
        : { entityId: e.id, type: 'adjust_brightness', by },
    ],
  };
}

/** How to turn this request into commands, or why it can't be done as said. */
export function planCommands(
  intent: IntentName,
  slots: Slots,
  unit: TemperatureUnit,
): CommandPlan | Refusal {
  const media = MEDIA[intent];
  if (media !== undefined) return { notes: [], build: (e) => [simple(e.id, media)] };
  switch (intent) {
    case 'HassTurnOn':
      return { notes: [], build: (e) => [simple(e.id, ON[e.domain] ?? 'turn_on')] };
    case 'HassTurnOff':
      return { notes: [], build: (e) => [simple(e.id, OFF[e.domain] ?? 'turn_off')] };
    case 'HassLightSet':
      return lightSet(slots);
    case 'HassClimateSetTemperature':
      return setTemperature(slots, unit);
    case 'HassSetPosition': {
      const { position } = slots;
      if (position === undefined) return howMuch('open the blinds to 50 percent');
      return { notes: [], build: (e) => [{ entityId: e.id, type: 'set_position', position }] };
    }
    case 'HassSetVolume': {
      const volume = slots.volume_level;
      if (volume === undefined) return howMuch('set the volume to 30 percent');
      return { notes: [], build: (e) => [{ entityId: e.id, type: 'set_volume', volume }] };
    }
    case 'LightAdjustBrightness':
    case 'ClimateAdjustTemperature':
    case 'MediaAdjustVolume':
      return adjust(intent, slots, unit);
    default:
      return { refusal: `That isn't something I can do to a device.` };
  }
}
