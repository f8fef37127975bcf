// Finding what a request is about, through `interpret` on a small home: the speaker's room,
// rooms and floors said outright, "everywhere", names against kinds of device, plural against
// singular, and what the target decides about the intent ("set X to 30").
import { describe, expect, it } from 'vitest';
import { interpret } from './interpret.ts';
import { BEDROOM, KITCHEN, LIGHTS, smallHome } from './testset/smallHome.ts';
import type { InterpretContext } from './types.ts';

const home = smallHome();
const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home, ...context });
const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort();

describe('the place', () => {
  it("takes the speaker's room when none is said, and says so", () => {
    const r = say('turn off the lights', { area: 'kitchen' });
    expect(r.intent).toBe('HassTurnOff');
    expect(sorted(r.targets)).toEqual(sorted(KITCHEN));
    expect(r.slots.area).toBe('Kitchen');
    expect(r.fromContext).toContain('area');
  });

  it("prefers a room said outright to the speaker's room", () => {
    const r = say('turn off the lights in the bedroom', { area: 'kitchen' });
    expect(sorted(r.targets)).toEqual(sorted(BEDROOM));
    expect(r.slots.area).toBe('Bedroom');
    expect(r.fromContext ?? []).not.toContain('area');
  });

  it('means the whole home when the speaker has no room', () => {
    expect(sorted(say('turn off the lights').targets)).toEqual(sorted(LIGHTS));
  });

  it.each(['turn off the lights everywhere', 'turn off all the lights in the house'])(
    'means the whole home, wherever the speaker is, for "%s"',
    (text) => {
      expect(sorted(say(text, { area: 'kitchen' }).targets)).toEqual(sorted(LIGHTS));
    },
  );

  it('finds the rooms of a floor', () => {
    const r = say('turn off the lights upstairs', { area: 'kitchen' });
    expect(sorted(r.targets)).toEqual(sorted(BEDROOM));
    expect(r.slots.floor).toBe('Upstairs');
  });

  it('reads "here" as the speaker\'s room', () => {
    expect(sorted(say('turn off the lights in here', { area: 'bedroom' }).targets)).toEqual(
      sorted(BEDROOM),
    );
  });

  it('answers questions about the whole home unless a place is said', () => {
    const r = say('which lights are on', { area: 'kitchen' });
    expect(r.intent).toBe('HassGetState');
    expect(r.slots).toMatchObject({ query: 'which', state: 'on' });
    expect(sorted(r.targets)).toEqual(sorted(LIGHTS));
  });
});

describe('names and kinds', () => {
  it('takes a full name as that one device, wherever the speaker is', () => {
    const r = say('turn on the kitchen ceiling', { area: 'bedroom' });
    expect(r.targets).toEqual(['light.kitchen_ceiling']);
    expect(r.slots.name).toBe('Kitchen ceiling');
  });

  it('takes an alias as the device it belongs to', () => {
    expect(say('turn on the under-cabinet lights').targets).toEqual(['light.kitchen_countertop']);
  });

  it('finds devices by kind', () => {
    expect(say('lock the door')).toMatchObject({
      intent: 'HassTurnOn',
      targets: ['lock.front_door'],
    });
    expect(say('close the blinds')).toMatchObject({
      intent: 'HassTurnOff',
      targets: ['cover.living_room_blind'],
    });
  });

  it('forgives a typo in a name, and notes the correction', () => {
    const r = say('turn on the kitchn ceiling');
    expect(r.targets).toEqual(['light.kitchen_ceiling']);
    expect(r.corrections).toEqual([{ said: 'kitchn', meant: 'kitchen' }]);
  });

  it('says what it could not find instead of acting on something else', () => {
    const r = say('turn on the porch light');
    expect(r.intent).toBe('HassTurnOn');
    expect(r.targets).toEqual([]);
    expect(r.unresolved).toEqual({ name: 'porch' });
  });
});

describe('plural and singular', () => {
  it('asks which one when a singular word fits several devices for a precise change', () => {
    const r = say('dim the light', { area: 'kitchen' });
    expect(r.intent).toBe('LightAdjustBrightness');
    expect(sorted(r.ambiguous)).toEqual(sorted(KITCHEN));
  });

  it('acts on all of them when the word is plural', () => {
    const r = say('dim the lights', { area: 'kitchen' });
    expect(r.ambiguous).toBeUndefined();
    expect(sorted(r.targets)).toEqual(sorted(KITCHEN));
  });

  it('asks which one for a value given to one of several', () => {
    expect(sorted(say('set the light to 50%', { area: 'kitchen' }).ambiguous)).toEqual(
      sorted(KITCHEN),
    );
    expect(say('set the lights to 50%', { area: 'kitchen' }).ambiguous).toBeUndefined();
    expect(say('set both lights to 50%', { area: 'kitchen' }).ambiguous).toBeUndefined();
  });

  it('asks which one when a short name fits devices in several rooms', () => {
    const r = say('set the ceiling to 40%');
    expect(r.intent).toBe('HassLightSet');
    expect(sorted(r.ambiguous)).toEqual(['light.bedroom_ceiling', 'light.kitchen_ceiling']);
  });

  it("settles a short name by the speaker's room", () => {
    const r = say('set the ceiling to 40%', { area: 'kitchen' });
    expect(r.targets).toEqual(['light.kitchen_ceiling']);
    expect(r.ambiguous).toBeUndefined();
  });
});

describe('what the target decides', () => {
  it.each([
    ['set the kitchen ceiling to 30', 'HassLightSet', { brightness: 30 }],
    ['set the blind to 30', 'HassSetPosition', { position: 30 }],
    ['set the thermostat to 21', 'HassClimateSetTemperature', { temperature: 21 }],
    ['set the kitchen speaker to 30', 'HassSetVolume', { volume_level: 30 }],
  ])('"%s" is %s', (text, intent, slots) => {
    const r = say(text);
    expect(r.intent).toBe(intent);
    expect(r.slots).toMatchObject(slots);
  });

  it('turns a blind up by opening it and a lock on by locking it', () => {
    expect(say('open the blind').intent).toBe('HassTurnOn');
    expect(say('unlock the front door').intent).toBe('HassTurnOff');
  });
});
