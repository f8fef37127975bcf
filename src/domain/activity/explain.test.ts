import { describe, expect, it } from 'vitest';
import type { Command } from '../home/commands.ts';
import { execute } from '../home/execute.ts';
import type { Entity } from '../home/model.ts';
import {
  makeBinarySensor,
  makeClimate,
  makeCover,
  makeFan,
  makeGarageDoor,
  makeHome,
  makeLight,
  makeLock,
  makeMedia,
  makePerson,
  makeSensor,
  MANUAL,
  NOW,
  type CommandBody,
} from '../home/testing.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import type { Cause } from './cause.ts';
import type { HomeEvent } from './event.ts';
import { describeCause, explain } from './explain.ts';

/** The event execute() makes for one command. */
function eventOf(entity: Entity, command: CommandBody, cause: Cause = MANUAL): HomeEvent {
  const { events } = execute(
    makeHome(entity),
    [{ ...command, entityId: entity.id } as Command],
    cause,
    NOW,
  );
  expect(events).toHaveLength(1);
  return events[0]!;
}

function handMade(entity: Entity, changes: HomeEvent['changes'], cause: Cause = MANUAL): HomeEvent {
  return {
    id: 'ev-1',
    at: NOW,
    entityId: entity.id,
    entityName: entity.name,
    domain: entity.domain,
    changes,
    cause,
  };
}

const lightAtZero = makeLight({ attributes: { brightness: 0 } });
const motion = makeBinarySensor();
const speaker = makeMedia({
  state: 'playing',
  attributes: { media_id: 'song.running_up_that_hill', queue: ['song.hounds_of_love'] },
});
const thermostat = makeClimate({ attributes: { temperature: 19, current_temperature: 19 } });
const blind = makeCover();

