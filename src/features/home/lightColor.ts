// How a light looks on screen: its colour as CSS, for the glowing bulb on its tile.
import type { LightEntity } from '../../domain/home/model.ts';

/** Approximate sRGB of a black body at this colour temperature (Tanner Helland's fit). */
export function kelvinToRgb(kelvin: number): [number, number, number] {
  const t = kelvin / 100;
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  const r = t <= 66 ? 255 : 329.698727446 * (t - 60) ** -0.1332047592;
  const g =
    t <= 66
      ? 99.4708025861 * Math.log(t) - 161.1195681661
      : 288.1221695283 * (t - 60) ** -0.0755148492;
  const b = t >= 66 ? 255 : t <= 19 ? 0 : 138.5177312231 * Math.log(t - 10) - 305.0447927307;
  return [clamp(r), clamp(g), clamp(b)];
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The bulb's colour as rgb(), or undefined when the light is off. */
export function lightRgb(light: LightEntity): [number, number, number] | undefined {
  if (light.state !== 'on') return undefined;
  const a = light.attributes;
  if (a.color_mode === 'rgb' && a.rgb_color) return hexToRgb(a.rgb_color);
  if (a.color_temp_kelvin) return kelvinToRgb(a.color_temp_kelvin);
  return kelvinToRgb(2900);
}
