// Names a person taught ("the big light" = Living room ceiling, "the kids' room" = Bedroom 2),
// through `interpret`: used in every intent exactly as the device's or room's own name is,
// reported in `names`, winning over short forms, asking when they clash with another device's
// full name, and cached with the home's lexicon.
import { describe, expect, it } from 'vitest';
import type { Home } from '../home/model.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { makeClimate, makeHome, makeLight, makeSensor, NOW } from '../home/testing.ts';
import { interpret } from './interpret.ts';
import { lexiconOf } from './lexicon.ts';
import { taughtName, vocabulary } from './testing/taught.ts';
import type { InterpretContext } from './types.ts';

const home = demoHome(NOW);
const bigLight = taughtName('name-big', 'the big light', { entityId: 'light.living_room_ceiling' });
const nursery = taughtName('name-nursery', 'the nursery', { areaId: 'kids_room' });
const taught = vocabulary({ names: [bigLight, nursery] });
const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home, taught, ...context });

describe('a taught name for a device', () => {
  it.each([
    ['turn off the big light', 'HassTurnOff', {}],
    ['switch on the big light', 'HassTurnOn', {}],
    ['is the big light on?', 'HassGetState', { state: 'on', query: 'one' }],
    ['dim the big light to 30 percent', 'HassLightSet', { brightness: 30 }],
    ['set the big light to red', 'HassLightSet', { color: 'red' }],
    ['make the big light a bit brighter', 'LightAdjustBrightness', { direction: 'up' }],
    ['big light off please', 'HassTurnOff', {}],
  ])('works in "%s" as the device\'s own name', (text, intent, slots) => {
    const r = say(text);
    expect(r.intent).toBe(intent);
    expect(r.targets).toEqual(['light.living_room_ceiling']);
    expect(r.slots).toMatchObject({ name: 'Living room ceiling', ...slots });
    expect(r.names).toEqual(['name-big']);
  });

  it('means nothing until it is taught', () => {
    const r = interpret('turn off the big light', { home });
    expect(r.targets).toEqual([]);
    expect(r.names).toBeUndefined();
  });

  it('is found with a small typo, like any name', () => {
    const r = say('turn off the big lihgt');
    expect(r.targets).toEqual(['light.living_room_ceiling']);
    expect(r.names).toEqual(['name-big']);
  });

  it('joins a list of devices and a follow-up', () => {
    const both = say('turn off the big light and the desk lamp');
    expect([...both.targets].sort()).toEqual(['light.desk_lamp', 'light.living_room_ceiling']);
    expect(both.names).toEqual(['name-big']);
    const previous = { intent: 'HassTurnOff' as const, slots: {}, targets: ['light.desk_lamp'] };
    const also = say('and the big light too', { previous });
    expect(also.intent).toBe('HassTurnOff');
    expect(also.targets).toEqual(['light.living_room_ceiling']);
    expect(also.names).toEqual(['name-big']);
  });

  it('is not reported when the request did not use it', () => {
    expect(say('turn off the living room ceiling').names).toBeUndefined();
    expect(say('turn off the kitchen lights').names).toBeUndefined();
  });

  it('wins over a short form of another device\'s name ("ceiling")', () => {
    const ceiling = taughtName('name-ceiling', 'ceiling', { entityId: 'light.kitchen_ceiling' });
    const r = interpret('turn on the ceiling', {
      home,
      area: 'living_room',
      taught: vocabulary({ names: [ceiling] }),
    });
    expect(r.targets).toEqual(['light.kitchen_ceiling']);
    expect(r.names).toEqual(['name-ceiling']);
    // Untaught, "ceiling" is a short form: what is called so in the room the person is in.
    const untaught = interpret('turn on the ceiling', { home, area: 'living_room' });
    expect(untaught.targets).toContain('light.living_room_ceiling');
    expect(untaught.targets).not.toContain('light.kitchen_ceiling');
  });

  it("asks which when it is another device's full name", () => {
    const clash = taughtName('name-clash', 'kitchen ceiling', {
      entityId: 'light.living_room_ceiling',
    });
    const r = interpret('turn off the kitchen ceiling', {
      home,
      taught: vocabulary({ names: [clash] }),
    });
    expect(r.ambiguous).toEqual(['light.living_room_ceiling', 'light.kitchen_ceiling']);
    expect(r.names).toEqual(['name-clash']);
  });

  it('wins such a clash when the person chose that', () => {
    const chosen = {
      ...taughtName('name-chosen', 'kitchen ceiling', { entityId: 'light.living_room_ceiling' }),
      overrides: true,
    };
    const r = interpret('turn off the kitchen ceiling', {
      home,
      taught: vocabulary({ names: [chosen] }),
    });
    expect(r.targets).toEqual(['light.living_room_ceiling']);
    expect(r.ambiguous).toBeUndefined();
  });

  it('is ignored when its device no longer exists', () => {
    const gone = taughtName('name-gone', 'the old lamp', { entityId: 'light.removed' });
    const r = interpret('turn off the old lamp', { home, taught: vocabulary({ names: [gone] }) });
    expect(r.targets).toEqual([]);
    expect(r.names).toBeUndefined();
  });

  it('answers "which one?"', () => {
    const pending = {
      kind: 'which' as const,
      options: ['light.living_room_ceiling', 'light.living_room_lamp'],
      interpretation: {
        text: 'turn off the light',
        intent: 'HassTurnOff' as const,
        slots: {},
        targets: [],
      },
    };
    const r = say('the big light', { pending });
    expect(r.intent).toBe('HassTurnOff');
    expect(r.targets).toEqual(['light.living_room_ceiling']);
  });
});

