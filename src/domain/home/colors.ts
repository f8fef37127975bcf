// Colour words, both ways: what a person says ("warm white", "sky blue", "#ff8800") to what a light
// shows, and what a light shows back to a friendly name for tiles and explanations. Shades of
// white are colour temperatures, as on real bulbs; everything else is RGB. CSS names come from
// colord's names plugin so that every name a web page knows is understood.
import { colord, extend, type RgbColor } from 'colord';
import namesPlugin from 'colord/plugins/names';
import type { LightEntity } from './model.ts';

extend([namesPlugin]);

export type ParsedColor = { kind: 'rgb'; hex: string } | { kind: 'temp'; kelvin: number };

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

/** Everyday colour words that are not CSS keywords, or whose CSS spelling we prefer to show. */
const EVERYDAY: Readonly<Record<string, string>> = {
  cyan: '#00ffff',
  magenta: '#ff00ff',
  grey: '#808080',
  amber: '#ffbf00',
  lilac: '#c8a2c8',
  mint: '#98ff98',
  peach: '#ffcba4',
  rose: '#ff007f',
};
const EVERYDAY_BY_HEX = new Map(
  Object.entries(EVERYDAY).map(([name, hex]) => [hex, name] as const),
);

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

function normalize(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .replace(/ colou?r$/, '');
}

/** Reads a colour a person named; undefined when it is not a colour we know. */
export function parseColor(text: string): ParsedColor | undefined {
  if (typeof text !== 'string') return undefined;
  const name = normalize(text);
  const kelvin = WHITE_BY_NAME.get(name);
  if (kelvin !== undefined) return { kind: 'temp', kelvin };
  const everyday = EVERYDAY[name];
  if (everyday !== undefined) return { kind: 'rgb', hex: everyday };
  const hex = /^#([0-9a-f]{6}|[0-9a-f]{3})$/.exec(name);
  if (hex) return { kind: 'rgb', hex: colord(name).toHex() };
  const keyword = name.replace(/ /g, '');
  // Only letters reach colord, so "rgb(…)" or "hsl(…)" strings are not accepted as names.
  if (/^[a-z]+$/.test(keyword) && keyword !== 'transparent') {
    const color = colord(keyword);
    if (color.isValid()) return { kind: 'rgb', hex: color.toHex() };
  }
  return undefined;
}

/** "warm white" for 2700 K: the nearest named white. */
export function nameOfKelvin(kelvin: number): string {
  let best = WHITES[0]!;
  for (const white of WHITES) {
    if (Math.abs(white.kelvin - kelvin) < Math.abs(best.kelvin - kelvin)) best = white;
  }
  return best.names[0]!;
}

/** "red" for #ff0000, "sky blue" for #87ceeb, and the nearest everyday name otherwise. */
export function nameOfHex(hex: string): string {
  const color = colord(hex);
  if (!color.isValid()) return hex;
  const exact = color.toHex();
  const everyday = EVERYDAY_BY_HEX.get(exact);
  if (everyday !== undefined) return everyday;
  const keyword = color.toName();
  if (keyword !== undefined) return spaced(keyword);
  const hsv = color.toHsv();
  if (hsv.s < 12) return 'white';
  const full = colord({ h: hsv.h, s: hsv.s, v: 100 }).toRgb();
  let best = BASIC[0]!;
  let bestDelta = Infinity;
  for (const entry of BASIC) {
    const delta = distance(full, colord(entry[1]).toRgb());
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
function distance(a: RgbColor, b: RgbColor): number {
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

/** The words inside CSS keywords, longest first, so "lightgoldenrodyellow" reads "light goldenrod yellow". */
// prettier-ignore
const WORDS = [
  'aquamarine', 'chartreuse', 'cornflower', 'goldenrod', 'turquoise', 'gainsboro', 'honeydew',
  'lavender', 'midnight', 'moccasin', 'cornsilk', 'seashell', 'antique', 'blanched', 'chiffon',
  'crimson', 'magenta', 'fuchsia', 'thistle', 'rebecca', 'salmon', 'sienna', 'almond', 'bisque',
  'dodger', 'forest', 'floral', 'indian', 'medium', 'navajo', 'orange', 'orchid', 'papaya', 'purple',
  'saddle', 'spring', 'tomato', 'violet', 'yellow', 'maroon', 'silver', 'indigo', 'powder',
  'cadet', 'coral', 'cream', 'green', 'ghost', 'golden', 'khaki', 'lemon', 'light', 'linen', 'misty',
  'olive', 'peach', 'sandy', 'slate', 'smoke', 'steel', 'white', 'black', 'brown', 'alice', 'azure',
  'beige', 'blush', 'brick', 'burly', 'ivory', 'royal', 'wheat', 'lawn', 'blue', 'cyan', 'dark',
  'deep', 'drab', 'gold', 'gray', 'grey', 'lace', 'lime', 'mint', 'navy', 'pale', 'pink', 'plum',
  'puff', 'rosy', 'rose', 'snow', 'teal', 'aqua', 'whip', 'wood', 'fire', 'dim', 'hot', 'old', 'red',
  'sky', 'sea', 'tan', 'web',
];

function spaced(keyword: string): string {
  const split = (rest: string): string[] | undefined => {
    if (rest === '') return [];
    for (const word of WORDS) {
      if (!rest.startsWith(word)) continue;
      const tail = split(rest.slice(word.length));
      if (tail) return [word, ...tail];
    }
    return undefined;
  };
  const words = split(keyword);
  const text = words ? words.join(' ') : keyword;
  // Spelled the British way, like the rest of the product's words.
  return text
    .replace(/\bgray\b/g, 'grey')
    .replace(/^aqua$/, 'cyan')
    .replace(/^fuchsia$/, 'magenta');
}
