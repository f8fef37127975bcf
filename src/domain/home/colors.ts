// Colour words, both ways: what a person says ("warm white", "sky blue", "#ff8800") to what a light
// shows, and what a light shows back to a friendly name for tiles and explanations. Shades of
// white are colour temperatures, as on real bulbs; everything else is RGB. Only everyday names
// live here, because this file is on the first page; the assistant understands every CSS
// keyword too ("dodger blue"), through language/cssColors.ts, and sends those as #rrggbb.
// The few sums needed here are written out rather than taken from colord (about 2.5 kB gzip),
// which only the assistant's CSS keywords need.
import type { LightEntity } from './model.ts';

export type ParsedColor = { kind: 'rgb'; hex: string } | { kind: 'temp'; kelvin: number };

interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Shades of white as sold on bulb boxes. The first name of each is the one shown back. */
const WHITES: readonly { kelvin: number; names: readonly string[] }[] = [
  { kelvin: 2000, names: ['candle light', 'candlelight', 'candle'] },
  { kelvin: 2700, names: ['warm white', 'warm'] },
  { kelvin: 3000, names: ['soft white', 'soft'] },
  { kelvin: 3500, names: ['neutral white', 'natural white', 'neutral'] },
  { kelvin: 4000, names: ['cool white', 'cool'] },
  { kelvin: 5000, names: ['daylight', 'day light', 'daylight white'] },
  { kelvin: 6500, names: ['cold white', 'bright white', 'blue white'] },
];
const WHITE_BY_NAME = new Map(
  WHITES.flatMap((w) => w.names.map((name) => [name, w.kelvin] as const)),
);

/** The white a plain "white" means on a light that only does shades of white. */
export const PLAIN_WHITE_KELVIN = 4000;

/**
 * The colour names people say to a bulb, with their hex. Where a name is also a CSS keyword the
 * hex is the CSS one, so a name means the same colour here as in the assistant's full CSS list
 * (language/cssColors.ts, loaded with the assistant and kept off the first page for its size).
 * The first name of a hex is the one shown back; later ones ("gray", "aqua") are other spellings.
 */
// prettier-ignore
const EVERYDAY: Readonly<Record<string, string>> = {
  red: '#ff0000', 'dark red': '#8b0000', crimson: '#dc143c', scarlet: '#ff2400', maroon: '#800000',
  ruby: '#e0115f',
  orange: '#ffa500', 'dark orange': '#ff8c00', amber: '#ffbf00', coral: '#ff7f50',
  salmon: '#fa8072', peach: '#ffcba4',
  yellow: '#ffff00', 'light yellow': '#ffffe0', gold: '#ffd700', cream: '#fffdd0',
  beige: '#f5f5dc', ivory: '#fffff0',
  green: '#008000', 'light green': '#90ee90', 'dark green': '#006400', 'forest green': '#228b22',
  lime: '#00ff00', 'lime green': '#32cd32', olive: '#808000', mint: '#98ff98',
  emerald: '#50c878', 'sea green': '#2e8b57',
  cyan: '#00ffff', aqua: '#00ffff', turquoise: '#40e0d0', teal: '#008080', aquamarine: '#7fffd4',
  blue: '#0000ff', 'light blue': '#add8e6', 'dark blue': '#00008b', 'sky blue': '#87ceeb',
  'baby blue': '#89cff0', 'royal blue': '#4169e1', navy: '#000080', 'navy blue': '#000080',
  'midnight blue': '#191970',
  purple: '#800080', violet: '#ee82ee', indigo: '#4b0082', lavender: '#e6e6fa',
  lilac: '#c8a2c8', mauve: '#e0b0ff', plum: '#dda0dd',
  magenta: '#ff00ff', fuchsia: '#ff00ff',
  pink: '#ffc0cb', 'hot pink': '#ff69b4', 'light pink': '#ffb6c1', 'deep pink': '#ff1493',
  rose: '#ff007f',
  white: '#ffffff', grey: '#808080', gray: '#808080', silver: '#c0c0c0',
  brown: '#a52a2a', tan: '#d2b48c',
};
const EVERYDAY_BY_HEX = new Map<string, string>();
for (const [name, hex] of Object.entries(EVERYDAY))
  if (!EVERYDAY_BY_HEX.has(hex)) EVERYDAY_BY_HEX.set(hex, name);

