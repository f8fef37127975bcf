import { describe, expect, it } from 'vitest';
import { after, said, turn } from './testing.ts';

const KITCHEN_LIGHTS = ['light.kitchen_ceiling', 'light.kitchen_counter'];

describe('compound requests', () => {
  it('runs every part in one execution and joins the replies', () => {
    const request = said('HassTurnOff', {}, [], {
      text: 'turn off the kitchen lights and lock the back door',
      parts: [
        said('HassTurnOff', { domain: 'light', area: 'Kitchen' }, KITCHEN_LIGHTS),
        said('HassTurnOn', { name: 'Back door' }, ['lock.back_door']),
      ],
    });
    const result = turn(request);
    expect(result.outcome).toBe('acted');
    expect(result.reply).toBe(
      'Turned off the Kitchen ceiling and the Kitchen counter lights and locked the Back door.',
    );
    expect(result.commands.map((c) => `${c.entityId} ${c.type}`)).toEqual([
      'light.kitchen_ceiling turn_off',
      'light.kitchen_counter turn_off',
      'lock.back_door lock',
    ]);
    expect(result.execution?.events.map((e) => e.entityId)).toEqual([
      'light.kitchen_ceiling',
      'light.kitchen_counter',
      'lock.back_door',
    ]);
    expect(result.execution?.events.every((e) => e.cause.kind === 'voice')).toBe(true);
    expect(after(result, 'lock.back_door')?.state).toBe('locked');
  });

  it('runs each part on the home the previous part left', () => {
    const request = said('HassTurnOn', {}, [], {
      parts: [
        said('HassTurnOn', {}, ['light.sideboard_lamp']),
        said('HassGetState', { state: 'on' }, ['light.sideboard_lamp']),
        said('HassTurnOn', {}, ['light.sideboard_lamp']),
      ],
    });
    const result = turn(request);
    expect(result.reply).toBe(
      'Turned on the Sideboard lamp. Yes, the Sideboard lamp is on. The Sideboard lamp was already on.',
    );
    expect(result.execution?.events).toHaveLength(1);
  });

  it('keeps "Opening …" apart from what is done', () => {
    const request = said('HassTurnOff', {}, [], {
      parts: [
        said('HassTurnOff', { domain: 'light' }, [
          'light.living_room_ceiling',
          'light.living_room_lamp',
          'light.tv_backlight',
        ]),
        said('HassTurnOn', {}, ['cover.garage_door']),
        said('HassTurnOn', {}, ['lock.back_door']),
      ],
    });
    expect(turn(request).reply).toBe(
      'Turned off 3 lights in the Living room. Opening the Garage door. Locked the Back door.',
    );
  });

  it('says once what parts did alike, naming the devices said apart', () => {
    const already = said('HassTurnOn', {}, [], {
      parts: [
        said('HassTurnOn', { domain: 'light', area: 'Kitchen' }, KITCHEN_LIGHTS),
        said('HassTurnOn', { name: 'Hallway light' }, ['light.hallway']),
      ],
    });
    expect(turn(already).reply).toBe(
      'The Kitchen ceiling, the Kitchen counter lights and the Hallway light were already on.',
    );
    const done = said('HassTurnOff', {}, [], {
      parts: [
        said('HassTurnOff', { name: 'Hallway light' }, ['light.hallway']),
        said('HassTurnOff', { name: 'Porch light' }, ['light.porch']),
        said('HassTurnOn', {}, ['lock.back_door']),
      ],
    });
    expect(turn(done).reply).toBe(
      'Turned off the Hallway light and the Porch light and locked the Back door.',
    );
  });

  it('still does the parts it can when one fails', () => {
    const request = said('HassTurnOn', {}, [], {
      parts: [
        said('HassTurnOn', { name: 'porch', domain: 'light', area: 'Kitchen' }, [], {
          unresolved: { name: 'porch' },
        }),
        said('HassTurnOn', {}, ['lock.back_door']),
      ],
    });
    const result = turn(request);
    expect(result.outcome).toBe('acted');
    expect(result.reply).toMatch(
      /^There's no light called 'porch' in the Kitchen\. .* Locked the Back door\.$/,
    );
  });

  it('asks about an ambiguous part after doing the others', () => {
    const request = said('HassTurnOn', {}, [], {
      parts: [
        said('HassTurnOn', {}, ['lock.back_door']),
        said('HassTurnOff', { name: 'kitchen' }, [], { ambiguous: KITCHEN_LIGHTS }),
      ],
    });
    const result = turn(request);
    expect(result.outcome).toBe('asked');
    expect(result.reply).toBe(
      'Locked the Back door. Which one: Kitchen ceiling or Kitchen counter lights?',
    );
    expect(result.state.pending?.interpretation.intent).toBe('HassTurnOff');
    expect(after(result, 'lock.back_door')?.state).toBe('locked');
  });
});
