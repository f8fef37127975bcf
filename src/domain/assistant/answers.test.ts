import { describe, expect, it } from 'vitest';
import type { Home } from '../home/model.ts';
import { makeBinarySensor, makeHome, makeLight } from '../home/testing.ts';
import type { Slots } from '../language/types.ts';
import { demo, said, turn } from './testing.ts';

const LIGHTS = demo()
  .entities.filter((e) => e.domain === 'light')
  .map((e) => e.id);
const DOWNSTAIRS_LIGHTS = LIGHTS.slice(0, 10);
const PEOPLE = ['person.emma', 'person.tom', 'person.maya', 'person.leo'];

const ask = (slots: Slots, targets: string[], home?: Home) =>
  turn(said('HassGetState', slots, targets), {}, home);

describe('answering questions from the home', () => {
  it('answers yes or no, saying the state', () => {
    expect(ask({ state: 'locked' }, ['lock.front_door']).reply).toBe(
      'Yes, the Front door is locked.',
    );
    expect(ask({ state: 'locked' }, ['lock.back_door']).reply).toBe(
      'No, the Back door is unlocked.',
    );
    expect(ask({ state: 'on' }, ['light.sideboard_lamp']).reply).toBe(
      'No, the Sideboard lamp is off.',
    );
  });

  it('changes nothing and reports the outcome "answered"', () => {
    const result = ask({ state: 'locked' }, ['lock.front_door']);
    expect(result.outcome).toBe('answered');
    expect(result.commands).toEqual([]);
    expect(result.execution).toBeUndefined();
  });

  it('lists which ones by name when there are few, and counts them past that', () => {
    expect(ask({ state: 'on', query: 'which' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      '8 lights are on: the Hallway light, the Living room ceiling, the Living room lamp and 5 more.',
    );
    expect(ask({ state: 'home', query: 'which' }, PEOPLE).reply).toBe(
      'Emma, Maya and Leo are home.',
    );
    expect(ask({ state: 'away', query: 'which' }, PEOPLE).reply).toBe('Only Tom is away.');
    expect(
      ask({ state: 'open', query: 'which' }, ['lock.front_door', 'binary_sensor.front_door']).reply,
    ).toBe('No door sensors are open.');
  });

  it('says the place that was asked about, and none that wasn’t', () => {
    const upstairs = ask({ state: 'off', query: 'count', floor: 'Upstairs' }, [
      'light.landing',
      'light.office',
      'light.desk_lamp',
      'light.bathroom',
      'light.main_bedroom_ceiling',
      'light.bedside_lamp',
    ]);
    expect(upstairs.reply).toBe(
      '4 lights are off upstairs: the Office light, the Desk lamp, the Main bedroom ceiling and the Bedside lamp.',
    );
    expect(ask({ state: 'on', query: 'count' }, DOWNSTAIRS_LIGHTS).reply).toBe('8 lights are on.');
  });

  it('counts in a sentence, naming a few', () => {
    expect(
      ask({ state: 'on', query: 'count', area: 'Kitchen' }, [
        'light.kitchen_ceiling',
        'light.kitchen_counter',
      ]).reply,
    ).toBe('Both lights in the Kitchen are on.');
    expect(ask({ state: 'off', query: 'count' }, ['light.kitchen_ceiling']).reply).toBe(
      'No lights are off.',
    );
    expect(ask({ state: 'home', query: 'count' }, PEOPLE).reply).toBe(
      '3 people are home: Emma, Maya and Leo.',
    );
    expect(ask({ state: 'away', query: 'which' }, ['person.emma']).reply).toBe('Nobody is away.');
    expect(ask({ query: 'count' }, LIGHTS).reply).toBe('There are 19 lights.');
  });

  it('uses the words the person used for the devices', () => {
    const doors = said('HassGetState', { state: 'unlocked', query: 'count' }, [
      'lock.front_door',
      'lock.back_door',
    ]);
    expect(turn({ ...doors, text: 'how many doors are unlocked?' }).reply).toBe(
      '1 door is unlocked: the Back door.',
    );
    expect(turn({ ...doors, text: 'how many locks are unlocked?' }).reply).toBe(
      '1 lock is unlocked: the Back door.',
    );
    const windows = said('HassGetState', { state: 'on', query: 'any' }, [
      'binary_sensor.main_bedroom_window',
      'binary_sensor.front_door',
      'binary_sensor.back_door',
    ]);
    const closed = demo();
    closed.entities = closed.entities.map((e) =>
      e.domain === 'binary_sensor' && e.id === 'binary_sensor.main_bedroom_window'
        ? { ...e, state: 'off' }
        : e,
    );
    expect(turn({ ...windows, text: 'are any windows or doors open' }, {}, closed).reply).toBe(
      'No, all 3 windows are closed.',
    );
    const tvs = said('HassGetState', { state: 'on', query: 'count' }, [
      'media_player.living_room_tv',
    ]);
    expect(turn({ ...tvs, text: 'how many TVs are on' }).reply).toBe(
      '1 TV is on: the Living room TV.',
    );
  });

  it('says what each one is when they differ', () => {
    expect(
      ask({ state: 'off', query: 'all' }, [
        'media_player.living_room_tv',
        'media_player.kitchen_speaker',
      ]).reply,
    ).toBe('No, the Living room TV is paused and the Kitchen speaker is playing.');
  });

  it('never puts devices in a place they are not', () => {
    expect(
      ask({ state: 'wet', query: 'one', area: 'Living room' }, ['binary_sensor.bathroom_leak'])
        .reply,
    ).toBe("No, there's no leak.");
  });

  it('calls people people, whatever word asked about them', () => {
    const people = said('HassGetState', { state: 'home', query: 'count' }, PEOPLE);
    expect(turn({ ...people, text: 'how many devices are home' }).reply).toBe(
      '3 people are home: Emma, Maya and Leo.',
    );
  });

  it('answers "all" and "any"', () => {
    expect(ask({ state: 'on', query: 'all' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      'No, the Sideboard lamp and the Garage light are off.',
    );
    expect(ask({ state: 'off', query: 'all' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      'No, 8 of the 10 lights are on.',
    );
    expect(
      ask({ state: 'on', query: 'all' }, [
        'light.kitchen_ceiling',
        'light.kitchen_counter',
        'light.hallway',
      ]).reply,
    ).toBe('Yes, all 3 lights are on.');
    expect(ask({ state: 'locked', query: 'all' }, ['lock.front_door']).reply).toBe(
      'Yes, the Front door is locked.',
    );
    expect(
      ask({ state: 'unlocked', query: 'any' }, ['lock.front_door', 'lock.back_door']).reply,
    ).toBe('Yes, the Back door is unlocked.');
    expect(
      ask({ state: 'on', query: 'any' }, ['light.sideboard_lamp', 'light.garage', 'light.office'])
        .reply,
    ).toBe('No, all 3 lights are off.');
    expect(ask({ state: 'home', query: 'all' }, PEOPLE).reply).toBe('No, Tom is away.');
    expect(ask({ state: 'away', query: 'any' }, ['person.emma', 'person.leo']).reply).toBe(
      'No, nobody is away.',
    );
  });

  it('tells each state when some are and some aren’t', () => {
    expect(ask({ state: 'on' }, ['light.dining_room_pendant', 'light.sideboard_lamp']).reply).toBe(
      'The Dining room pendant is on, but the Sideboard lamp is off.',
    );
    expect(ask({ state: 'on', floor: 'Ground floor' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      '8 of the 10 lights on the Ground floor are on.',
    );
  });

  it('reads sensors by room, in the person’s unit for temperatures', () => {
    expect(ask({}, ['sensor.kitchen_temperature']).reply).toBe("It's 21.4 °C in the Kitchen.");
    expect(
      turn(said('HassGetState', {}, ['sensor.kitchen_temperature']), { unit: 'F' }).reply,
    ).toBe("It's 70.5 °F in the Kitchen.");
    expect(ask({}, ['sensor.bathroom_humidity']).reply).toBe(
      'The humidity is 71 % in the Bathroom.',
    );
    expect(
      ask({ device_class: 'humidity' }, ['sensor.living_room_humidity', 'sensor.bathroom_humidity'])
        .reply,
    ).toBe('The humidity is 46 % in the Living room and 71 % in the Bathroom.');
  });

  it('gives the nearest room’s reading when the room asked about has no such sensor', () => {
    const humidity = turn(
      said('HassGetState', { domain: 'sensor', device_class: 'humidity', area: 'Kitchen' }, []),
    );
    expect(humidity.outcome).toBe('answered');
    expect(humidity.reply).toBe(
      "I can't measure the humidity in the Kitchen. It's 46 % in the Living room.",
    );
    expect(humidity.state.previous?.targets).toEqual(['sensor.living_room_humidity']);
    const here = turn(said('HassGetState', { device_class: 'humidity' }, []), {
      area: 'office',
    });
    expect(here.reply).toBe(
      "I can't measure the humidity in the Office. It's 71 % in the Bathroom.",
    );
    const none = turn(
      said('HassGetState', { device_class: 'humidity', area: 'Kitchen' }, []),
      {},
      makeHome(makeLight()),
    );
    expect(none.outcome).toBe('failed');
    expect(none.reply).toBe("I can't measure the humidity anywhere in this home.");
  });

  it('words binary sensors by their class', () => {
    expect(ask({ state: 'on' }, ['binary_sensor.main_bedroom_window']).reply).toBe(
      'Yes, the Bedroom window is open.',
    );
    expect(ask({ state: 'open' }, ['binary_sensor.front_door']).reply).toBe(
      'No, the Front door sensor is closed.',
    );
    expect(ask({ state: 'on', query: 'count' }, ['binary_sensor.main_bedroom_window']).reply).toBe(
      '1 window sensor is open: the Bedroom window.',
    );
    expect(
      ask({ state: 'wet', name: 'Bathroom leak sensor' }, ['binary_sensor.bathroom_leak']).reply,
    ).toBe('No, the Bathroom leak sensor is clear.');
    const smoke = makeHome(
      makeBinarySensor({
        id: 'binary_sensor.smoke',
        name: 'Smoke alarm',
        state: 'on',
        attributes: { device_class: 'smoke' },
      }),
    );
    expect(ask({}, ['binary_sensor.smoke'], smoke).reply).toBe(
      'The Smoke alarm is detecting smoke.',
    );
  });

  it('says where a detector detects, rather than what it is', () => {
    const MOTION = [
      'binary_sensor.hallway_motion',
      'binary_sensor.garden_motion',
      'binary_sensor.landing_motion',
    ];
    expect(ask({ state: 'on', query: 'any' }, MOTION).reply).toBe(
      "Yes, there's motion in the Landing.",
    );
    expect(ask({ state: 'motion' }, ['binary_sensor.landing_motion']).reply).toBe(
      "Yes, there's motion in the Landing.",
    );
    expect(ask({ state: 'on', area: 'Hallway' }, ['binary_sensor.hallway_motion']).reply).toBe(
      "No, there's no motion in the Hallway.",
    );
    expect(ask({ state: 'on', query: 'which' }, MOTION).reply).toBe(
      "There's motion in the Landing.",
    );
    expect(ask({ state: 'wet', query: 'any' }, ['binary_sensor.bathroom_leak']).reply).toBe(
      "No, there's no leak.",
    );
    // Asked whether it is clear, it says so plainly.
    expect(ask({ state: 'clear' }, ['binary_sensor.hallway_motion']).reply).toBe(
      'Yes, the Hallway motion is clear.',
    );
  });

  it('describes a device when no state is asked about', () => {
    expect(ask({}, ['light.kitchen_ceiling']).reply).toBe('The Kitchen ceiling is on at 80 %.');
    expect(ask({}, ['climate.living_room']).reply).toBe(
      'The Living room thermostat is heating to 21 °C; the room is at 20.5 °C.',
    );
    expect(ask({}, ['media_player.kitchen_speaker']).reply).toBe(
      'The Kitchen speaker is playing “So What by Miles Davis”.',
    );
    expect(ask({}, ['cover.office_shade']).reply).toBe('The Office shade is open at 50 %.');
    expect(ask({}, ['person.tom']).reply).toBe('Tom is away.');
  });

  it('agrees verbs with plural names', () => {
    expect(ask({ state: 'open' }, ['cover.main_bedroom_curtains']).reply).toBe(
      'Yes, the Bedroom curtains are open.',
    );
  });

  it('says when the state asked about doesn’t apply', () => {
    expect(ask({ state: 'locked' }, ['switch.kettle']).reply).toBe(
      "The Kettle is off; it can't be locked.",
    );
  });

  it('follows the home as it is, not as it was built', () => {
    const home = makeHome(makeLight({ state: 'on' }));
    expect(ask({ state: 'on' }, ['light.kitchen_ceiling'], home).reply).toBe(
      'Yes, the Kitchen ceiling is on.',
    );
  });
});

describe('the temperature', () => {
  const temperature = (slots: Slots, targets: string[], area?: string, unit: 'C' | 'F' = 'C') =>
    turn(said('HassClimateGetTemperature', slots, targets), { ...(area ? { area } : {}), unit });

  it('reads a thermostat, with its target', () => {
    const result = temperature({ area: 'Living room' }, ['climate.living_room']);
    expect(result.reply).toBe(
      "It's 20.5 °C in the Living room, and the Living room thermostat is set to 21 °C.",
    );
    expect(result.outcome).toBe('answered');
  });

  it('finds the thermometer of the room asked about, or where the person is, in their unit', () => {
    expect(temperature({ area: 'Kitchen' }, []).reply).toBe("It's 21.4 °C in the Kitchen.");
    expect(temperature({}, [], 'kitchen', 'F').reply).toBe("It's 70.5 °F in the Kitchen.");
  });

  it('gives the nearest room’s reading when the room has no thermometer', () => {
    expect(temperature({ area: 'Dining room' }, []).reply).toBe(
      "I can't measure the temperature in the Dining room. It's 21.4 °C in the Kitchen.",
    );
  });

  it('reads every room when no room is known', () => {
    expect(temperature({}, []).reply).toBe(
      "It's 20.5 °C in the Living room, 21.4 °C in the Kitchen, 9.5 °C in the Garden, 18.4 °C in the Main bedroom and 19.6 °C in the Kids' room.",
    );
  });

  it('says when a room doesn’t exist', () => {
    const result = temperature({ area: 'Attic' }, []);
    expect(result.outcome).toBe('failed');
    expect(result.reply).toBe("There's no room called 'Attic'.");
  });
});
