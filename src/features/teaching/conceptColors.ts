// Colours in the setting word form, both ways: what a person types (an everyday name, a shade of
// white, "#ff8800", "3200 K") to the model's rgb_color or color_temp_kelvin, and a stored colour
// back to the words the field shows. The names are colors.ts's, as the assistant understands them.
import { everydayNameOf, nameOfKelvin, parseColor } from '../../domain/home/colors.ts';
import type { ConceptSettings } from '../../domain/teaching/model.ts';

/** The shades of white offered as suggestions, warmest first (named as bulb boxes name them). */
export const WHITE_SUGGESTIONS = [2000, 2700, 3000, 3500, 4000, 5000, 6500].map(nameOfKelvin);
export const COLOUR_SUGGESTIONS = [
  'red',
  'orange',
  'amber',
  'yellow',
  'green',
  'turquoise',
  'sky blue',
  'blue',
  'purple',
  'pink',
];

const KELVIN = { min: 1500, max: 9000 };

export type ReadColor =
  | { ok: true; settings: Pick<ConceptSettings, 'rgb_color' | 'color_temp_kelvin'> }
  | { ok: false; why: string };

/** A colour as typed: a name we know, "#ff8800", or a white in kelvin ("3200 K"). */
export function readColor(text: string): ReadColor {
  const kelvin = /^(\d{4})\s*(?:k|kelvin)$/i.exec(text.trim())?.[1];
  if (kelvin !== undefined) {
    const k = Number(kelvin);
    return k >= KELVIN.min && k <= KELVIN.max
      ? { ok: true, settings: { color_temp_kelvin: k } }
      : { ok: false, why: `A shade of white is from ${KELVIN.min} K to ${KELVIN.max} K` };
  }
  const parsed = parseColor(text);
  if (!parsed)
    return {
      ok: false,
      why: 'I don’t know that colour: try a name such as warm white, cool white, red or sky blue',
    };
  return parsed.kind === 'rgb'
    ? { ok: true, settings: { rgb_color: parsed.hex } }
    : { ok: true, settings: { color_temp_kelvin: parsed.kelvin } };
}

/** A stored colour as the form shows it: its everyday name when it has one exactly. */
export function colorText(settings: ConceptSettings): string {
  if (settings.rgb_color !== undefined)
    return everydayNameOf(settings.rgb_color) ?? settings.rgb_color;
  const k = settings.color_temp_kelvin;
  if (k === undefined) return '';
  const name = nameOfKelvin(k);
  const back = parseColor(name);
  return back?.kind === 'temp' && back.kelvin === k ? name : `${k} K`;
}
