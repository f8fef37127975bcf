// "What's the temperature in the office?": read from a thermostat or a temperature sensor in the
// room. A room without either gets the nearest room's reading, said as such.
import { formatTemperature } from '../home/format.ts';
import type { Area, Entity, Home } from '../home/model.ts';
import type { Interpretation } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { areaById, areaByName, inArea, nearestWith } from './places.ts';
import { joinList, theName } from './words.ts';

const isThermometer = (entity: Entity) =>
  entity.domain === 'climate' ||
  (entity.domain === 'sensor' && entity.attributes.device_class === 'temperature');

function reading(entity: Entity): number | undefined {
  if (entity.domain === 'climate') return entity.attributes.current_temperature;
  const value = Number(entity.state);
  return Number.isFinite(value) ? value : undefined;
}

/** One device per room, a thermostat before a sensor, in the home's order of rooms. */
function perRoom(home: Home, entities: readonly Entity[]): Entity[] {
  const chosen = new Map<string, Entity>();
  const sorted = [...entities].sort(
    (a, b) => Number(b.domain === 'climate') - Number(a.domain === 'climate'),
  );
  for (const entity of sorted) {
    const key = entity.area ?? entity.id;
    if (!chosen.has(key)) chosen.set(key, entity);
  }
  const order = (e: Entity) => home.areas.findIndex((area) => area.id === e.area);
  return [...chosen.values()].sort((a, b) => order(a) - order(b));
}

function clause(home: Home, entity: Entity, unit: TemperatureUnit): string | undefined {
  const value = reading(entity);
  if (value === undefined) return undefined;
  const area = areaById(home, entity.area);
  const where = area ? inArea(area) : `at ${theName(entity)}`;
  return `${formatTemperature(value, unit)} ${where}`;
}

function sentence(home: Home, sources: readonly Entity[], unit: TemperatureUnit): string {
  const clauses = perRoom(home, sources).flatMap((e) => clause(home, e, unit) ?? []);
  const text = `It's ${joinList(clauses)}`;
  const [only] = sources;
  if (sources.length === 1 && only?.domain === 'climate' && only.state !== 'off') {
    const target = formatTemperature(only.attributes.temperature, unit);
    return `${text}, and ${theName(only)} is set to ${target}`;
  }
  return text;
}

export type TemperatureAnswer = { answer: string; sources: Entity[] } | { failure: string };

/** Where the question is about: the room said, else where the person is. */
function roomAsked(
  part: Interpretation,
  home: Home,
  speaking: string | undefined,
): Area | undefined {
  return (
    areaByName(home, part.slots.area) ??
    (part.slots.area === undefined ? areaById(home, speaking) : undefined)
  );
}

export function answerTemperature(
  part: Interpretation,
  home: Home,
  speaking: string | undefined,
  unit: TemperatureUnit,
): TemperatureAnswer {
  const targets = part.targets.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);
  const asked = targets.filter(isThermometer);
  if (asked.length > 0) return { answer: sentence(home, asked, unit), sources: asked };
  const room = roomAsked(part, home, speaking);
  if (room === undefined && part.slots.area !== undefined)
    return { failure: `There's no room called '${part.slots.area}'` };
  const everywhere = home.entities.filter(isThermometer);
  if (everywhere.length === 0)
    return { failure: `There's no thermostat or temperature sensor in this home` };
  if (room === undefined) return { answer: sentence(home, everywhere, unit), sources: everywhere };
  const here = everywhere.filter((e) => e.area === room.id);
  if (here.length > 0) return { answer: sentence(home, here, unit), sources: here };
  const nearest = nearestWith(home, room.id, isThermometer);
  if (!nearest) return { failure: `There's no thermostat or temperature sensor ${inArea(room)}` };
  return {
    answer: `I can't measure the temperature ${inArea(room)}. ${sentence(home, nearest.entities, unit)}`,
    sources: nearest.entities,
  };
}