/** The product brief's example: "the kids' room" for a room the home calls Bedroom 2. */
function homeWithBedroom2(): Home {
  const base = makeHome(
    makeLight({ id: 'light.bedroom_2', name: 'Bedroom 2 ceiling', area: 'bedroom_2' }),
    makeLight({ id: 'light.bedroom_2_lamp', name: 'Star lamp', area: 'bedroom_2' }),
    makeLight({ id: 'light.kitchen', name: 'Kitchen light', area: 'kitchen' }),
    makeSensor({
      id: 'sensor.bedroom_2_temperature',
      name: 'Bedroom 2 temperature',
      area: 'bedroom_2',
    }),
    makeClimate({ id: 'climate.bedroom_2', name: 'Bedroom 2 heating', area: 'bedroom_2' }),
  );
  return { ...base, areas: [...base.areas, { id: 'bedroom_2', name: 'Bedroom 2' }] };
}

describe('a taught name for a room', () => {
  const home2 = homeWithBedroom2();
  const kidsRoom = taughtName('name-kids', "the kids' room", { areaId: 'bedroom_2' });
  const taught2 = vocabulary({ names: [kidsRoom] });
  const say2 = (text: string) => interpret(text, { home: home2, taught: taught2, area: 'kitchen' });

  it('means the room in every kind of request', () => {
    const off = say2("turn off the lights in the kids' room");
    expect(off.intent).toBe('HassTurnOff');
    expect(off.targets).toEqual(['light.bedroom_2', 'light.bedroom_2_lamp']);
    expect(off.slots.area).toBe('Bedroom 2');
    expect(off.names).toEqual(['name-kids']);

    const temperature = say2("what's the temperature in the kids' room");
    expect(temperature.intent).toBe('HassClimateGetTemperature');
    expect(temperature.targets).toContain('climate.bedroom_2');
    expect(temperature.names).toEqual(['name-kids']);

    const warmer = say2("set the kids' room heating to 21 degrees");
    expect(warmer.intent).toBe('HassClimateSetTemperature');
    expect(warmer.targets).toEqual(['climate.bedroom_2']);

    const dim = say2('dim the kids room to 20%');
    expect(dim.intent).toBe('HassLightSet');
    expect(dim.slots.brightness).toBe(20);
    expect(dim.targets).toEqual(['light.bedroom_2', 'light.bedroom_2_lamp']);

    const question = say2("are the lights on in the kids' room?");
    expect(question.intent).toBe('HassGetState');
    expect(question.names).toEqual(['name-kids']);
  });

  it('is unknown to the home model itself: areas keep their own names', () => {
    expect(home2.areas.find((a) => a.id === 'bedroom_2')).toEqual({
      id: 'bedroom_2',
      name: 'Bedroom 2',
    });
    const untaught = interpret("turn off the lights in the kids' room", { home: home2 });
    expect(untaught.targets).toEqual([]);
  });

  it("works alongside the room's own name", () => {
    const own = interpret('turn off the lights in bedroom 2', {
      home: home2,
      taught: taught2,
    });
    expect(own.targets).toEqual(['light.bedroom_2', 'light.bedroom_2_lamp']);
    expect(own.names).toBeUndefined();
  });

  it('names a room of the demo home too', () => {
    const r = say('turn on the lights in the nursery');
    expect(r.targets).toEqual(['light.kids_room_ceiling', 'light.night_light']);
    expect(r.names).toEqual(['name-nursery']);
  });
});

describe('the lexicon with taught names', () => {
  it('is built once per home and list of names', () => {
    const names = [bigLight, nursery];
    const first = lexiconOf(home, names);
    expect(lexiconOf(home, names)).toBe(first);
    // The same home without names, or with another list, is another lexicon, also kept.
    const plain = lexiconOf(home);
    expect(plain).not.toBe(first);
    expect(lexiconOf(home, [])).toBe(plain);
    const other = lexiconOf(home, [bigLight]);
    expect(other).not.toBe(first);
    expect(lexiconOf(home, names)).toBe(first);
  });

  it('is rebuilt when the home changes', () => {
    const names = [bigLight];
    const before = lexiconOf(home, names);
    const changed = { ...home, entities: [...home.entities] };
    expect(lexiconOf(changed, names)).not.toBe(before);
  });

  it('keeps taught words for typo correction, and the plain lexicon knows none of them', () => {
    expect(lexiconOf(home, [nursery]).vocabulary.has('nursery')).toBe(true);
    expect(lexiconOf(home).vocabulary.has('nursery')).toBe(false);
  });
});
