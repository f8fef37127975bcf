// Realistic commands for the demo home, from a seeded random source: what people (and the
// assistant) mostly do — lights on and off and dimmed, the heating nudged, blinds moved, media
// played, paused and turned up. Used by the execute() figures and the generated event history.
import { supportedCommands } from '../../src/domain/home/capabilities.ts';
import { CATALOGUE } from '../../src/domain/home/catalogue.ts';
import type { Command } from '../../src/domain/home/commands.ts';
import type { Domain, Entity, Home } from '../../src/domain/home/model.ts';
import { pick, weighted, type Random } from './lib.ts';

/** Share of each kind of command in the throughput mix (the brief's lights/climate/covers/media). */
export const THROUGHPUT_MIX = {
  light_toggle: 35,
  light_brightness: 20,
  climate: 15,
  cover: 15,
  media: 15,
} as const;

/** The history mix adds the rest of the home: plugs, fans, locks, colours, sensors, people. */
export const HISTORY_MIX = {
  light_toggle: 26,
  light_brightness: 12,
  light_colour: 4,
  climate: 8,
  cover: 9,
  media: 10,
  switch: 6,
  fan: 4,
  lock: 5,
  sensor_trigger: 12,
  person: 4,
} as const;

type Kind = keyof typeof HISTORY_MIX;

const KIND_DOMAIN: Record<Kind, Domain> = {
  light_toggle: 'light',
  light_brightness: 'light',
  light_colour: 'light',
  climate: 'climate',
  cover: 'cover',
  media: 'media_player',
  switch: 'switch',
  fan: 'fan',
  lock: 'lock',
  sensor_trigger: 'binary_sensor',
  person: 'person',
};

const COLOURS = ['red', 'warm white', 'blue', 'orange', 'purple', 'daylight', '#ffa94d', 'green'];

function commandFor(kind: Kind, entity: Entity, random: Random): Command | undefined {
  const id = entity.id;
  const can = new Set(supportedCommands(entity));
  const ifCan = (command: Command) => (can.has(command.type) ? command : undefined);
  switch (kind) {
    case 'light_toggle':
      return pick(random, [
        { entityId: id, type: 'toggle' },
        { entityId: id, type: 'turn_on' },
        { entityId: id, type: 'turn_off' },
      ] as const);
    case 'light_brightness':
      return random() < 0.75
        ? ifCan({
            entityId: id,
            type: 'set_brightness',
            brightness: 5 + Math.round(random() * 19) * 5,
          })
        : ifCan({ entityId: id, type: 'adjust_brightness', by: pick(random, [-20, -10, 10, 20]) });
    case 'light_colour':
      return can.has('set_color')
        ? { entityId: id, type: 'set_color', color: pick(random, COLOURS) }
        : ifCan({
            entityId: id,
            type: 'set_color_temp',
            kelvin: 2200 + Math.round(random() * 38) * 100,
          });
    case 'climate':
      return random() < 0.6
        ? {
            entityId: id,
            type: 'set_temperature',
            temperature: 17 + Math.round(random() * 10) * 0.5,
          }
        : { entityId: id, type: 'adjust_temperature', by: pick(random, [-1, -0.5, 0.5, 1]) };
    case 'cover': {
      const choices: Command[] = [
        { entityId: id, type: 'open' },
        { entityId: id, type: 'close' },
      ];
      if (can.has('set_position'))
        choices.push({
          entityId: id,
          type: 'set_position',
          position: Math.round(random() * 10) * 10,
        });
      return pick(random, choices);
    }
    case 'media': {
      const choices: Command[] = [
        { entityId: id, type: 'play' },
        { entityId: id, type: 'pause' },
        { entityId: id, type: 'set_volume', volume: Math.round(random() * 12) * 5 },
        { entityId: id, type: 'adjust_volume', by: pick(random, [-10, -5, 5, 10]) },
        { entityId: id, type: 'play_media', mediaId: pick(random, CATALOGUE).id },
      ];
      // "Next" with nothing queued is refused (rightly): people only press it with a queue.
      if (entity.domain === 'media_player' && entity.attributes.queue.length > 0)
        choices.push({ entityId: id, type: 'next' });
      return pick(random, choices);
    }
    case 'switch':
      return pick(random, [
        { entityId: id, type: 'toggle' },
        { entityId: id, type: 'turn_on' },
        { entityId: id, type: 'turn_off' },
      ] as const);
    case 'fan':
      return random() < 0.5
        ? { entityId: id, type: 'toggle' }
        : { entityId: id, type: 'set_fan_speed', percentage: Math.round(random() * 4) * 25 };
    case 'lock':
      return pick(random, [
        { entityId: id, type: 'lock' },
        { entityId: id, type: 'unlock' },
      ] as const);
    case 'sensor_trigger': {
      const cls = entity.domain === 'binary_sensor' ? entity.attributes.device_class : '';
      // Motion sensors clear themselves; doors and windows are opened and closed.
      return cls === 'motion' || entity.state === 'off'
        ? { entityId: id, type: 'trigger' }
        : { entityId: id, type: 'clear' };
    }
    case 'person':
      return entity.state === 'home'
        ? { entityId: id, type: 'leave' }
        : { entityId: id, type: 'arrive' };
  }
}

/** Entities of each domain, once per home shape (entity ids and domains never change here). */
export function byDomain(home: Home): Map<Domain, Entity[]> {
  const map = new Map<Domain, Entity[]>();
  for (const e of home.entities) map.set(e.domain, [...(map.get(e.domain) ?? []), e]);
  return map;
}

/**
 * One command of the mix, valid for the entity as it is now in `home` (so toggles, locks and
 * people alternate naturally). Returns the kind too, so callers can attach a fitting cause.
 */
export function randomCommand<M extends Partial<Record<Kind, number>>>(
  home: Home,
  random: Random,
  mix: M,
  domains: Map<Domain, Entity[]> = byDomain(home),
): { kind: Kind; command: Command } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const kind = weighted(random, mix as Record<string, number>) as Kind;
    let candidates = domains.get(KIND_DOMAIN[kind]) ?? [];
    if (kind === 'sensor_trigger') {
      candidates = candidates.filter(
        (e) =>
          e.domain === 'binary_sensor' &&
          ['motion', 'door', 'window'].includes(e.attributes.device_class),
      );
    }
    if (candidates.length === 0) continue;
    const stale = pick(random, candidates);
    const entity = home.entities.find((e) => e.id === stale.id) ?? stale;
    const command = commandFor(kind, entity, random);
    if (command) return { kind, command };
  }
  throw new Error('Could not make a command for this home: is it the demo home?');
}
