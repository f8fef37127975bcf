// From an understood request to commands for each device it is about. Home Assistant's
// conventions: "turn on" opens a cover and locks a lock; "set the fan to 60 %" is its speed.
// Values come as said (°F from a person who uses °F); the home works in °C and percent.
import { parseColor, type ParsedColor } from '../home/colors.ts';
import type { Command, CommandType } from '../home/commands.ts';
import { formatNumber, formatTemperature, toCelsius } from '../home/format.ts';
import { TEMPERATURE_LIMITS, type Domain, type Entity } from '../home/model.ts';
import { parseCssColor } from '../language/cssColors.ts';
import type { IntentName, Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { unitMeant, unitNote } from './degrees.ts';
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
  'HassFanSetSpeed',
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
  /** A value as said in another unit than the person's, to repeat in the reply: "72 °F". */
  echo?: string;
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

/**
 * A colour the home knows by name ("red", "warm white") goes as said. Any other (a CSS keyword
 * such as "dodger blue") goes as what it is, #rrggbb or a colour temperature: the home's own
 * colour table is on the first page and holds only everyday names.
 */
function colourCommand(entityId: string, said: string, parsed: ParsedColor): Command {
  if (parseColor(said)) return { entityId, type: 'set_color', color: said };
  return parsed.kind === 'temp'
    ? { entityId, type: 'set_color_temp', kelvin: parsed.kelvin }
    : { entityId, type: 'set_color', color: parsed.hex };
}

function lightSet(slots: Slots): CommandPlan | Refusal {
  const { brightness, color } = slots;
  if (brightness === undefined && color === undefined) {
    return {
      refusal: `Tell me how bright or which colour, for example ${curly('set the lights to 50 percent')} or ${curly('make the lamp red')}.`,
    };
  }
  const parsed = color === undefined ? undefined : parseCssColor(color);
  if (color !== undefined && !parsed) {
    return {
      refusal: `I don't know the colour '${color}'. Try red, blue, warm white or daylight.`,
    };
  }
  return {
    notes: [],
    build(entity) {
      const commands: Command[] = [];
      if (color !== undefined && parsed) commands.push(colourCommand(entity.id, color, parsed));
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
  const meant = unitMeant(slots, unit);
  const said = meant.unit;
  const value = slots.temperature;
  if (value === undefined) {
    const example = unit === 'F' ? 70 : 21;
    return {
      refusal: `Tell me the temperature, for example ${curly(`set the thermostat to ${example} degrees`)}.`,
    };
  }
  const exact = toCelsius(value, said);
  const { min, max } = TEMPERATURE_LIMITS;
  if (exact < min || exact > max) {
    return {
      refusal: `A thermostat can be set between ${formatTemperature(min, said)} and ${formatTemperature(max, said)}; ${formatNumber(value)} °${said} is out of range.`,
    };
  }
  // Someone who reads °C hears °F as the nearest half degree (72 °F: 22 °C, not 22.2 °C); in °F
  // a hundredth of a degree keeps 65 °F showing as 65 °F (18.3 °C would show as 64.9 °F).
  const celsius = said === 'F' && unit === 'C' ? Math.round(exact * 2) / 2 : round(exact, 2);
  const notes = [unitNote(value, meant, unit)].filter((note) => note !== '');
  if (said === 'F') {
    const kept =
      unit === 'F'
        ? 'thermostats keep °C'
        : `I set ${formatNumber(celsius)} °C, the nearest half degree`;
    notes.push(`${formatNumber(value)} °F is ${formatNumber(round(exact, 1))} °C; ${kept}.`);
  }
  return {
    notes,
    // Said in the other unit: the reply gives both ("22 °C (72 °F)"), so a wrong guess shows.
    ...(said !== unit ? { echo: `${formatNumber(value)} °${said}` } : {}),
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

/**
 * "play wow": one item of the catalogue, the version already chosen (playTitle.ts), on each
 * player. Apart from planCommands because the item comes from the interpretation, not a slot.
 */
export function playMediaPlan(mediaId: string, notes: string[] = []): CommandPlan {
  return { notes, build: (e) => [{ entityId: e.id, type: 'play_media', mediaId }] };
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
    case 'HassFanSetSpeed': {
      const { percentage } = slots;
      if (percentage === undefined) return howMuch('set the fan to 50 percent');
      return {
        notes: [],
        build: (e) => [{ entityId: e.id, type: 'set_fan_speed', percentage }],
      };
    }
    case 'LightAdjustBrightness':
    case 'ClimateAdjustTemperature':
    case 'MediaAdjustVolume':
      return adjust(intent, slots, unit);
    default:
      return { refusal: `That isn't something I can do to a device.` };
  }
}
