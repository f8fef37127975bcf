// The one way the home changes. Every command is checked on its own; valid ones apply in order
// (later commands see earlier results); each real change becomes an event carrying its cause.
import type { Cause } from '../activity/cause.ts';
import { newEventId, type AttributeValue, type Change, type HomeEvent } from '../activity/event.ts';
import { domainAccepts, unsupportedMessage } from './capabilities.ts';
import type { Command } from './commands.ts';
import { climateHandler } from './domains/climate.ts';
import type { DomainHandler } from './domains/common.ts';
import { coverHandler } from './domains/cover.ts';
import { lightHandler } from './domains/light.ts';
import { mediaHandler } from './domains/media.ts';
import { binarySensorHandler, personHandler, sensorHandler } from './domains/sensors.ts';
import { fanHandler, lockHandler, switchHandler } from './domains/simple.ts';
import type { Domain, Entity, EntityOf, Home } from './model.ts';

export interface CommandError {
  entityId: string;
  command: Command;
  message: string;
}

export interface ExecuteResult {
  /** The home afterwards. Unchanged entities keep their identity; with no change at all, the same home. */
  home: Home;
  /** One per command that changed something, in order. */
  events: HomeEvent[];
  errors: CommandError[];
}

const HANDLERS: { [D in Domain]: DomainHandler<EntityOf<D>> } = {
  light: lightHandler,
  switch: switchHandler,
  fan: fanHandler,
  cover: coverHandler,
  lock: lockHandler,
  climate: climateHandler,
  media_player: mediaHandler,
  sensor: sensorHandler,
  binary_sensor: binarySensorHandler,
  person: personHandler,
};

function toValue(value: unknown): AttributeValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return String(value);
}

function same(a: AttributeValue, b: AttributeValue): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** What differs between two versions of an entity: state first, then attributes. */
export function diffEntity(before: Entity, after: Entity): Change[] {
  const changes: Change[] = [];
  if (before.state !== after.state)
    changes.push({ key: 'state', from: before.state, to: after.state });
  const from = before.attributes as Record<string, unknown>;
  const to = after.attributes as Record<string, unknown>;
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  for (const key of keys) {
    const a = toValue(from[key]);
    const b = toValue(to[key]);
    if (!same(a, b)) changes.push({ key, from: a, to: b });
  }
  return changes;
}

function applyOne(
  entity: Entity,
  command: Command,
  now: number,
): { entity: Entity } | { error: string } {
  if (!domainAccepts(entity.domain, command.type))
    return { error: unsupportedMessage(entity, command) };
  const handler = HANDLERS[entity.domain] as DomainHandler<Entity>;
  return handler.apply(entity, command, now);
}

function isCommand(value: unknown): value is Command {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { entityId?: unknown }).entityId === 'string' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

export function execute(
  home: Home,
  commands: readonly Command[],
  cause: Cause,
  now: number,
): ExecuteResult {
  const index = new Map(home.entities.map((entity, i) => [entity.id, i]));
  let entities: Entity[] | undefined;
  const events: HomeEvent[] = [];
  const errors: CommandError[] = [];

  for (const command of commands) {
    // Commands also come back from storage (taught commands, routines), so their shape is checked.
    if (!isCommand(command)) {
      errors.push({ entityId: '', command, message: 'That is not a command I understand.' });
      continue;
    }
    const at = index.get(command.entityId);
    if (at === undefined) {
      errors.push({
        entityId: command.entityId,
        command,
        message: `There is no device with the id '${command.entityId}'.`,
      });
      continue;
    }
    const before = (entities ?? home.entities)[at]!;
    const outcome = applyOne(before, command, now);
    if ('error' in outcome) {
      errors.push({ entityId: command.entityId, command, message: outcome.error });
      continue;
    }
    const changes = diffEntity(before, outcome.entity);
    if (changes.length === 0) continue;
    entities ??= [...home.entities];
    entities[at] = outcome.entity;
    events.push({
      id: newEventId(now),
      at: now,
      entityId: before.id,
      entityName: before.name,
      domain: before.domain,
      ...(before.area !== undefined ? { area: before.area } : {}),
      changes,
      cause,
    });
  }

  return { home: entities ? { ...home, entities } : home, events, errors };
}
