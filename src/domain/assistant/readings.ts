// "What's the humidity in the bathroom?": what sensors measure, said by room ("It's 71 % in the
// Bathroom"). A room without a sensor of that kind gets the nearest room's reading, said as such,
// as the temperature does.
import { stateWord } from '../home/format.ts';
import type { Area, Entity, Home } from '../home/model.ts';
import { NUMBER_STATE, sensorClass } from '../home/sensorClasses.ts';
import type { Interpretation } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { areaById, areaByName, inArea, nearestWith } from './places.ts';
import { joinList, theName } from './words.ts';

/** A sensor with a number to read, and what kind of number. */
const measureOf = (entity: Entity): string | undefined =>
  entity.domain === 'sensor' && NUMBER_STATE.test(entity.state)
    ? entity.attributes.device_class
    : undefined;

/** The one kind of measure these sensors share ("humidity"), if they are all sensors of one. */
export function sharedMeasure(entities: readonly Entity[]): string | undefined {
  const measures = new Set(entities.map(measureOf));
  const [measure] = [...measures];
  return measures.size === 1 && measure !== undefined ? measure : undefined;
}

const valueOf = (entity: Entity, unit: TemperatureUnit) =>
  entity.domain === 'sensor'
    ? stateWord(
        entity.state,
        unit,
        'sensor',
        entity.attributes.device_class,
        entity.attributes.unit_of_measurement,
      )
    : entity.state;

/** "46 % in the Living room and 71 % in the Bathroom": by room, in the home's order of rooms. */
function readings(home: Home, sensors: readonly Entity[], unit: TemperatureUnit): string {
  const order = (e: Entity) => home.areas.findIndex((area) => area.id === e.area);
  const sorted = [...sensors].sort((a, b) => order(a) - order(b));
  const clauses = sorted.map((entity) => {
    const area = areaById(home, entity.area);
    const shared = sensors.filter((other) => other.area === entity.area).length > 1;
    const where = area && !shared ? inArea(area) : `at ${theName(entity)}`;
    return `${valueOf(entity, unit)} ${where}`;
  });
  return joinList(clauses);
}

/** "The humidity is 46 % in the Living room and 71 % in the Bathroom"; two in a room by name. */
export function readingsSentence(
  home: Home,
  sensors: readonly Entity[],
  unit: TemperatureUnit,
): string {
  const measure = sharedMeasure(sensors);
  const lead =
    measure === 'temperature' ? "It's" : `The ${sensorClass(measure).label.toLowerCase()} is`;
  return `${lead} ${readings(home, sensors, unit)}`;
}

/** The room a question is about: the one said (even if nothing of the kind is there), or here. */
function roomAsked(part: Interpretation, home: Home, speaking: string | undefined) {
  const said = part.slots.area ?? part.unresolved?.area;
  return said === undefined ? areaById(home, speaking) : areaByName(home, said);
}

export type ReadingAnswer = { answer: string; sources: Entity[] } | { failure: string };

/**
 * A question about a measure ("humidity") that found no sensor: the nearest room's reading, or
 * that the home has none. Undefined when the question isn't about a measure of a known room.
 */
export function nearestReading(
  part: Interpretation,
  home: Home,
  speaking: string | undefined,
  unit: TemperatureUnit,
): ReadingAnswer | undefined {
  const measure = part.slots.device_class;
  if (measure === undefined || (part.slots.domain ?? 'sensor') !== 'sensor') return undefined;
  const room: Area | undefined = roomAsked(part, home, speaking);
  if (room === undefined) return undefined;
  const fits = (entity: Entity) => measureOf(entity) === measure;
  const label = sensorClass(measure).label.toLowerCase();
  const nearest = nearestWith(home, room.id, fits);
  if (!nearest) return { failure: `I can't measure the ${label} anywhere in this home` };
  return {
    answer: `I can't measure the ${label} ${inArea(room)}. It's ${readings(home, nearest.entities, unit)}`,
    sources: nearest.entities,
  };
}
