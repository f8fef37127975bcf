// Per-domain conversion of a loose Home Assistant style entity into the model, for the devices a
// person switches: lights, plugs, fans, covers, locks, media players and people. Each fills what
// the file leaves out with what a real device of that kind would report.
import { mediaItem } from './catalogue.ts';
import type {
  CoverEntity,
  FanEntity,
  LightEntity,
  LockEntity,
  MediaEntity,
  PersonEntity,
  SwitchEntity,
} from './model.ts';
import { COVER_CLASSES } from './model.ts';
import { bool, clamp, hexColor, kelvin, namedColor, num, text, type Loose } from './loadValues.ts';

export interface Base {
  id: string;
  name: string;
  area?: string;
  aliases?: string[];
}

/** One entity of the file, with id, name and area already resolved. */
export interface Loaded extends Base {
  state: string | undefined;
  attributes: Loose;
}

export interface Context {
  /** Records a warning about this entity (the caller says which entity). */
  warn(message: string): void;
  /** The unit of climate temperatures that carry no unit of their own. */
  temperatureUnit: 'C' | 'F' | 'K';
}

export type Skip = { skip: string };

export const base = ({ id, name, area, aliases }: Loaded): Base => ({
  id,
  name,
  ...(area === undefined ? {} : { area }),
  ...(aliases && aliases.length > 0 ? { aliases } : {}),
});

/**
 * The file's state when the model knows it, else a mapped or default one. States Home Assistant
 * uses for a device it cannot reach ("unavailable", "unknown") become the default with a warning.
 */
export function pickState<S extends string>(
  e: Loaded,
  ctx: Context,
  allowed: readonly S[],
  fallback: S,
  mapped: Partial<Record<string, S>> = {},
): S {
  const raw = e.state?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as S;
  const to = mapped[raw] ?? fallback;
  ctx.warn(`state "${e.state}" read as "${to}"`);
  return to;
}

const ON_OFF = ['on', 'off'] as const;

type ColorMode = LightEntity['attributes']['color_mode'];
const MODE_MAP: Record<string, ColorMode> = {
  onoff: 'onoff',
  brightness: 'brightness',
  white: 'brightness',
  color_temp: 'color_temp',
  rgb: 'rgb',
  rgbw: 'rgb',
  rgbww: 'rgb',
  hs: 'rgb',
  xy: 'rgb',
};

export function loadLight(e: Loaded, ctx: Context): LightEntity {
  const a = e.attributes;
  const state = pickState(e, ctx, ON_OFF, 'off');
  // The model's brightness is a percent; Home Assistant's own attribute is 0–255.
  let brightness = num(a.brightness_pct) ?? num(a.brightness) ?? 100;
  if (a.brightness_pct === undefined && brightness > 100 && brightness <= 255) {
    ctx.warn(`brightness ${brightness} read on Home Assistant's 0–255 scale`);
    brightness = Math.round((brightness / 255) * 100);
  }
  brightness = clamp(brightness, 0, 100);

  const named = namedColor(a.color);
  if (a.color !== undefined && !named)
    ctx.warn(`colour "${String(a.color)}" not understood; ignored`);
  const rgb = hexColor(a.rgb_color) ?? named?.rgb;
  const mireds = num(a.color_temp);
  const k = num(a.color_temp_kelvin) ?? (mireds ? 1_000_000 / mireds : undefined) ?? named?.kelvin;

  const listed = Array.isArray(a.supported_color_modes) ? a.supported_color_modes : [];
  const supported = new Set<ColorMode>(
    listed.flatMap((m) => (typeof m === 'string' && MODE_MAP[m] ? [MODE_MAP[m]] : [])),
  );
  if (rgb) supported.add('rgb');
  if (k !== undefined) supported.add('color_temp');
  // Dimming is implied by colour; a bare on/off mode alongside others means nothing.
  if (supported.size > 1) supported.delete('onoff');
  if (supported.size === 0) supported.add('brightness');
  const modes = (['onoff', 'brightness', 'color_temp', 'rgb'] as const).filter((m) =>
    supported.has(m),
  );

  const asked = typeof a.color_mode === 'string' ? MODE_MAP[a.color_mode] : undefined;
  const mode: ColorMode =
    asked && supported.has(asked)
      ? asked
      : rgb && supported.has('rgb')
        ? 'rgb'
        : supported.has('color_temp')
          ? 'color_temp'
          : (modes[0] ?? 'brightness');

  return {
    ...base(e),
    domain: 'light',
    state,
    attributes: {
      brightness,
      color_mode: mode,
      ...(supported.has('rgb') && (rgb || mode === 'rgb') ? { rgb_color: rgb ?? '#ffffff' } : {}),
      ...(supported.has('color_temp') ? { color_temp_kelvin: kelvin(k ?? 2700) } : {}),
      supported_color_modes: modes,
    },
  };
}

