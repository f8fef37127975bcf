// States in words for answers: what a device is now ("on at 80 %", "locked", "detecting motion")
// and whether it is in the state a question asks about ("is the front door locked?").
import { describeMedia, mediaItem } from '../home/catalogue.ts';
import { formatTemperature, percent, stateWord } from '../home/format.ts';
import type { Entity } from '../home/model.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { curly } from './words.ts';

/** The words a question may use, to the one state each means. */
const SAME: Record<string, string> = {
  opened: 'open',
  close: 'closed',
  shut: 'closed',
  lock: 'locked',
  unlock: 'unlocked',
  not_home: 'away',
  'not home': 'away',
  out: 'away',
  gone: 'away',
  in: 'home',
  motion: 'detected',
  detecting: 'detected',
  occupied: 'detected',
  triggered: 'detected',
  wet: 'detected',
  leak: 'detected',
  leaking: 'detected',
  dry: 'clear',
  running: 'on',
  heat: 'heating',
  cool: 'cooling',
};

export function canonicalState(said: string): string {
  const word = said.trim().toLowerCase();
  return SAME[word] ?? word;
}

const DOOR_LIKE = new Set(['door', 'window', 'garage_door']);

const onOff = (word: string, on: boolean) =>
  word === 'on' ? on : word === 'off' ? !on : undefined;

/** Whether the device is in the state asked about; undefined when the word doesn't apply to it. */
export function matchesState(entity: Entity, said: string): boolean | undefined {
  const word = canonicalState(said);
  switch (entity.domain) {
    case 'light':
    case 'switch':
    case 'fan':
      return onOff(word, entity.state === 'on');
    case 'media_player':
      if (['playing', 'paused', 'idle'].includes(word)) return entity.state === word;
      if (word === 'muted') return entity.attributes.muted;
      return onOff(word, entity.state !== 'off');
    case 'cover':
      if (word === 'opening' || word === 'closing') return entity.state === word;
      return word === 'open'
        ? entity.state !== 'closed'
        : word === 'closed'
          ? entity.state === 'closed'
          : undefined;
    case 'lock':
      return word === 'locked' || word === 'unlocked' ? entity.state === word : undefined;
    case 'climate':
      if (word === 'heating' || word === 'cooling') return entity.attributes.hvac_action === word;
      return onOff(word, entity.state !== 'off');
    case 'binary_sensor': {
      const on = entity.state === 'on';
      if (DOOR_LIKE.has(entity.attributes.device_class))
        return word === 'open' ? on : word === 'closed' ? !on : onOff(word, on);
      return word === 'detected' ? on : word === 'clear' ? !on : onOff(word, on);
    }
    case 'person':
      return word === 'home'
        ? entity.state === 'home'
        : word === 'away'
          ? entity.state !== 'home'
          : undefined;
    default:
      return undefined;
  }
}

export const DETECTING: Readonly<Record<string, string>> = {
  motion: 'detecting motion',
  occupancy: 'detecting someone',
  moisture: 'detecting a leak',
  smoke: 'detecting smoke',
  carbon_monoxide: 'detecting carbon monoxide',
};

/**
 * What the device is now, to follow "is": "on", "locked", "21.4 °C", "detecting motion". With
 * `detail`, the level too ("on at 80 %", "playing “So What by Miles Davis”").
 */
export function predicate(entity: Entity, unit: TemperatureUnit, detail = false): string {
  switch (entity.domain) {
    case 'light': {
      const dimmable = entity.attributes.supported_color_modes.some((m) => m !== 'onoff');
      return entity.state === 'on' && detail && dimmable
        ? `on at ${percent(entity.attributes.brightness)}`
        : entity.state;
    }
    case 'fan':
      return entity.state === 'on' && detail
        ? `on at ${percent(entity.attributes.percentage)}`
        : entity.state;
    case 'cover': {
      const { position } = entity.attributes;
      if (entity.state !== 'open') return entity.state;
      return detail && position < 100 ? `open at ${percent(position)}` : 'open';
    }
    case 'climate': {
      const target = formatTemperature(entity.attributes.temperature, unit);
      if (entity.state === 'off') return 'off';
      const action = entity.attributes.hvac_action;
      return action === 'heating' || action === 'cooling'
        ? `${action} to ${target}`
        : `set to ${target}`;
    }
    case 'media_player': {
      const item = mediaItem(entity.attributes.media_id);
      const what = detail && item ? ` ${curly(describeMedia(item))}` : '';
      if (entity.state === 'playing') return `playing${what}`;
      if (entity.state === 'paused') return `paused${what ? ` on${what}` : ''}`;
      return entity.state;
    }
    case 'sensor':
      return stateWord(entity.state, unit, 'sensor', entity.attributes.device_class);
    case 'binary_sensor': {
      const { device_class } = entity.attributes;
      if (entity.state === 'off') return DOOR_LIKE.has(device_class) ? 'closed' : 'clear';
      return DOOR_LIKE.has(device_class) ? 'open' : (DETECTING[device_class] ?? 'on');
    }
    case 'person':
      return entity.state === 'home' ? 'home' : 'away';
    default:
      return entity.state;
  }
}

/**
 * The state asked about, as it reads after "is": the word itself ("on", "locked", "away"), or for
 * sensors, how they put it ("open" for a window sensor that is on, "detecting motion").
 */
export function stateLabel(
  said: string,
  relevant: readonly Entity[],
  unit: TemperatureUnit,
): string {
  const word = canonicalState(said);
  const [first] = relevant;
  if (first?.domain !== 'binary_sensor') return word;
  const state = matchesState({ ...first, state: 'on' }, said) === true ? 'on' : 'off';
  return predicate({ ...first, state }, unit);
}

/** Whether the state asked about is what a detector reports when it fires ("motion", "smoke"). */
export function asksDetected(said: string, entity: Entity): boolean {
  return (
    entity.domain === 'binary_sensor' && matchesState({ ...entity, state: 'on' }, said) === true
  );
}
