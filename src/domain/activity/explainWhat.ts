// The "what" half of an explanation: an event's changes as one line of plain words, e.g.
// "Kitchen ceiling turned on, brightness 0 % → 80 %". Which words fit depends on the domain, and
// for sensors on the device class, which the event itself doesn't carry (see ExplainOptions.entity).
import { binaryClass } from '../home/binaryClasses.ts';
import { formatValue } from '../home/formatValue.ts';
import type { Entity } from '../home/model.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import type { AttributeValue, Change, HomeEvent } from './event.ts';

export interface ExplainOptions {
  unit: TemperatureUnit;
  /** Area id -> name; when given, the area is named if the device's name doesn't already say it. */
  areaName?: (areaId: string) => string | undefined;
  /** IANA zone for dates ("you taught me … on 3 March"); UTC when absent. */
  timeZone?: string;
  /** The device as it is now, for words that depend on its class ("detected motion", "21 °C"). */
  entity?: (entityId: string) => Entity | undefined;
}

export interface Context {
  event: HomeEvent;
  options: ExplainOptions;
  deviceClass: string | undefined;
  changes: Map<string, Change>;
}

/** A sensor's own unit ("MB/s"), read off the device as it is now: events don't carry it. */
function measureOf(ctx: Context): string | undefined {
  if (ctx.event.domain !== 'sensor') return undefined;
  const entity = ctx.options.entity?.(ctx.event.entityId);
  return entity?.domain === 'sensor' ? entity.attributes.unit_of_measurement : undefined;
}

const word = (ctx: Context, key: string, value: AttributeValue | undefined) =>
  formatValue(key, value, ctx.options.unit, ctx.event.domain, ctx.deviceClass, measureOf(ctx));

const DETECTED = (what: string) => ({ on: `detected ${what}`, off: 'cleared' });
const OPENS = { on: 'opened', off: 'closed' };
const STARTS = (what: string) => ({ on: `started ${what}`, off: `stopped ${what}` });
/**
 * Verb phrases for a binary sensor turning on and off. A class not listed says its words from
 * binaryClasses.ts: "Water pipes is now cold", "Phone is now up-to-date".
 */
const BINARY_PHRASES: Record<string, { on: string; off: string }> = {
  motion: DETECTED('motion'),
  occupancy: DETECTED('someone'),
  door: OPENS,
  window: OPENS,
  garage_door: OPENS,
  opening: OPENS,
  moisture: { on: 'detected a leak', off: 'dried out' },
  smoke: DETECTED('smoke'),
  carbon_monoxide: DETECTED('carbon monoxide'),
  gas: DETECTED('gas'),
  sound: DETECTED('sound'),
  vibration: DETECTED('vibration'),
  tamper: DETECTED('tampering'),
  light: { on: 'detected light', off: 'detected no light' },
  battery: { on: 'reported a low battery', off: 'reported a normal battery' },
  battery_charging: STARTS('charging'),
  running: STARTS('running'),
  moving: STARTS('moving'),
  connectivity: { on: 'connected', off: 'disconnected' },
  plug: { on: 'was plugged in', off: 'was unplugged' },
  power: { on: 'detected power', off: 'lost power' },
  presence: { on: 'arrived home', off: 'went away' },
  problem: { on: 'reported a problem', off: 'is OK again' },
  update: { on: 'has an update available', off: 'is up-to-date' },
};

function binaryPhrase(ctx: Context, to: AttributeValue): string {
  const phrases = ctx.deviceClass === undefined ? undefined : BINARY_PHRASES[ctx.deviceClass];
  const phrase = to === 'on' ? phrases?.on : phrases?.off;
  if (phrase) return phrase;
  const words = binaryClass(ctx.deviceClass);
  if (words && (to === 'on' || to === 'off')) return `is now ${words[to]}`;
  return to === 'on' ? 'was triggered' : 'cleared';
}

