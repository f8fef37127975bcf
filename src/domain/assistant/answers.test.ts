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

  it('lists which ones, shortened past three', () => {
    expect(ask({ state: 'on', query: 'which' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      'Hallway light, Living room ceiling, Living room lamp and 5 more are on.',
    );
    expect(ask({ state: 'home', query: 'which' }, PEOPLE).reply).toBe(
      'Emma, Maya and Leo are home.',
    );
    expect(ask({ state: 'away', query: 'which' }, PEOPLE).reply).toBe('Tom is away.');
    expect(
      ask({ state: 'open', query: 'which' }, ['lock.front_door', 'binary_sensor.front_door']).reply,
    ).toBe('No door sensors in the Hallway are open.');
  });

  it('counts in a sentence', () => {
    expect(ask({ state: 'on', query: 'count' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      '8 lights on the Ground floor are on.',
    );
    expect(
      ask({ state: 'on', query: 'count' }, ['light.kitchen_ceiling', 'light.kitchen_counter'])
        .reply,
    ).toBe('2 lights in the Kitchen are on.');
    expect(ask({ state: 'off', query: 'count' }, ['light.kitchen_ceiling']).reply).toBe(
      'No lights in the Kitchen are off.',
    );
    expect(ask({ query: 'count' }, LIGHTS).reply).toBe('There are 19 lights.');
  });

  it('answers "all" and "any"', () => {
    expect(ask({ state: 'on', query: 'all' }, DOWNSTAIRS_LIGHTS).reply).toBe(
      'No, the Sideboard lamp and the Garage light are off.',
    );
    expect(
      ask({ state: 'on', query: 'all' }, [
        'light.kitchen_ceiling',
        'light.kitchen_counter',
        'light.hallway',
      ]).reply,
    ).toBe('Yes, all 3 lights on the Ground floor are on.');
    expect(
      ask({ state: 'unlocked', query: 'any' }, ['lock.front_door', 'lock.back_door']).reply,
    ).toBe('Yes, the Back door is unlocked.');
    expect(
      ask({ state: 'on', query: 'any' }, ['light.sideboard_lamp', 'light.garage', 'light.office'])
        .reply,
    ).toBe('No, none of the 3 lights are on.');
  });

  it('tells each state when some are and some aren’t', () => {
    expect(ask({ state: 'on' }, ['light.dining_room_pendant', 'light.sideboard_lamp']).reply).toBe(
      'Dining room pendant is on; Sideboard lamp is off.',
    );
  });

  it('reads sensors with their unit, in the person’s unit for temperatures', () => {
    expect(ask({}, ['sensor.kitchen_temperature']).reply).toBe('Kitchen temperature is 21.4 °C.');
    expect(
      turn(said('HassGetState', {}, ['sensor.kitchen_temperature']), { unit: 'F' }).reply,
    ).toBe('Kitchen temperature is 70.5 °F.');
    expect(ask({}, ['sensor.bathroom_humidity']).reply).toBe('Bathroom humidity is 71 %.');
  });

  it('words binary sensors by their class', () => {
    expect(ask({ state: 'open' }, ['binary_sensor.main_bedroom_window']).reply).toBe(
      'Yes, the Bedroom window is open.',
    );
    expect(ask({ state: 'open' }, ['binary_sensor.front_door']).reply).toBe(
      'No, the Front door sensor is closed.',
    );
    expect(ask({ state: 'motion' }, ['binary_sensor.landing_motion']).reply).toBe(
      'Yes, the Landing motion is detecting motion.',
    );
    expect(ask({ state: 'motion' }, ['binary_sensor.hallway_motion']).reply).toBe(
      'No, the Hallway motion is clear.',
    );
    expect(ask({ state: 'wet' }, ['binary_sensor.bathroom_leak']).reply).toBe(
      'No, the Bathroom leak sensor is clear.',
    );
    const smoke = makeHome(
      makeBinarySensor({
        id: 'binary_sensor.smoke',
        name: 'Smoke alarm',
        state: 'on',
        attributes: { device_class: 'smoke' },
      }),
    );
    expect(ask({}, ['binary_sensor.smoke'], smoke).reply).toBe('Smoke alarm is detecting smoke.');
  });

  it('describes a device when no state is asked about', () => {
    expect(ask({}, ['light.kitchen_ceiling']).reply).toBe('Kitchen ceiling is on at 80 %.');
    expect(ask({}, ['climate.living_room']).reply).toBe(
      'Living room thermostat is heating to 21 °C; the room is at 20.5 °C.',
    );
    expect(ask({}, ['media_player.kitchen_speaker']).reply).toBe(
      'Kitchen speaker is playing “So What by Miles Davis”.',
    );
    expect(ask({}, ['cover.office_shade']).reply).toBe('Office shade is open at 50 %.');
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
