// Compact builders for the built-in homes, so a scenario reads as a list of devices, one a line.
// They fill the attributes a real device would report (colour modes, travel times, units).
import { zonedParts, zonedToInstant } from '../../clock/zoned.ts';
import { hvacActionFor } from '../simulateClimate.ts';
import type {
  Area,
  BinarySensorEntity,
  ClimateEntity,
  CoverEntity,
  FanEntity,
  Floor,
  LightEntity,
  LockEntity,
  MediaEntity,
  PersonEntity,
  SensorEntity,
  SwitchEntity,
} from '../model.ts';

type Extra = { aliases?: string[] };
const where = (area: string | undefined, extra: Extra = {}) => ({
  ...(area === undefined ? {} : { area }),
  ...(extra.aliases ? { aliases: extra.aliases } : {}),
});

export const floor = (id: string, name: string, level: number): Floor => ({ id, name, level });
export const area = (id: string, name: string, floorId: string): Area => ({
  id,
  name,
  floor: floorId,
});

/** onoff: a plain switched light; dimmable: brightness only; white: tunable white; color: rgb + white. */
export type LightKind = 'onoff' | 'dimmable' | 'white' | 'color';
export interface LightLook {
  brightness?: number;
  kelvin?: number;
  /** #rrggbb; a colour light without one is showing white. */
  rgb?: string;
}

export function light(
  id: string,
  name: string,
  area: string,
  kind: LightKind,
  on: boolean,
  look: LightLook = {},
  extra?: Extra,
): LightEntity {
  const brightness = look.brightness ?? 100;
  const kelvin = look.kelvin ?? 2700;
  const attributes: LightEntity['attributes'] =
    kind === 'onoff'
      ? { brightness: 100, color_mode: 'onoff', supported_color_modes: ['onoff'] }
      : kind === 'dimmable'
        ? { brightness, color_mode: 'brightness', supported_color_modes: ['brightness'] }
        : kind === 'white'
          ? {
              brightness,
              color_mode: 'color_temp',
              color_temp_kelvin: kelvin,
              supported_color_modes: ['color_temp'],
            }
          : {
              brightness,
              color_mode: look.rgb ? 'rgb' : 'color_temp',
              ...(look.rgb ? { rgb_color: look.rgb } : {}),
              color_temp_kelvin: kelvin,
              supported_color_modes: ['color_temp', 'rgb'],
            };
  return { id, name, domain: 'light', ...where(area, extra), state: on ? 'on' : 'off', attributes };
}

export function plug(
  id: string,
  name: string,
  area: string,
  on: boolean,
  pluggedIn?: string,
  extra?: Extra,
): SwitchEntity {
  const attributes = {
    device_class: 'outlet' as const,
    ...(pluggedIn ? { plugged_in: pluggedIn } : {}),
  };
  return {
    id,
    name,
    domain: 'switch',
    ...where(area, extra),
    state: on ? 'on' : 'off',
    attributes,
  };
}

export function fan(
  id: string,
  name: string,
  area: string,
  on: boolean,
  percentage: number,
  extra?: Extra,
): FanEntity {
  return {
    id,
    name,
    domain: 'fan',
    ...where(area, extra),
    state: on ? 'on' : 'off',
    attributes: { percentage },
  };
}

/** Typical full-travel times, seconds. */
const TRAVEL: Record<CoverEntity['attributes']['device_class'], number> = {
  garage: 12,
  door: 12,
  blind: 6,
  shade: 6,
  curtain: 8,
  window: 10,
};

export function cover(
  id: string,
  name: string,
  area: string,
  deviceClass: CoverEntity['attributes']['device_class'],
  position: number,
  extra?: Extra,
): CoverEntity {
  return {
    id,
    name,
    domain: 'cover',
    ...where(area, extra),
    state: position > 0 ? 'open' : 'closed',
    attributes: {
      device_class: deviceClass,
      position,
      travel_seconds: TRAVEL[deviceClass],
      supports_position: deviceClass !== 'garage',
    },
  };
}

export function lock(
  id: string,
  name: string,
  area: string,
  locked: boolean,
  extra?: Extra,
): LockEntity {
  return {
    id,
    name,
    domain: 'lock',
    ...where(area, extra),
    state: locked ? 'locked' : 'unlocked',
    attributes: {},
  };
}

export function thermostat(
  id: string,
  name: string,
  area: string,
  mode: ClimateEntity['state'],
  target: number,
  current: number,
  humidity?: number,
  extra?: Extra,
): ClimateEntity {
  return {
    id,
    name,
    domain: 'climate',
    ...where(area, extra),
    state: mode,
    attributes: {
      temperature: target,
      current_temperature: current,
      hvac_action: hvacActionFor(mode, current, target),
      ...(humidity === undefined ? {} : { current_humidity: humidity }),
    },
  };
}

export interface Playing {
  volume: number;
  mediaId?: string;
  /** Seconds into the item. */
  position?: number;
  queue?: string[];
  muted?: boolean;
}

export function media(
  id: string,
  name: string,
  area: string,
  deviceClass: 'tv' | 'speaker',
  state: MediaEntity['state'],
  playing: Playing,
  extra?: Extra,
): MediaEntity {
  return {
    id,
    name,
    domain: 'media_player',
    ...where(area, extra),
    state,
    attributes: {
      device_class: deviceClass,
      volume: playing.volume,
      muted: playing.muted ?? false,
      ...(playing.mediaId ? { media_id: playing.mediaId } : {}),
      media_position: playing.position ?? 0,
      queue: playing.queue ?? [],
    },
  };
}

const UNITS = { temperature: '°C', humidity: '%', illuminance: 'lx', power: 'W' } as const;

export function sensor(
  id: string,
  name: string,
  area: string,
  deviceClass: keyof typeof UNITS,
  value: number,
  extra?: Extra,
): SensorEntity {
  return {
    id,
    name,
    domain: 'sensor',
    ...where(area, extra),
    state: String(value),
    attributes: { device_class: deviceClass, unit_of_measurement: UNITS[deviceClass] },
  };
}

export interface Detection {
  /** Seconds after the last detection at which it clears itself. */
  autoOff?: number;
  lastTriggered?: number;
}

export function binary(
  id: string,
  name: string,
  area: string,
  deviceClass: BinarySensorEntity['attributes']['device_class'],
  on: boolean,
  detection: Detection = {},
  extra?: Extra,
): BinarySensorEntity {
  return {
    id,
    name,
    domain: 'binary_sensor',
    ...where(area, extra),
    state: on ? 'on' : 'off',
    attributes: {
      device_class: deviceClass,
      ...(detection.autoOff === undefined ? {} : { auto_off_seconds: detection.autoOff }),
      ...(detection.lastTriggered === undefined ? {} : { last_triggered: detection.lastTriggered }),
    },
  };
}

/** People have no area: where they are is their state. */
export function person(id: string, name: string, home: boolean, extra?: Extra): PersonEntity {
  return {
    id,
    name,
    domain: 'person',
    ...where(undefined, extra),
    state: home ? 'home' : 'not_home',
    attributes: {},
  };
}

/** The latest moment at or before `now` when the home's wall clock read hour:minute. */
export function lastWallClock(now: number, timeZone: string, hour: number, minute: number): number {
  const p = zonedParts(now, timeZone);
  const today = zonedToInstant(
    { year: p.year, month: p.month, day: p.day, hour, minute },
    timeZone,
  );
  if (today <= now) return today;
  return zonedToInstant({ year: p.year, month: p.month, day: p.day - 1, hour, minute }, timeZone);
}