/** The verb phrase for a change of state, per domain. */
function statePhrase(ctx: Context, change: Change): string {
  const { from, to } = change;
  const target = ctx.changes.get('target_position')?.to;
  const position = ctx.changes.get('position')?.to;
  switch (ctx.event.domain) {
    case 'cover':
      if (to === 'opening' || to === 'closing') {
        const end = to === 'opening' ? 100 : 0;
        const where =
          typeof target === 'number' && target !== end
            ? ` to ${word(ctx, 'position', target)}`
            : '';
        return `started ${to}${where}`;
      }
      // A stop drops the target where the cover stands; an arrival (simulate.ts) reaches it.
      if (ctx.changes.get('target_position')?.to === null && position === undefined)
        return 'stopped';
      if (to === 'closed') return 'closed';
      return typeof position === 'number' && position > 0 && position < 100
        ? `opened to ${word(ctx, 'position', position)}`
        : 'opened';
    case 'climate':
      return to === 'off' ? 'turned off' : `switched to ${word(ctx, 'state', to)} mode`;
    case 'media_player': {
      const media = ctx.changes.get('media_id')?.to;
      if (to === 'playing' && typeof media === 'string')
        return `started playing ${word(ctx, 'media_id', media)}`;
      if (to === 'playing') return from === 'paused' ? 'resumed playing' : 'started playing';
      if (to === 'idle' && from === 'playing' && ctx.changes.get('media_id')?.to == null)
        return 'finished playing';
      if (to === 'idle') return from === 'off' ? 'turned on' : 'stopped';
      return to === 'off' ? 'turned off' : String(to);
    }
    case 'binary_sensor':
      return binaryPhrase(ctx, to);
    case 'person':
      return to === 'home' ? 'arrived home' : 'left home';
    case 'lock':
      return String(to);
    case 'sensor':
      return `${word(ctx, 'state', from)} → ${word(ctx, 'state', to)}`;
    default:
      return to === 'on' || to === 'off' ? `turned ${to}` : `changed to ${word(ctx, 'state', to)}`;
  }
}

const LABELS: Record<string, string> = {
  brightness: 'brightness',
  percentage: 'speed',
  position: 'position',
  temperature: 'target',
  current_temperature: 'room temperature',
  current_humidity: 'humidity',
  volume: 'volume',
};
/** Keys that only follow from others, or tick too often to be worth words. */
const QUIET = new Set([
  'color_mode',
  'media_position',
  'queue',
  'last_triggered',
  'hvac_action',
  'target_position',
]);
const COLOUR_KEYS = ['rgb_color', 'color_temp_kelvin'] as const;

function colourPhrase(ctx: Context): string | undefined {
  const named = (side: 'from' | 'to') => {
    for (const key of COLOUR_KEYS) {
      const value = ctx.changes.get(key)?.[side];
      if (value !== undefined && value !== null) return word(ctx, key, value);
    }
    return undefined;
  };
  const to = named('to');
  if (to === undefined) return undefined;
  const from = named('from');
  return from === undefined || from === to ? `colour ${to}` : `colour ${from} → ${to}`;
}

function attributePhrases(ctx: Context): string[] {
  const phrases: string[] = [];
  const state = ctx.changes.get('state');
  for (const change of ctx.changes.values()) {
    const { key, from, to } = change;
    if (key === 'state' || QUIET.has(key) || (COLOUR_KEYS as readonly string[]).includes(key))
      continue;
    if (key === 'media_id') {
      // Nothing loaded any more is said by the state ("finished playing"), not as "switched to none".
      if (state?.to !== 'playing' && to != null) phrases.push(`switched to ${word(ctx, key, to)}`);
    } else if (key === 'muted') {
      phrases.push(to ? 'muted' : 'unmuted');
    } else if (key === 'position' && ctx.event.domain === 'cover' && state) {
      continue; // Said by the state phrase ("opened to 40 %").
    } else {
      const label = LABELS[key] ?? key.replace(/_/g, ' ');
      phrases.push(`${label} ${word(ctx, key, from)} → ${word(ctx, key, to)}`);
    }
  }
  const colour = colourPhrase(ctx);
  if (colour) phrases.push(colour);
  return phrases;
}

/** Things worth saying only when nothing louder changed: a thermostat starting to heat, a retarget. */
function quietPhrase(ctx: Context): string | undefined {
  const action = ctx.changes.get('hvac_action');
  if (action && !ctx.changes.has('temperature')) {
    if (action.to === 'heating' || action.to === 'cooling') return `started ${action.to}`;
    if (action.from === 'heating' || action.from === 'cooling') return `stopped ${action.from}`;
  }
  const target = ctx.changes.get('target_position');
  if (target && typeof target.to === 'number')
    return `heading to ${word(ctx, 'position', target.to)}`;
  if (ctx.changes.has('last_triggered') && ctx.event.domain === 'binary_sensor')
    return 'was triggered again';
  return undefined;
}

function subject(event: HomeEvent, options: ExplainOptions): string {
  const area = event.area === undefined ? undefined : options.areaName?.(event.area);
  if (!area || event.entityName.toLowerCase().includes(area.toLowerCase())) return event.entityName;
  return `${event.entityName} (${area})`;
}

export function describeWhat(ctx: Context): string {
  const state = ctx.changes.get('state');
  const phrases = [...(state ? [statePhrase(ctx, state)] : []), ...attributePhrases(ctx)];
  if (!state) {
    const quiet = quietPhrase(ctx);
    if (quiet) phrases.push(quiet);
  }
  const [first, ...rest] = phrases;
  const name = subject(ctx.event, ctx.options);
  if (first === undefined) return `${name} changed`;
  return [`${name} ${first}`, ...rest].join(', ');
}