const PLUG_WORDS = /plug|outlet|socket/i;

export function loadSwitch(e: Loaded, ctx: Context): SwitchEntity {
  const a = e.attributes;
  const given =
    a.device_class === 'outlet' || a.device_class === 'switch' ? a.device_class : undefined;
  const pluggedIn = text(a.plugged_in);
  return {
    ...base(e),
    domain: 'switch',
    state: pickState(e, ctx, ON_OFF, 'off'),
    attributes: {
      device_class: given ?? (PLUG_WORDS.test(`${e.id} ${e.name}`) ? 'outlet' : 'switch'),
      ...(pluggedIn ? { plugged_in: pluggedIn.slice(0, 120) } : {}),
    },
  };
}

export function loadFan(e: Loaded, ctx: Context): FanEntity {
  // A fan with no speed runs at half speed, a common "medium".
  const percentage = clamp(num(e.attributes.percentage) ?? 50, 0, 100);
  return {
    ...base(e),
    domain: 'fan',
    state: pickState(e, ctx, ON_OFF, 'off'),
    attributes: { percentage },
  };
}

type CoverClass = CoverEntity['attributes']['device_class'];
const COVER_MAP: Record<string, CoverClass> = { shutter: 'blind', awning: 'shade', gate: 'garage' };
const COVER_WORDS: [RegExp, CoverClass][] = [
  [/garage/i, 'garage'],
  [/curtain|drape/i, 'curtain'],
  [/shade/i, 'shade'],
  [/window/i, 'window'],
  [/door/i, 'door'],
];
const TRAVEL: Record<CoverClass, number> = {
  garage: 12,
  door: 12,
  blind: 6,
  shade: 6,
  curtain: 8,
  window: 10,
};
/** Home Assistant's CoverEntityFeature.SET_POSITION bit. */
const SET_POSITION = 4;

export function loadCover(e: Loaded, ctx: Context): CoverEntity | Skip {
  const a = e.attributes;
  const raw = text(a.device_class)?.toLowerCase();
  let deviceClass: CoverClass;
  if (raw && (COVER_CLASSES as readonly string[]).includes(raw)) deviceClass = raw as CoverClass;
  else if (raw && COVER_MAP[raw]) deviceClass = COVER_MAP[raw];
  else if (raw) return { skip: `covers of class "${raw}" are not simulated` };
  else deviceClass = COVER_WORDS.find(([re]) => re.test(`${e.id} ${e.name}`))?.[1] ?? 'blind';

  const state = pickState(e, ctx, ['open', 'closed', 'opening', 'closing'] as const, 'closed', {
    stopped: 'open',
  });
  const given = num(a.current_position) ?? num(a.position);
  const position = clamp(given ?? (state === 'open' || state === 'closing' ? 100 : 0), 0, 100);
  const features = num(a.supported_features);
  const supportsPosition =
    bool(a.supports_position) ??
    (features === undefined ? deviceClass !== 'garage' : (features & SET_POSITION) !== 0);
  const travel = clamp(num(a.travel_seconds) ?? TRAVEL[deviceClass], 0, 600);
  const attributes = {
    device_class: deviceClass,
    position,
    travel_seconds: travel,
    supports_position: supportsPosition,
  };

  if (state === 'opening' || state === 'closing') {
    const target = clamp(num(a.target_position) ?? (state === 'opening' ? 100 : 0), 0, 100);
    return {
      ...base(e),
      domain: 'cover',
      state,
      attributes: { ...attributes, target_position: target },
    };
  }
  // A position is more precise than a state: a "closed" cover at 30 % is open.
  const settled = position > 0 ? 'open' : 'closed';
  if (e.state !== undefined && settled !== state)
    ctx.warn(`state "${state}" contradicts position ${position}; read as "${settled}"`);
  return { ...base(e), domain: 'cover', state: settled, attributes };
}

