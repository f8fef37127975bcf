// Values of event changes in words, for the activity log and explanations. Apart from format.ts
// (what the tiles need) so that the home page's bundle does not carry the log's wording.
import type { AttributeValue } from '../activity/event.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { describeMedia, mediaItem } from './catalogue.ts';
import { nameOfHex, nameOfKelvin } from './colors.ts';
import { formatDuration, formatNumber, formatTemperature, percent, stateWord } from './format.ts';

const PERCENT_KEYS = new Set([
  'brightness',
  'percentage',
  'position',
  'target_position',
  'volume',
  'current_humidity',
]);
const TEMPERATURE_KEYS = new Set(['temperature', 'current_temperature']);
const COLOR_MODES: Record<string, string> = {
  rgb: 'colour',
  color_temp: 'white',
  brightness: 'dimmable',
  onoff: 'on/off',
};

/**
 * One value of an event change in words: brightness 80 -> "80 %", temperature -> in the person's
 * unit, media ids -> titles, states -> words of the domain (and device class, when given: a
 * battery sensor's on is "low"). `measure` is a sensor's own unit ("MB/s"), which events don't carry.
 */
export function formatValue(
  key: string,
  value: AttributeValue | undefined,
  unit: TemperatureUnit,
  domain?: string,
  deviceClass?: string,
  measure?: string,
): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value))
    return value.length === 0 ? 'empty' : value.length === 1 ? '1 item' : `${value.length} items`;
  if (key === 'state') return stateWord(String(value), unit, domain, deviceClass, measure);
  if (typeof value === 'number') {
    if (PERCENT_KEYS.has(key)) return percent(value);
    if (TEMPERATURE_KEYS.has(key)) return formatTemperature(value, unit);
    if (key === 'color_temp_kelvin') return nameOfKelvin(value);
    if (key === 'media_position') return formatDuration(value);
    if (key === 'last_triggered') return new Date(value).toISOString();
    return formatNumber(value);
  }
  if (typeof value === 'boolean') {
    if (key === 'muted') return value ? 'muted' : 'unmuted';
    return value ? 'yes' : 'no';
  }
  if (typeof value !== 'string') return String(value);
  if (key === 'rgb_color') return nameOfHex(value);
  if (key === 'color_mode') return COLOR_MODES[value] ?? value;
  if (key === 'media_id') {
    const item = mediaItem(value);
    return item ? describeMedia(item) : value;
  }
  return value.replace(/_/g, ' ');
}
