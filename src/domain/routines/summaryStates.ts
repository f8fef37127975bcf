// What a device changing state, or being in one, reads like: "the Front door sensor opens", "the
// Hallway motion detects motion", "the Back door is unlocked", "Emma arrives home". Binary sensor
// words come from binaryClasses.ts, other states from format.ts, so tiles and routines agree.
import { binaryClass, type BinaryClass } from '../home/binaryClasses.ts';
import { stateWord } from '../home/format.ts';
import type { Entity } from '../home/model.ts';
import type { TemperatureUnit } from '../settings/settings.ts';

/** What a detector or alarm notices, for "detects motion", "detects a leak". */
const NOTICES: Partial<Record<BinaryClass, string>> = {
  motion: 'motion',
  occupancy: 'someone',
  sound: 'sound',
  vibration: 'vibration',
  light: 'light',
  smoke: 'smoke',
  gas: 'gas',
  carbon_monoxide: 'carbon monoxide',
  moisture: 'a leak',
  tamper: 'tampering',
};

/** A state as a plain word for this device: "open", "away", "21 °C", "heat mode". */
export function stateOf(entity: Entity | undefined, state: string, unit: TemperatureUnit): string {
  if (!entity) return state.replace(/_/g, ' ');
  if (entity.domain === 'climate') return `in ${stateWord(state, unit, 'climate')} mode`;
  const deviceClass = 'device_class' in entity.attributes ? entity.attributes.device_class : '';
  const measure = entity.domain === 'sensor' ? entity.attributes.unit_of_measurement : undefined;
  return stateWord(state, unit, entity.domain, deviceClass, measure);
}

/** A binary sensor turning on or off: "opens", "detects motion", "becomes low". */
function binaryChange(deviceClass: BinaryClass, on: boolean): string | undefined {
  const words = binaryClass(deviceClass);
  if (!words) return undefined;
  const notices = NOTICES[deviceClass];
  switch (words.kind) {
    case 'contact':
      return on ? 'opens' : 'closes';
    case 'detector':
      return notices ? (on ? `detects ${notices}` : `stops detecting ${notices}`) : undefined;
    case 'alarm':
      return on && notices ? `detects ${notices}` : `becomes ${on ? words.on : words.off}`;
    case 'status':
      return `becomes ${on ? words.on : words.off}`;
  }
}

const CHANGES: Partial<Record<Entity['domain'], Record<string, string>>> = {
  light: { on: 'turns on', off: 'turns off' },
  switch: { on: 'turns on', off: 'turns off' },
  fan: { on: 'turns on', off: 'turns off' },
  lock: { locked: 'is locked', unlocked: 'is unlocked' },
  cover: {
    open: 'opens',
    closed: 'closes',
    opening: 'starts opening',
    closing: 'starts closing',
  },
  media_player: {
    playing: 'starts playing',
    paused: 'is paused',
    idle: 'goes idle',
    off: 'turns off',
  },
  climate: { off: 'is switched off' },
  person: { home: 'arrives home', not_home: 'leaves' },
};

/** The device changing to `state`, as a verb phrase for one thing: "opens", "is unlocked". */
export function changeTo(entity: Entity | undefined, state: string, unit: TemperatureUnit): string {
  if (entity?.domain === 'binary_sensor' && (state === 'on' || state === 'off')) {
    const change = binaryChange(entity.attributes.device_class, state === 'on');
    if (change) return change;
  }
  const change = entity ? CHANGES[entity.domain]?.[state] : undefined;
  if (change) return change;
  if (entity?.domain === 'climate') return `is set to ${stateWord(state, unit, 'climate')} mode`;
  return `changes to ${stateOf(entity, state, unit)}`;
}

/**
 * The device having been in `state` a while, without its duration: "has been open", "has been
 * detecting motion" (a detector's on-word, "detected", would say something else).
 */
export function heldIn(entity: Entity | undefined, state: string, unit: TemperatureUnit): string {
  if (entity?.domain === 'binary_sensor' && state === 'on') {
    const notices = NOTICES[entity.attributes.device_class];
    if (notices) return `has been detecting ${notices}`;
  }
  return `has been ${stateOf(entity, state, unit)}`;
}
