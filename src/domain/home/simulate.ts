// The home behaving over simulated time: rooms warm and cool, covers travel, media plays on and
// motion sensors clear themselves. Pure and deterministic: advance(home, a, c) gives the same
// home, and events at the same moments, as advance(advance(home, a, b), b, c) for any b, so the
// app can tick every 250 ms and a "skip three days" button can jump in one call.
import type { Cause, SimulationProcess } from '../activity/cause.ts';
import { newEventId, type HomeEvent } from '../activity/event.ts';
import type { BinarySensorEntity, Entity, Home } from './model.ts';
import { DEFAULT_AMBIENT, stepClimate } from './simulateClimate.ts';
import { stepCover } from './simulateCover.ts';
import { stepMedia } from './simulateMedia.ts';
import type { Stepped } from './simulateStep.ts';
import { unchanged } from './simulateStep.ts';

export { CLIMATE_RATES, DEFAULT_AMBIENT, hvacActionFor } from './simulateClimate.ts';

const OUTDOOR_WORDS = /\b(outside|outdoors?|exterior|garden|yard|balcony|patio|terrace)\b/i;

/**
 * The outside temperature rooms drift toward, °C: the first temperature sensor that is outdoors
 * by its area or its name, else DEFAULT_AMBIENT.
 */
export function ambientTemperature(home: Home): number {
  const areaNames = new Map(home.areas.map((a) => [a.id, a.name]));
  for (const e of home.entities) {
    if (e.domain !== 'sensor' || e.attributes.device_class !== 'temperature') continue;
    const where = `${e.area ? (areaNames.get(e.area) ?? e.area) : ''} ${e.name} ${e.id.replace(/[._]/g, ' ')}`;
    if (OUTDOOR_WORDS.test(where)) return Number(e.state);
  }
  return DEFAULT_AMBIENT;
}

function stepSensor(
  entity: BinarySensorEntity,
  from: number,
  to: number,
): Stepped<BinarySensorEntity> {
  const { auto_off_seconds: autoOff, last_triggered: triggered } = entity.attributes;
  if (entity.state !== 'on' || !autoOff) return unchanged(entity);
  // Without a trigger time nothing says how long it has been on: it clears at once.
  const offAt = triggered === undefined ? from : Math.round(triggered + autoOff * 1000);
  if (offAt > to) return unchanged(entity);
  return {
    entity: { ...entity, state: 'off' },
    happenings: [{ at: Math.max(0, offAt), changes: [{ key: 'state', from: 'on', to: 'off' }] }],
  };
}

function step(
  entity: Entity,
  from: number,
  to: number,
  ambient: number,
): [Stepped<Entity>, SimulationProcess?] {
  switch (entity.domain) {
    case 'climate':
      return [stepClimate(entity, from, to, ambient), 'thermostat'];
    case 'cover':
      return [stepCover(entity, from, to), 'cover'];
    case 'media_player':
      return [stepMedia(entity, from, to), 'media'];
    case 'binary_sensor':
      return [stepSensor(entity, from, to), 'sensor'];
    default:
      return [unchanged(entity)];
  }
}

/**
 * The home at `to`, given the home at `from`, and what changed in between. Events carry the
 * moment each change happened (an arrival, the end of a song), in time order. Entities that did
 * not change are the same objects as before, and the home itself when nothing changed.
 */
export function advance(home: Home, from: number, to: number): { home: Home; events: HomeEvent[] } {
  if (!(to > from)) return { home, events: [] };
  const ambient = ambientTemperature(home);
  const events: HomeEvent[] = [];
  let changed = false;

  const entities = home.entities.map((entity) => {
    const [{ entity: next, happenings }, process] = step(entity, from, to, ambient);
    if (next === entity) return entity;
    changed = true;
    if (!process) return next;
    const cause: Cause = { kind: 'simulation', process };
    // Events carry the area's id, as execute() writes them: the log's room filter is by id.
    const area = next.area;
    for (const { at, changes } of happenings) {
      events.push({
        id: newEventId(at),
        at,
        entityId: next.id,
        entityName: next.name,
        domain: next.domain,
        ...(area === undefined ? {} : { area }),
        changes,
        cause,
      });
    }
    return next;
  });

  // A stable sort keeps the home's entity order among events at the same moment.
  events.sort((a, b) => a.at - b.at);
  return { home: changed ? { ...home, entities } : home, events };
}