describe('explain: what', () => {
  // prettier-ignore
  it.each([
    ['brightness from off', eventOf(lightAtZero, { type: 'set_brightness', brightness: 80 }), 'C', 'Kitchen ceiling turned on, brightness 0 % → 80 %'],
    ['turn on', eventOf(makeLight(), { type: 'turn_on' }), 'C', 'Kitchen ceiling turned on'],
    ['a colour', eventOf(makeLight({ state: 'on' }), { type: 'set_color', color: 'red' }), 'C', 'Kitchen ceiling colour warm white → red'],
    ['a lock', eventOf(makeLock({ state: 'unlocked' }), { type: 'lock' }), 'C', 'Front door locked'],
    ['a target', eventOf(thermostat, { type: 'set_temperature', temperature: 21 }), 'C', 'Living room thermostat target 19 °C → 21 °C'],
    ['a target in °F', eventOf(thermostat, { type: 'set_temperature', temperature: 21 }), 'F', 'Living room thermostat target 66.2 °F → 69.8 °F'],
    ['a mode', eventOf(thermostat, { type: 'set_hvac_mode', mode: 'cool' }), 'C', 'Living room thermostat switched to cool mode'],
    ['a fan speed', eventOf(makeFan(), { type: 'set_fan_speed', percentage: 40 }), 'C', 'Bedroom fan turned on, speed 50 % → 40 %'],
    ['a blind opening', eventOf(blind, { type: 'open' }), 'C', 'Living room blind started opening'],
    ['a blind going part way', eventOf(blind, { type: 'set_position', position: 40 }), 'C', 'Living room blind started opening to 40 %'],
    ['a blind stopped', eventOf(makeCover({ state: 'closing', attributes: { position: 50, target_position: 0 } }), { type: 'stop' }), 'C', 'Living room blind stopped'],
    ['media started', eventOf(makeMedia(), { type: 'play_media', mediaId: 'song.here_comes_the_sun' }), 'C', 'Kitchen speaker started playing Here Comes the Sun by The Beatles'],
    ['media skipped', eventOf(speaker, { type: 'next' }), 'C', 'Kitchen speaker switched to Hounds of Love by Kate Bush'],
    ['media resumed', eventOf(makeMedia({ state: 'paused', attributes: { media_id: 'song.something' } }), { type: 'play' }), 'C', 'Kitchen speaker resumed playing'],
    ['volume', eventOf(speaker, { type: 'set_volume', volume: 50 }), 'C', 'Kitchen speaker volume 30 % → 50 %'],
    ['mute', eventOf(speaker, { type: 'mute' }), 'C', 'Kitchen speaker muted'],
    ['a reading, class unknown', eventOf(makeSensor(), { type: 'set_value', value: 21.5 }), 'C', 'Hall temperature 20 → 21.5'],
    ['a person leaving', eventOf(makePerson(), { type: 'leave' }), 'C', 'Alex left home'],
    ['motion, class unknown', eventOf(motion, { type: 'trigger' }), 'C', 'Hall motion was triggered'],
    ['motion again', eventOf(makeBinarySensor({ state: 'on', attributes: { last_triggered: 1 } }), { type: 'trigger' }), 'C', 'Hall motion was triggered again'],
    [
      'a blind arriving',
      handMade(blind, [
        { key: 'state', from: 'opening', to: 'open' },
        { key: 'position', from: 95, to: 100 },
        { key: 'target_position', from: 100, to: null },
      ]),
      'C',
      'Living room blind opened',
    ],
    [
      'a room warming',
      handMade(thermostat, [
        { key: 'current_temperature', from: 20.9, to: 21 },
        { key: 'hvac_action', from: 'heating', to: 'idle' },
      ]),
      'C',
      'Living room thermostat room temperature 20.9 °C → 21 °C, stopped heating',
    ],
    ['a blind arriving at its last step', handMade(blind, [{ key: 'state', from: 'closing', to: 'closed' }]), 'C', 'Living room blind closed'],
    ['nothing worth words', handMade(speaker, [{ key: 'media_position', from: 1, to: 2 }]), 'C', 'Kitchen speaker changed'],
  ] as [string, HomeEvent, TemperatureUnit, string][])('%s', (_label, event, unit, what) => {
    expect(explain(event, { unit }).what).toBe(what);
  });

  it('uses the device class when it can look the device up', () => {
    const event = eventOf(motion, { type: 'trigger' });
    expect(explain(event, { unit: 'C', entity: () => motion }).what).toBe(
      'Hall motion detected motion',
    );
    const door = makeBinarySensor({
      id: 'binary_sensor.back_door',
      name: 'Back door',
      attributes: { device_class: 'door' },
    });
    expect(
      explain(eventOf(door, { type: 'trigger' }), { unit: 'C', entity: () => door }).what,
    ).toBe('Back door opened');
    const sensor = makeSensor();
    const reading = eventOf(sensor, { type: 'set_value', value: 21.5 });
    expect(explain(reading, { unit: 'F', entity: () => sensor }).what).toBe(
      'Hall temperature 68 °F → 70.7 °F',
    );
  });

  it('names the area when the device name does not', () => {
    const ceiling = makeLight({ name: 'Ceiling' });
    const areaName = (id: string) => ({ kitchen: 'Kitchen' })[id];
    expect(explain(eventOf(ceiling, { type: 'turn_on' }), { unit: 'C', areaName }).what).toBe(
      'Ceiling (Kitchen) turned on',
    );
    expect(explain(eventOf(makeLight(), { type: 'turn_on' }), { unit: 'C', areaName }).what).toBe(
      'Kitchen ceiling turned on',
    );
  });
});

const voice = (utterance: string): Cause => ({ kind: 'voice', utterance });
const goodNight: Cause = {
  kind: 'routine',
  routineId: 'r1',
  routineName: 'Good night',
  trigger: '22:30 every day',
};
const MARCH_3 = Date.UTC(2025, 2, 3, 9, 0);
const movieMode: Cause = {
  kind: 'taught',
  commandId: 't1',
  phrase: 'movie mode',
  taughtAt: MARCH_3,
};

