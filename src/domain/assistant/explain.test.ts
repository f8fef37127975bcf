import { describe, expect, it } from 'vitest';
import { said, turn } from './testing.ts';

describe('explanations ("Why?")', () => {
  it('says what was understood, the intent and slots, the devices and what changed', () => {
    const result = turn(
      said('HassTurnOff', { domain: 'light' }, ['light.kitchen_ceiling', 'light.kitchen_counter'], {
        text: 'turn off the lights',
        fromContext: ['area'],
      }),
      { area: 'kitchen' },
    );
    expect(result.explanation).toEqual({
      understood: 'Turn off the Kitchen ceiling and the Kitchen counter lights',
      intent: 'HassTurnOff',
      slots: { domain: 'light' },
      targets: [
        { id: 'light.kitchen_ceiling', name: 'Kitchen ceiling' },
        { id: 'light.kitchen_counter', name: 'Kitchen counter lights' },
      ],
      changes: ['Kitchen ceiling turned off', 'Kitchen counter lights turned off'],
      reasons: ["You said 'the lights' and you are in the Kitchen."],
    });
  });

  it('quotes only the words that were said for the room the person is in', () => {
    const warmer = turn(
      said(
        'ClimateAdjustTemperature',
        { direction: 'up', domain: 'climate' },
        ['climate.living_room'],
        {
          text: 'make it warmer',
          fromContext: ['area'],
        },
      ),
      { area: 'living_room' },
    );
    expect(warmer.explanation.reasons[0]).toBe(
      "You didn't name a room, and you are in the Living room.",
    );
    const lamp = turn(
      said('HassTurnOff', { domain: 'light' }, ['light.living_room_lamp'], {
        text: 'turn off the lamp',
        fromContext: ['area'],
      }),
      { area: 'living_room' },
    );
    expect(lamp.explanation.reasons).toEqual([
      "You said 'the lamp' and you are in the Living room.",
    ]);
  });

  it('says why a number was taken in the other unit', () => {
    const result = turn(
      said('HassClimateSetTemperature', { temperature: 72 }, ['climate.living_room']),
    );
    expect(result.explanation.understood).toBe('Set the Living room thermostat to 72 °F');
    expect(result.explanation.reasons).toEqual([
      "You didn't say °C or °F, and 72 °C is too hot for a thermostat, so I took it as 72 °F.",
      '72 °F is 22.2 °C; I set 22 °C, the nearest half degree.',
    ]);
    expect(result.explanation.changes).toEqual(['Living room thermostat target 21 °C → 22 °C']);
  });

  it('gives one line per changed device, naming its room when the name doesn’t', () => {
    const result = turn(
      said('HassLightSet', { color: 'red', brightness: 40 }, ['light.tv_backlight']),
    );
    expect(result.explanation.changes).toEqual([
      'TV backlight (Living room) brightness 30 % → 40 %, colour blue → red',
    ]);
  });

  it('explains follow-ups, answers and corrections', () => {
    const followUp = turn(
      said('HassTurnOff', {}, ['light.kitchen_ceiling'], {
        text: 'turn it off',
        fromContext: ['targets'],
        corrections: [{ said: 'kitchn', meant: 'Kitchen' }],
      }),
    );
    expect(followUp.explanation.reasons).toEqual([
      "I read 'kitchn' as 'Kitchen'.",
      "'it' means the Kitchen ceiling from your last request.",
    ]);
    const more = turn(
      said('LightAdjustBrightness', { direction: 'down', amount: 10 }, ['light.kitchen_ceiling'], {
        text: 'a bit more',
        fromContext: ['targets', 'intent'],
      }),
    );
    expect(more.explanation.reasons).toEqual([
      'I took the Kitchen ceiling from your last request.',
      "You didn't say what to do, so I repeated your last request.",
    ]);
    const answer = turn(
      said('HassTurnOn', {}, ['light.kitchen_counter'], {
        text: 'the counter',
        fromContext: ['answer'],
      }),
    );
    expect(answer.explanation.reasons).toEqual([
      'You answered my question: the Kitchen counter lights.',
    ]);
  });

  it('says when another name of a device was used', () => {
    const result = turn(said('HassTurnOn', { name: 'reading lamp' }, ['light.living_room_lamp']));
    expect(result.explanation.reasons).toEqual([
      "'Reading lamp' is another name for the Living room lamp.",
    ]);
  });

  it('explains conversions and defaults', () => {
    const result = turn(
      said('HassClimateSetTemperature', { temperature: 70, temperature_unit: 'F' }, [
        'climate.living_room',
      ]),
      { unit: 'F' },
    );
    expect(result.explanation.understood).toBe('Set the Living room thermostat to 70 °F');
    expect(result.explanation.reasons).toEqual(['70 °F is 21.1 °C; thermostats keep °C.']);
    expect(result.explanation.changes).toEqual(['Living room thermostat target 69.8 °F → 70 °F']);
  });

  it('words what was understood even when nothing matched', () => {
    const result = turn(
      said('HassTurnOn', { name: 'porch', domain: 'light', area: 'Kitchen' }, [], {
        unresolved: { name: 'porch' },
      }),
    );
    expect(result.explanation.understood).toBe("Turn on the light called 'porch' in the Kitchen");
    expect(result.explanation.targets).toEqual([]);
    expect(result.explanation.changes).toEqual([]);
  });

  it.each([
    [
      said('HassGetState', { state: 'locked' }, ['lock.front_door']),
      'Ask whether the Front door is locked',
    ],
    [
      said(
        'HassGetState',
        { state: 'on', query: 'which', domain: 'light', floor: 'Ground floor' },
        ['light.kitchen_ceiling', 'light.kitchen_counter', 'light.hallway'],
        { text: 'which lamps are on downstairs' },
      ),
      'Ask which lamps on the Ground floor are on',
    ],
    [
      said('HassGetState', { state: 'on', query: 'any' }, ['binary_sensor.main_bedroom_window'], {
        text: 'are any windows open',
      }),
      'Ask whether any windows are open',
    ],
    [
      said('HassGetState', { state: 'not_home', query: 'count' }, ['person.tom', 'person.emma'], {
        text: 'how many people are out',
      }),
      'Ask how many people are away',
    ],
    [
      said('HassClimateSetTemperature', { temperature: 72 }, ['climate.living_room']),
      'Set the Living room thermostat to 72 °F',
    ],
    [said('HassTurnOn', {}, ['cover.garage_door']), 'Open the Garage door'],
    [said('HassTurnOff', {}, ['lock.front_door']), 'Unlock the Front door'],
    [
      said('LightAdjustBrightness', { direction: 'down', amount: 10 }, ['light.kitchen_ceiling']),
      'Make the Kitchen ceiling dimmer by 10 %',
    ],
    [
      said('MediaAdjustVolume', { direction: 'up' }, ['media_player.kitchen_speaker']),
      'Turn the Kitchen speaker up',
    ],
    [
      said('HassClimateGetTemperature', { area: 'Office' }, []),
      'Ask the temperature in the Office',
    ],
  ])('understood %#', (interpretation, understood) => {
    expect(turn(interpretation).explanation.understood).toBe(understood);
  });

  it('joins the parts of a compound request', () => {
    const result = turn(
      said('HassTurnOff', {}, [], {
        parts: [
          said('HassTurnOff', { domain: 'light' }, ['light.kitchen_ceiling']),
          said('HassTurnOn', { name: 'Back door' }, ['lock.back_door']),
        ],
      }),
    );
    expect(result.explanation.understood).toBe(
      'Turn off the Kitchen ceiling, then lock the Back door',
    );
    expect(result.explanation.intent).toBe('HassTurnOff + HassTurnOn');
    expect(result.explanation.slots).toEqual({ '1.domain': 'light', '2.name': 'Back door' });
    expect(result.explanation.changes).toEqual([
      'Kitchen ceiling turned off',
      'Back door (Kitchen) locked',
    ]);
  });

  it('says why it asked rather than guessed', () => {
    const result = turn(
      said('HassTurnOn', { name: 'kitchen' }, [], {
        ambiguous: ['light.kitchen_ceiling', 'light.kitchen_counter'],
      }),
    );
    expect(result.explanation.reasons).toEqual([
      'What you said fits 2 devices (Kitchen ceiling and Kitchen counter lights), so I asked rather than guess.',
    ]);
  });
});
