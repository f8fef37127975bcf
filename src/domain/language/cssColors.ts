// Every CSS colour keyword, for the assistant: "set the lamp to dodger blue" or "… to
// lightgoldenrodyellow". The home itself (home/colors.ts, on the first page) knows only everyday
// names, whites and #rrggbb; colord with its names plugin (the ~150 keywords) costs about 4 kB
// gzip there, so it lives here, loaded with the assistant. The assistant sends a keyword the
// home does not know as its #rrggbb.
import { colord, extend } from 'colord';
import namesPlugin from 'colord/plugins/names';
import {
  colorName,
  everydayNameOf,
  nameOfHex,
  normalizeColor,
  parseColor,
  type ParsedColor,
} from '../home/colors.ts';
import type { LightEntity } from '../home/model.ts';

extend([namesPlugin]);

/** A colour as said, everyday or any CSS keyword, spaced or not; undefined when not a colour. */
export function parseCssColor(text: string): ParsedColor | undefined {
  const known = parseColor(text);
  if (known !== undefined || typeof text !== 'string') return known;
  const keyword = normalizeColor(text).replace(/ /g, '');
  // Only letters reach colord, so "rgb(…)" or "hsl(…)" strings are not taken as names, and
  // "transparent" is no colour for a bulb.
  if (!/^[a-z]+$/.test(keyword) || keyword === 'transparent') return undefined;
  const color = colord(keyword);
  return color.isValid() ? { kind: 'rgb', hex: color.toHex() } : undefined;
}

/**
 * A colour in words, with CSS keywords too: the everyday name when there is one ("sky blue"),
 * else the CSS keyword as people say it ("dodger blue"), else the nearest basic name ("blue").
 */
export function nameOfCssHex(hex: string): string {
  const everyday = everydayNameOf(hex);
  if (everyday !== undefined) return everyday;
  const color = colord(hex);
  const keyword = color.isValid() ? color.toName() : undefined;
  return keyword !== undefined ? spaced(keyword) : nameOfHex(hex);
}

/** Like home/colors.ts's colorName, naming CSS keywords too: what the assistant says it did. */
export function cssColorName(light: LightEntity): string | undefined {
  const { color_mode, rgb_color } = light.attributes;
  return color_mode === 'rgb' && rgb_color !== undefined
    ? nameOfCssHex(rgb_color)
    : colorName(light);
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
  // Spelled the British way, like the rest of the product's words.
  return (words ? words.join(' ') : keyword).replace(/\bgray\b/g, 'grey');
}
