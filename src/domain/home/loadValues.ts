// Reading loose values from a Home Assistant style home file: numbers that arrive as text,
// 0–255 brightness, 0–1 volume, °F and kelvin temperatures, colours as lists or hex strings.
import { LIGHT_KELVIN } from './model.ts';

export type Loose = Record<string, unknown>;

export function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, from a number or numeric text ("42", " 20.5 "). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'on') return true;
  if (value === 'false' || value === 'off') return false;
  return undefined;
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

export const clamp = (n: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, n));

export const round = (n: number, step: number): number => Math.round(n / step) * step;

/** Rounds to `decimals` places and prints without exponent or trailing zeros ("5.6", "21"). */
export function numberText(n: number, decimals: number): string {
  const fixed = n.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** An id for areas and floors: lower-case letters, digits, _ . and - (model.ts). */
export function slug(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 120);
}

/** The object part of an entity id: lower-case letters, digits and _. */
export function objectSlug(value: string): string {
  return slug(value)
    .replace(/[.-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** "kitchen_ceiling" -> "Kitchen ceiling", for entities that come without a name. */
export function nameFromId(objectId: string): string {
  const words = objectId.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type TemperatureUnit = 'C' | 'F' | 'K';

export function temperatureUnit(value: unknown): TemperatureUnit | undefined {
  const t = text(value)
    ?.toLowerCase()
    .replace(/[°º\s]/g, '');
  if (t === 'c' || t === 'celsius') return 'C';
  if (t === 'f' || t === 'fahrenheit' || t === 'imperial') return 'F';
  if (t === 'k' || t === 'kelvin') return 'K';
  if (t === 'metric') return 'C';
  return undefined;
}

export function toCelsius(value: number, unit: TemperatureUnit): number {
  if (unit === 'F') return ((value - 32) * 5) / 9;
  if (unit === 'K') return value - 273.15;
  return value;
}

const hex2 = (n: number): string => clamp(Math.round(n), 0, 255).toString(16).padStart(2, '0');

/** A colour as #rrggbb, from "#RRGGBB", "#rgb" or [r, g, b]. */
export function hexColor(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length >= 3) {
    const [r, g, b] = value.map(num);
    if (r === undefined || g === undefined || b === undefined) return undefined;
    return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  }
  const t = text(value)?.toLowerCase();
  if (t && /^#[0-9a-f]{6}$/.test(t)) return t;
  if (t && /^#[0-9a-f]{3}$/.test(t)) return `#${t[1]}${t[1]}${t[2]}${t[2]}${t[3]}${t[3]}`;
  return undefined;
}

// Colour words a hand-written home file is likely to use. The assistant's own colour vocabulary
// is richer; a loader only needs the common ones and warns about the rest.
const WHITES: Record<string, number> = {
  'warm white': 2700,
  'soft white': 2700,
  white: 4000,
  'neutral white': 4000,
  'cool white': 5000,
  daylight: 6500,
};
const COLOURS: Record<string, string> = {
  red: '#ff0000',
  orange: '#ffa500',
  yellow: '#ffff00',
  green: '#00ff00',
  blue: '#0000ff',
  purple: '#800080',
  pink: '#ffc0cb',
};

/** A colour attribute ("warm white", "red", "#ff8800") as a colour temperature or an rgb colour. */
export function namedColor(value: unknown): { kelvin?: number; rgb?: string } | undefined {
  const rgb = hexColor(value);
  if (rgb) return { rgb };
  const t = text(value)?.toLowerCase().replace(/\s+/g, ' ');
  if (t === undefined) return undefined;
  if (t in WHITES) return { kelvin: WHITES[t] };
  if (t in COLOURS) return { rgb: COLOURS[t] };
  return undefined;
}

export function kelvin(value: number): number {
  return Math.round(clamp(value, LIGHT_KELVIN.min, LIGHT_KELVIN.max));
}