export function loadLock(e: Loaded, ctx: Context): LockEntity {
  const state = pickState(e, ctx, ['locked', 'unlocked'] as const, 'locked', {
    locking: 'locked',
    unlocking: 'unlocked',
    open: 'unlocked',
    opening: 'unlocked',
    jammed: 'unlocked',
  });
  return { ...base(e), domain: 'lock', state, attributes: {} };
}

export function loadPerson(e: Loaded, ctx: Context): PersonEntity {
  const raw = e.state?.trim().toLowerCase();
  // Any zone other than home ("work", "school") is away.
  if (raw === 'unknown' || raw === 'unavailable') ctx.warn(`state "${raw}" read as "not_home"`);
  const state = raw === undefined || raw === '' || raw === 'home' ? 'home' : 'not_home';
  return { ...base(e), domain: 'person', state, attributes: {} };
}

function catalogueId(value: unknown, ctx: Context): string | undefined {
  const id = text(value);
  if (id === undefined) return undefined;
  if (mediaItem(id)) return id;
  ctx.warn(`"${id}" is not in the built-in media catalogue; left out`);
  return undefined;
}

export function loadMedia(e: Loaded, ctx: Context): MediaEntity {
  const a = e.attributes;
  let state = pickState(e, ctx, ['off', 'idle', 'playing', 'paused'] as const, 'idle', {
    on: 'idle',
    standby: 'off',
    buffering: 'playing',
  });
  const raw = text(a.device_class)?.toLowerCase();
  const deviceClass =
    raw === 'tv' || raw === 'speaker'
      ? raw
      : raw === 'receiver'
        ? 'speaker'
        : /\btv\b|televis/i.test(`${e.id.replace(/[._]/g, ' ')} ${e.name}`)
          ? 'tv'
          : 'speaker';
  // `volume` is the model's percent; Home Assistant's volume_level is 0–1 (some files write 0–100).
  const level = num(a.volume_level);
  const volume = clamp(
    num(a.volume) ?? (level === undefined ? 50 : level <= 1 ? level * 100 : level),
    0,
    100,
  );
  const mediaId = catalogueId(a.media_id ?? a.media_content_id, ctx);
  const queue = (Array.isArray(a.queue) ? a.queue : [])
    .flatMap((q) => catalogueId(q, ctx) ?? [])
    .slice(0, 500);
  if ((state === 'playing' || state === 'paused') && mediaId === undefined) {
    ctx.warn(`${state} with nothing from the catalogue loaded; read as "idle"`);
    state = 'idle';
  }
  return {
    ...base(e),
    domain: 'media_player',
    state,
    attributes: {
      device_class: deviceClass,
      volume,
      muted: bool(a.muted) ?? bool(a.is_volume_muted) ?? false,
      ...(mediaId ? { media_id: mediaId } : {}),
      media_position: clamp(num(a.media_position) ?? 0, 0, 24 * 3600),
      queue,
    },
  };
}
