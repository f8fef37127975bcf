// "What would happen now?" in words: when each trigger would fire, and each change the routine
// would make, one line per device: "Living room lamp: on → off, brightness 45 % → 0 %". Written
// as states rather than as verbs ("turned off"), because nothing has happened.
import type { AttributeValue, HomeEvent } from '../../../domain/activity/event.ts';
import { formatRelativeDay, formatTime } from '../../../domain/clock/format.ts';
import { formatValue } from '../../../domain/home/formatValue.ts';
import type { Home } from '../../../domain/home/model.ts';
import type { TriggerNow } from '../../../domain/routines/dryRun.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';

/** When a trigger would next start the routine, or whether what it waits for is so already. */
export function triggerNowWords(now: TriggerNow, at: number, timeZone: string): string {
  switch (now.trigger.type) {
    case 'time':
    case 'sun':
      return now.next === undefined
        ? 'Not in the coming days'
        : `Next: ${formatRelativeDay(now.next, at, timeZone)} at ${formatTime(now.next, timeZone)}`;
    case 'phrase':
      return 'Any time you say it';
    case 'presence':
      return 'When that happens';
    default:
      return now.holds ? 'Already so now' : 'Not so now';
  }
}

/** How each attribute is called in a line; those not listed are not worth a word. */
const LABELS: Record<string, string> = {
  state: '',
  brightness: 'brightness',
  rgb_color: 'colour',
  color_temp_kelvin: 'white',
  percentage: 'speed',
  position: 'position',
  temperature: 'target',
  volume: 'volume',
  muted: 'sound',
  media_id: 'playing',
  value: 'reading',
};

/** One line per event: the device (and its room, when its name doesn't say it) and what changes. */
export function changeLine(event: HomeEvent, home: Home, unit: TemperatureUnit): string {
  const entity = home.entities.find((e) => e.id === event.entityId);
  const deviceClass =
    entity && 'device_class' in entity.attributes ? entity.attributes.device_class : undefined;
  const measure = entity?.domain === 'sensor' ? entity.attributes.unit_of_measurement : undefined;
  const word = (key: string, value: AttributeValue) =>
    formatValue(key, value, unit, event.domain, deviceClass, measure);
  const parts = event.changes
    .filter((c) => LABELS[c.key] !== undefined)
    .map((c) => {
      const label = LABELS[c.key];
      const change = `${word(c.key, c.from)} → ${word(c.key, c.to)}`;
      return label ? `${label} ${change}` : change;
    });
  const area = home.areas.find((a) => a.id === event.area)?.name;
  const name =
    area && !event.entityName.toLowerCase().includes(area.toLowerCase())
      ? `${event.entityName} (${area})`
      : event.entityName;
  return `${name}: ${parts.length > 0 ? parts.join(', ') : 'changes'}`;
}

/**
 * The lines for a dry run's changes. A device changed twice (a blind starting to open, then
 * open) keeps one line per change, in order.
 */
export function changeLines(events: readonly HomeEvent[], home: Home, unit: TemperatureUnit) {
  return events.map((e) => changeLine(e, home, unit));
}