/**
 * The names shown for colours that match no name exactly, compared at full brightness because a
 * light's brightness is a separate setting: a dim red is still "red".
 */
const BASIC: readonly (readonly [string, string])[] = [
  ['red', '#ff0000'],
  ['orange', '#ff8000'],
  ['yellow', '#ffff00'],
  ['green', '#00ff00'],
  ['turquoise', '#00ffc0'],
  ['cyan', '#00ffff'],
  ['blue', '#0080ff'],
  ['blue', '#0000ff'],
  ['purple', '#8000ff'],
  ['magenta', '#ff00ff'],
  ['pink', '#ff80c0'],
  ['white', '#ffffff'],
];

/** A colour as said, in one spelling: "The Sky-Blue colour" is "sky blue". */
export function normalizeColor(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .replace(/ colou?r$/, '');
}

/** "#F80" or "#FF8800" as "#ff8800"; undefined for anything but a 3- or 6-digit hex colour. */
function normalizeHex(text: string): string | undefined {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())?.[1]?.toLowerCase();
  if (digits === undefined) return undefined;
  return `#${digits.length === 3 ? digits.replace(/./g, '$&$&') : digits}`;
}

function rgbOf(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return { r: n >> 16, g: (n >> 8) & 255, b: n & 255 };
}

/** Reads a colour a person named; undefined when it is not a colour we know. */
export function parseColor(text: string): ParsedColor | undefined {
  if (typeof text !== 'string') return undefined;
  const name = normalizeColor(text);
  const kelvin = WHITE_BY_NAME.get(name);
  if (kelvin !== undefined) return { kind: 'temp', kelvin };
  // Own keys only: "constructor" is no colour.
  const hex = Object.hasOwn(EVERYDAY, name) ? EVERYDAY[name] : normalizeHex(name);
  return hex === undefined ? undefined : { kind: 'rgb', hex };
}

/** The everyday name of exactly this colour ("sky blue" for #87ceeb), if it has one. */
export function everydayNameOf(hex: string): string | undefined {
  const exact = normalizeHex(hex);
  return exact === undefined ? undefined : EVERYDAY_BY_HEX.get(exact);
}

/** "warm white" for 2700 K: the nearest named white. */
export function nameOfKelvin(kelvin: number): string {
  let best = WHITES[0]!;
  for (const white of WHITES) {
    if (Math.abs(white.kelvin - kelvin) < Math.abs(best.kelvin - kelvin)) best = white;
  }
  return best.names[0]!;
}

/** "red" for #ff0000, "sky blue" for #87ceeb, and the nearest basic name otherwise. */
export function nameOfHex(hex: string): string {
  const exact = normalizeHex(hex);
  if (exact === undefined) return hex;
  const everyday = EVERYDAY_BY_HEX.get(exact);
  if (everyday !== undefined) return everyday;
  const { r, g, b } = rgbOf(exact);
  const max = Math.max(r, g, b);
  // So little colour (under 12 % saturation) that a bulb showing it looks white.
  if (max === 0 || (max - Math.min(r, g, b)) / max < 0.12) return 'white';
  // Scaling the three channels up together keeps hue and saturation: the colour at full brightness.
  const full = { r: (r * 255) / max, g: (g * 255) / max, b: (b * 255) / max };
  let best = BASIC[0]!;
  let bestDelta = Infinity;
  for (const entry of BASIC) {
    const delta = distance(full, rgbOf(entry[1]));
    if (delta < bestDelta) {
      best = entry;
      bestDelta = delta;
    }
  }
  return best[0];
}

/**
 * How different two colours look: the "redmean" weighting of RGB, close to perceptual distance
 * for naming purposes without the weight of a Lab conversion in the first page's bundle.
 */
function distance(a: Rgb, b: Rgb): number {
  const mean = (a.r + b.r) / 2;
  const dr = a.r - b.r;
  const dg = a.g - b.g;
  const db = a.b - b.b;
  return (2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db;
}

/** The light's current colour in words, or undefined for a light that has no colour setting. */
export function colorName(light: LightEntity): string | undefined {
  const { color_mode, rgb_color, color_temp_kelvin } = light.attributes;
  if (color_mode === 'rgb' && rgb_color !== undefined) return nameOfHex(rgb_color);
  if (color_mode === 'color_temp' && color_temp_kelvin !== undefined)
    return nameOfKelvin(color_temp_kelvin);
  return undefined;
}
