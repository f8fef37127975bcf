import { describe, expect, it } from 'vitest';
import type { Cause } from '../activity/cause.ts';
import { eventSchema } from '../activity/event.ts';
import type { Command } from './commands.ts';
import { diffEntity, execute } from './execute.ts';
import type { Home } from './model.ts';
import { makeCover, makeHome, makeLight, makeLock, makeMedia, MANUAL, NOW } from './testing.ts';

const light = makeLight({ attributes: { brightness: 0 } });
const lock = makeLock();
const blind = makeCover({ state: 'opening', attributes: { position: 30, target_position: 100 } });
const speaker = makeMedia();
const home = makeHome(light, lock, blind, speaker);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('execute', () => {
  it('does not mutate its input and keeps unchanged entities by reference', () => {
    const frozen = deepFreeze(structuredClone(home)) as Home;
    const before = JSON.stringify(frozen);
    const result = execute(frozen, [{ entityId: light.id, type: 'turn_on' }], MANUAL, NOW);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(result.home).not.toBe(frozen);
    expect(result.home.entities[0]).not.toBe(frozen.entities[0]);
    expect(result.home.entities.slice(1)).toEqual(frozen.entities.slice(1));
    result.home.entities
      .slice(1)
      .forEach((entity, i) => expect(entity).toBe(frozen.entities[i + 1]));
    expect(result.home.areas).toBe(frozen.areas);
  });

  it('returns the same home when nothing changed', () => {
    const result = execute(home, [{ entityId: lock.id, type: 'lock' }], MANUAL, NOW);
    expect(result).toEqual({ home, events: [], errors: [] });
    expect(result.home).toBe(home);
  });

  it('emits one event per change, with the changes, time, names and cause', () => {
    const cause: Cause = { kind: 'voice', utterance: 'kitchen lights to 80 percent' };
    const result = execute(
      home,
      [{ entityId: light.id, type: 'set_brightness', brightness: 80 }],
      cause,
      NOW,
    );
    expect(result.errors).toEqual([]);
    expect(result.events).toEqual([
      {
        id: expect.stringMatching(/^ev-/),
        at: NOW,
        entityId: 'light.kitchen_ceiling',
        entityName: 'Kitchen ceiling',
        domain: 'light',
        area: 'kitchen',
        changes: [
          { key: 'state', from: 'off', to: 'on' },
          { key: 'brightness', from: 0, to: 80 },
        ],
        cause,
      },
    ]);
    expect(eventSchema.parse(result.events[0])).toEqual(result.events[0]);
  });

  it('reports a removed attribute as a change to null', () => {
    const result = execute(home, [{ entityId: blind.id, type: 'stop' }], MANUAL, NOW);
    expect(result.events[0]?.changes).toEqual([
      { key: 'state', from: 'opening', to: 'open' },
      { key: 'target_position', from: 100, to: null },
    ]);
  });

  it('applies commands in order, each seeing the ones before', () => {
    const commands: Command[] = [
      { entityId: light.id, type: 'set_brightness', brightness: 50 },
      { entityId: light.id, type: 'adjust_brightness', by: 10 },
      { entityId: light.id, type: 'turn_on' },
    ];
    const result = execute(home, commands, MANUAL, NOW);
    expect(result.home.entities[0]).toMatchObject({ state: 'on', attributes: { brightness: 60 } });
    expect(result.events.map((e) => e.changes)).toEqual([
      [
        { key: 'state', from: 'off', to: 'on' },
        { key: 'brightness', from: 0, to: 50 },
      ],
      [{ key: 'brightness', from: 50, to: 60 }],
    ]);
    expect(new Set(result.events.map((e) => e.id)).size).toBe(2);
  });

  it('checks each command on its own: invalid ones change nothing, valid ones still apply', () => {
    const commands: Command[] = [
      { entityId: lock.id, type: 'unlock' },
      { entityId: light.id, type: 'set_brightness', brightness: 150 },
      { entityId: 'light.nope', type: 'turn_on' },
      { entityId: speaker.id, type: 'play_media', mediaId: 'song.something' },
    ];
    const result = execute(home, commands, MANUAL, NOW);
    expect(result.errors).toEqual([
      {
        entityId: light.id,
        command: commands[1],
        message: 'Brightness must be between 0 and 100 %; 150 is out of range.',
      },
      {
        entityId: 'light.nope',
        command: commands[2],
        message: "There is no device with the id 'light.nope'.",
      },
    ]);
    expect(result.events.map((e) => e.entityId)).toEqual([lock.id, speaker.id]);
    expect(result.home.entities[0]).toBe(light);
    expect(result.events[1]?.changes).toContainEqual({
      key: 'queue',
      from: [],
      to: ['song.come_together'],
    });
  });

  it('names the device when its domain does not know the command', () => {
    const result = execute(
      home,
      [{ entityId: light.id, type: 'frobnicate' } as unknown as Command],
      MANUAL,
      NOW,
    );
    expect(result.errors[0]?.message).toBe("Kitchen ceiling is a light; it can't do 'frobnicate'.");
  });

  it('refuses things that are not commands at all', () => {
    const result = execute(
      home,
      [null as unknown as Command, { type: 'turn_on' } as unknown as Command],
      MANUAL,
      NOW,
    );
    expect(result.errors.map((e) => e.message)).toEqual([
      'That is not a command I understand.',
      'That is not a command I understand.',
    ]);
    expect(result.home).toBe(home);
  });

  it('leaves the area out of events for devices without one', () => {
    const loose = makeLock({
      id: 'lock.shed',
      name: 'Shed lock',
      area: undefined,
      state: 'unlocked',
    });
    const result = execute(makeHome(loose), [{ entityId: loose.id, type: 'lock' }], MANUAL, NOW);
    expect(result.events[0]).not.toHaveProperty('area');
  });
});

describe('diffEntity', () => {
  it('is empty for equal entities, even when not the same object', () => {
    expect(diffEntity(speaker, structuredClone(speaker))).toEqual([]);
  });
});