describe('explain: why', () => {
  const light = eventOf(makeLight(), { type: 'turn_on' });
  const withCause = (cause: Cause): HomeEvent => ({ ...light, cause });

  // prettier-ignore
  it.each([
    ['manual', MANUAL, 'You changed it in the device panel.'],
    ['voice', voice('turn on the kitchen lights'), 'You said “turn on the kitchen lights”.'],
    ['a routine run by voice', { ...goodNight, parent: voice('good night') }, 'The routine “Good night” ran because you said “good night”.'],
    ['a routine on its own', goodNight, 'The routine “Good night” ran, triggered by 22:30 every day.'],
    ['a routine started from the panel', { ...goodNight, parent: MANUAL }, 'The routine “Good night” ran because you started it from the device panel.'],
    ['a taught command', movieMode, 'You taught me “movie mode” on 3 March.'],
    ['a taught command without a date', { ...movieMode, taughtAt: undefined }, 'You taught me “movie mode”.'],
    ['a taught command said aloud', { ...movieMode, parent: voice('Movie mode') }, 'You said “Movie mode”, which you taught me on 3 March.'],
    [
      'a taught command said in other words',
      { ...movieMode, parent: voice('movie mode please') },
      'You said “movie mode please”, which ran “movie mode”, which you taught me on 3 March.',
    ],
    [
      'a taught command inside a routine',
      { ...movieMode, parent: { ...goodNight, parent: voice('good night') } },
      '“movie mode”, which you taught me on 3 March, ran because the routine “Good night” ran because you said “good night”.',
    ],
    ['a taught command from last year', { ...movieMode, taughtAt: Date.UTC(2024, 10, 5) }, 'You taught me “movie mode” on 5 November 2024.'],
    ['a skill', { kind: 'skill', skillId: 's1', skillName: 'Bedtime story', parent: voice('tell me a story') }, 'The skill “Bedtime story” did this because you said “tell me a story”.'],
    ['a hunch accepted by voice', { kind: 'hunch', hunchId: 'h1', text: 'The porch light is usually off by now — it was off at this time on 12 of the last 14 days.', parent: voice('yes') }, 'You said “yes” to my hunch: The porch light is usually off by now — it was off at this time on 12 of the last 14 days.'],
    ['a hunch accepted on its card', { kind: 'hunch', hunchId: 'h1', text: 'The garage door is usually closed by now.', parent: MANUAL }, 'You said yes to my hunch: The garage door is usually closed by now.'],
    ['an automatic action', { kind: 'automatic', reason: 'The porch light is usually off by now.' }, 'I did this on my own: The porch light is usually off by now.'],
    ['an offer accepted', { kind: 'offer', ruleId: 'leaving-lock', question: 'Lock the doors too?', parent: voice('sure') }, 'You said “sure” when I offered “Lock the doors too?”'],
    [
      'a routine run from an offer',
      { ...goodNight, parent: { kind: 'offer', ruleId: 'tv-off-late', question: 'Shall I run Good night?', parent: voice('yes please') } },
      'The routine “Good night” ran because you said “yes please” when I offered “Shall I run Good night?”',
    ],
    ['an import', { kind: 'import', source: 'home-backup.json' }, 'Restored from a backup (home-backup.json).'],
    ['a scenario', { kind: 'scenario', scenario: 'Demo home' }, 'Part of the “Demo home” scenario.'],
    ['demo history', { kind: 'simulation', process: 'history' }, 'This is made-up history for the demo home.'],
  ] as [string, Cause, string][])('%s', (_label, cause, why) => {
    expect(explain(withCause(cause), { unit: 'C' }).why).toBe(why);
  });

  it('reads dates in the given time zone', () => {
    const lateOnTheSecond: Cause = { ...movieMode, taughtAt: Date.UTC(2025, 2, 2, 23, 30) };
    expect(explain(withCause(lateOnTheSecond), { unit: 'C' }).why).toBe(
      'You taught me “movie mode” on 2 March.',
    );
    expect(
      explain(withCause(lateOnTheSecond), { unit: 'C', timeZone: 'Pacific/Auckland' }).why,
    ).toBe('You taught me “movie mode” on 3 March.');
    expect(explain(withCause(lateOnTheSecond), { unit: 'C', timeZone: 'Not/AZone' }).why).toBe(
      'You taught me “movie mode” on 2 March.',
    );
  });

  // prettier-ignore
  it.each([
    [
      'a thermostat warming',
      handMade(thermostat, [{ key: 'current_temperature', from: 19, to: 19.5 }], { kind: 'simulation', process: 'thermostat' }),
      undefined,
      'The thermostat warmed the room toward its target.',
    ],
    [
      'a thermostat cooling',
      handMade(thermostat, [{ key: 'current_temperature', from: 24, to: 23.5 }], { kind: 'simulation', process: 'thermostat' }),
      undefined,
      'The thermostat cooled the room toward its target.',
    ],
    [
      'a blind arriving',
      handMade(blind, [{ key: 'state', from: 'opening', to: 'open' }], { kind: 'simulation', process: 'cover' }),
      undefined,
      'The blind finished moving.',
    ],
    [
      'a garage door arriving',
      handMade(makeGarageDoor(), [{ key: 'state', from: 'closing', to: 'closed' }], { kind: 'simulation', process: 'cover' }),
      makeGarageDoor(),
      'The garage door finished moving.',
    ],
    [
      'the next song',
      handMade(speaker, [{ key: 'media_id', from: 'song.running_up_that_hill', to: 'song.hounds_of_love' }], { kind: 'simulation', process: 'media' }),
      undefined,
      'The player moved on to the next item.',
    ],
    [
      'motion clearing',
      handMade(motion, [{ key: 'state', from: 'on', to: 'off' }], { kind: 'simulation', process: 'sensor' }),
      motion,
      'The motion sensor cleared by itself after no movement.',
    ],
    [
      'a person coming home, as their phone says',
      handMade(makePerson(), [{ key: 'state', from: 'not_home', to: 'home' }], { kind: 'simulation', process: 'sensor' }),
      makePerson(),
      'Their phone reported where they are.',
    ],
  ] as [string, HomeEvent, Entity | undefined, string][])('the home itself: %s', (_label, event, entity, why) => {
    expect(explain(event, { unit: 'C', entity: () => entity }).why).toBe(why);
  });
});

