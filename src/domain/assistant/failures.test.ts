import { describe, expect, it } from 'vitest';
import { makeHome, makeLight } from '../home/testing.ts';
import { said, turn } from './testing.ts';

describe('when the words fit no device', () => {
  it('says what is missing and lists what exists of that kind there', () => {
    const result = turn(
      said('HassTurnOn', { name: 'pantry', domain: 'light', area: 'Kitchen' }, [], {
        unresolved: { name: 'pantry' },
      }),
    );
    expect(result.outcome).toBe('failed');
    expect(result.commands).toEqual([]);
    expect(result.reply).toBe(
      "There's no light called 'pantry' in the Kitchen. Lights there: Kitchen ceiling and Kitchen counter lights.",
    );
  });

  it('says where a device named in the wrong room is, rather than what else is there', () => {
    const result = turn(
      said('HassTurnOn', { name: 'porch', domain: 'light', area: 'Kitchen' }, [], {
        unresolved: { name: 'porch' },
      }),
    );
    expect(result.reply).toBe(
      "There's no light called 'porch' in the Kitchen. The Porch light is in the Garden.",
    );
  });

  it('uses the room the person is in when none was said', () => {
    const result = turn(
      said('HassTurnOn', { name: 'lamp', domain: 'light' }, [], { unresolved: { name: 'lamp' } }),
      { area: 'garage' },
    );
    expect(result.reply).toBe(
      "There's no light called 'lamp' in the Garage. Lights there: Garage light.",
    );
  });

  it('points to the nearest room that has that kind of device', () => {
    const result = turn(said('HassTurnOn', { domain: 'fan', area: 'Kitchen' }, []));
    expect(result.reply).toBe(
      'There are no fans in the Kitchen. Fans in the Living room: Ceiling fan.',
    );
    const upstairs = turn(said('HassTurnOn', { domain: 'fan', area: "Kids' room" }, []));
    expect(upstairs.reply).toBe(
      "There are no fans in the Kids' room. Fans in the Office: Desk fan.",
    );
  });

  it('says it doesn’t know a name said without a kind, guessing only when there is little to guess from', () => {
    const radio = turn(
      said('HassMediaPause', { name: 'radio' }, [], { unresolved: { name: 'radio' } }),
      { area: 'kitchen' },
    );
    expect(radio.reply).toBe("I don't know 'radio' yet. Did you mean the Kitchen speaker?");
    const movie = turn(
      said('HassTurnOn', { name: 'movie mode' }, [], { unresolved: { name: 'movie mode' } }),
      { area: 'living_room' },
    );
    expect(movie.outcome).toBe('failed');
    expect(movie.reply).toBe("I don't know 'movie mode' yet.");
    const there = turn(
      said('HassTurnOn', { name: 'blorp', area: 'Kitchen' }, [], { unresolved: { name: 'blorp' } }),
    );
    expect(there.reply).toBe("There's nothing called 'blorp' in the Kitchen.");
  });

  it('says when "it" has nothing to point at', () => {
    const result = turn(said('HassTurnOff', { name: 'it' }, [], { unresolved: { name: 'it' } }));
    expect(result.reply).toBe("I'm not sure what 'it' means here. Try saying the device's name.");
  });

  it('never says a room that exists doesn’t', () => {
    const result = turn(
      said('HassGetState', { area: 'Kitchen', domain: 'fan' }, [], {
        unresolved: { area: 'Kitchen' },
      }),
    );
    expect(result.reply).toBe(
      'There are no fans in the Kitchen. Fans in the Living room: Ceiling fan.',
    );
  });

  it('names the rooms and floors there are when a room or floor is unknown', () => {
    const room = turn(
      said('HassTurnOff', { domain: 'light', area: 'attic' }, [], {
        unresolved: { area: 'attic' },
      }),
    );
    expect(room.reply).toBe(
      "There's no room called 'attic'. Rooms: Hallway, Living room, Kitchen and 8 more.",
    );
    const floor = turn(
      said('HassTurnOff', { domain: 'light', floor: 'basement' }, [], {
        unresolved: { floor: 'basement' },
      }),
    );
    expect(floor.reply).toBe(
      "There's no floor called 'basement'. Floors: Ground floor and Upstairs.",
    );
  });

  it('doesn’t name the room when the home has none of that kind anywhere', () => {
    const result = turn(
      said('HassGetState', { domain: 'binary_sensor', device_class: 'battery', state: 'on' }, []),
      { area: 'kitchen' },
    );
    expect(result.reply).toBe('There are no battery sensors in this home.');
  });

  it('says when the home has none of that kind at all', () => {
    const home = makeHome(makeLight());
    const result = turn(said('HassTurnOn', { domain: 'fan' }, []), {}, home);
    expect(result.reply).toBe('There are no fans in this home.');
  });

  it('answers a question about nothing the same way', () => {
    const result = turn(
      said('HassGetState', { name: 'pool', state: 'on' }, [], { unresolved: { name: 'pool' } }),
      { area: 'garden' },
    );
    expect(result.outcome).toBe('failed');
    expect(result.reply).toBe("I don't know 'pool' yet.");
  });
});

describe('when the words fit several devices', () => {
  const lamp = said('HassTurnOn', { name: 'kitchen' }, [], {
    ambiguous: ['light.kitchen_ceiling', 'light.kitchen_counter'],
  });

  it('asks which one and waits for the answer', () => {
    const result = turn(lamp);
    expect(result.reply).toBe('Which one: Kitchen ceiling or Kitchen counter lights?');
    expect(result.outcome).toBe('asked');
    expect(result.commands).toEqual([]);
    expect(result.state.pending).toEqual({
      kind: 'which',
      options: ['light.kitchen_ceiling', 'light.kitchen_counter'],
      interpretation: lamp,
    });
  });

  it('tells twins apart by their room', () => {
    const home = makeHome(
      makeLight({ id: 'light.a', name: 'Lamp', area: 'kitchen' }),
      makeLight({ id: 'light.b', name: 'Lamp', area: 'bedroom' }),
    );
    const result = turn(
      said('HassTurnOn', { name: 'lamp' }, [], { ambiguous: ['light.a', 'light.b'] }),
      {},
      home,
    );
    expect(result.reply).toBe('Which one: Lamp (Kitchen) or Lamp (Bedroom)?');
  });
});
