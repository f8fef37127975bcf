// Actions in words, as an instruction to the home: "turn off all the lights in the Kitchen", "set
// the Hallway light to 40 %", "wait 10 minutes". Control actions carry a command type of
// home/commands.ts and its value; each type has one phrase here, in the person's unit.
import { curly, quote } from '../assistant/words.ts';
import { describeMedia, mediaItem } from '../home/catalogue.ts';
import { nameOfHex, nameOfKelvin } from '../home/colors.ts';
import { formatNumber, formatTemperature, percent, stateWord } from '../home/format.ts';
import { formatValue } from '../home/formatValue.ts';
import { DOMAIN_WORDS, type Entity } from '../home/model.ts';
import type { Action, ActionOf } from './model.ts';
import {
  areaName,
  clip,
  durationWords,
  findEntity,
  nameOf,
  type SummaryContext,
} from './summaryWords.ts';

type Value = ActionOf<'control'>['value'];

/** How one command reads, given its object ("the Hallway light", "all the fans in the Office"). */
type Phrase = (object: string, value: Value, ctx: SummaryContext, entity?: Entity) => string;

/** Values the editor validates; a missing one still reads as something rather than "undefined". */
const NOT_SET = 'a level that is not set';
const number = (value: Value) => (typeof value === 'number' ? value : Number(value));
const level = (value: Value) => (value === undefined ? NOT_SET : percent(number(value)));
const by = (value: Value) => percent(Math.abs(number(value)));
const up = (value: Value, more: string, less: string) => (number(value) < 0 ? less : more);

function colour(value: Value): string {
  if (typeof value === 'number') return nameOfKelvin(value);
  if (value === undefined) return 'a colour that is not set';
  return /^#[0-9a-f]{6}$/i.test(value) ? nameOfHex(value.toLowerCase()) : value;
}

/** A difference of degrees, converted without the 32° offset: +1 °C is +1.8 °F. */
function degreesBy(value: Value, ctx: SummaryContext): string {
  const step = Math.abs(number(value));
  return `${formatNumber(ctx.unit === 'F' ? (step * 9) / 5 : step)} °${ctx.unit}`;
}

/** What a simulated sensor is set to, in its own unit: "26 °C", "400 lux". */
function reading(value: Value, ctx: SummaryContext, entity?: Entity): string {
  if (entity?.domain !== 'sensor') return value === undefined ? NOT_SET : String(value);
  const { device_class, unit_of_measurement } = entity.attributes;
  return formatValue('state', String(value), ctx.unit, 'sensor', device_class, unit_of_measurement);
}

function media(value: Value): string {
  const item = typeof value === 'string' ? mediaItem(value) : undefined;
  return item ? curly(describeMedia(item)) : 'something no longer in the catalogue';
}

const COMMANDS: Record<string, Phrase> = {
  turn_on: (o) => `turn on ${o}`,
  turn_off: (o) => `turn off ${o}`,
  toggle: (o) => `switch ${o} on or off, whichever it is not`,
  set_brightness: (o, v) => `set ${o} to ${level(v)}`,
  adjust_brightness: (o, v) => `${up(v, 'brighten', 'dim')} ${o} by ${by(v)}`,
  set_color: (o, v) => `set ${o} to ${colour(v)}`,
  set_color_temp: (o, v) => `set ${o} to ${colour(number(v))}`,
  set_fan_speed: (o, v) => `set the speed of ${o} to ${level(v)}`,
  adjust_fan_speed: (o, v) => `${up(v, 'speed up', 'slow down')} ${o} by ${by(v)}`,
  open: (o) => `open ${o}`,
  close: (o) => `close ${o}`,
  stop: (o) => `stop ${o}`,
  set_position: (o, v) => `set ${o} to ${level(v)} open`,
  lock: (o) => `lock ${o}`,
  unlock: (o) => `unlock ${o}`,
  set_temperature: (o, v, ctx) =>
    `set ${o} to ${v === undefined ? NOT_SET : formatTemperature(number(v), ctx.unit)}`,
  adjust_temperature: (o, v, ctx) => `turn ${o} ${up(v, 'up', 'down')} by ${degreesBy(v, ctx)}`,
  set_hvac_mode: (o, v, ctx) =>
    v === 'off'
      ? `switch ${o} off`
      : `set ${o} to ${stateWord(String(v), ctx.unit, 'climate')} mode`,
  play: (o) => `press play on ${o}`,
  pause: (o) => `pause ${o}`,
  next: (o) => `skip ahead on ${o}`,
  previous: (o) => `go back on ${o}`,
  set_volume: (o, v) => `set the volume on ${o} to ${level(v)}`,
  adjust_volume: (o, v) => `turn ${o} ${up(v, 'up', 'down')} by ${by(v)}`,
  mute: (o) => `mute ${o}`,
  unmute: (o) => `unmute ${o}`,
  play_media: (o, v) => `play ${media(v)} on ${o}`,
  set_value: (o, v, ctx, entity) => `set ${o} to ${reading(v, ctx, entity)}`,
  trigger: (o) => `set off ${o}`,
  clear: (o) => `clear ${o}`,
  arrive: (o) => `have ${o} arrive home`,
  leave: (o) => `have ${o} leave`,
};

function describeControl(action: ActionOf<'control'>, ctx: SummaryContext): string {
  const { target, command, value } = action;
  let object: string;
  let entity: Entity | undefined;
  if (target.kind === 'entity') {
    entity = findEntity(ctx, target.entityId);
    object = nameOf(entity);
  } else {
    const where = target.areaId === undefined ? '' : ` in ${areaName(ctx, target.areaId)}`;
    object = `all the ${DOMAIN_WORDS[target.domain].many}${where}`;
  }
  const phrase = COMMANDS[command];
  if (phrase) return phrase(object, value, ctx, entity);
  // A command this version has no words for: still readable, never an id.
  return `${command.replace(/_/g, ' ')} ${object}`;
}

/**
 * Another routine or a taught command, by name. The lookups are optional: without one the name is
 * unknown, which is not the same as deleted.
 */
function named(
  lookup: ((id: string) => string | undefined) | undefined,
  id: string,
  words: { unknown: string; missing: string; known: (name: string) => string },
): string {
  if (!lookup) return words.unknown;
  const name = lookup(id);
  return name === undefined ? words.missing : words.known(quote(name));
}

/** One action as an instruction, for editor rows, traces and the summary. */
export function describeAction(action: Action, ctx: SummaryContext): string {
  switch (action.type) {
    case 'control':
      return describeControl(action, ctx);
    case 'run_routine':
      return `run ${named(ctx.routineName, action.routineId, {
        unknown: 'another routine',
        missing: 'a routine that no longer exists',
        known: (name) => `the routine ${name}`,
      })}`;
    case 'run_taught':
      return `do ${named(ctx.taughtName, action.commandId, {
        unknown: 'a taught command',
        missing: 'a taught command that no longer exists',
        known: (name) => name,
      })}`;
    case 'wait':
      return `wait ${durationWords(action.seconds)}`;
    case 'say':
      return `say ${quote(clip(action.text))}`;
    case 'notify':
      return `send a notification ${quote(clip(action.title))}`;
  }
}