describe('describeCause', () => {
  // prettier-ignore
  it.each([
    [MANUAL, 'By hand in the device panel'],
    [voice('lights on'), 'You said “lights on”'],
    [{ ...goodNight, parent: voice('good night') }, 'Routine “Good night” ← You said “good night”'],
    [{ ...movieMode, parent: { ...goodNight, parent: MANUAL } }, 'Taught command “movie mode” ← Routine “Good night” ← By hand in the device panel'],
    [{ kind: 'simulation', process: 'thermostat' }, 'The thermostat, by itself'],
    [{ kind: 'import', source: 'backup.json' }, 'Restored from a backup (backup.json)'],
    [{ kind: 'hunch', hunchId: 'h', text: 'Lights left on.' }, 'Hunch: Lights left on'],
    [{ kind: 'offer', ruleId: 'r', question: 'Lock the doors too?', parent: voice('yes') }, 'Suggestion “Lock the doors too?” ← You said “yes”'],
  ] as [Cause, string][])('%#: %s', (cause, line) => {
    expect(describeCause(cause)).toBe(line);
  });
});

describe('explain: a player reaching the end of its queue', () => {
  it('says it finished playing, not that it switched to nothing', () => {
    const event: HomeEvent = {
      id: 'ev-end',
      at: 0,
      entityId: 'media_player.kitchen_speaker',
      entityName: 'Kitchen speaker',
      domain: 'media_player',
      changes: [
        { key: 'state', from: 'playing', to: 'idle' },
        { key: 'media_id', from: 'song.so_what', to: null },
      ],
      cause: { kind: 'simulation', process: 'media' },
    };
    expect(explain(event, { unit: 'C' }).what).toBe('Kitchen speaker finished playing');
  });
});
