import { describe, expect, it } from 'vitest';
import type { Command } from '../home/commands.ts';
import type { Entity } from '../home/model.ts';
import {
  makeClimate,
  makeGarageDoor,
  makeLight,
  makeLock,
  makePlainLight,
} from '../home/testing.ts';
import {
  evidenceWords,
  hunchQuestion,
  hunchSpoken,
  hunchText,
  populationWords,
  stateWords,
} from './hunchWords.ts';
import type { Evidence } from './types.ts';

const TZ = 'Europe/London';
const porch = makePlainLight();
const counter = makeLight({ id: 'light.kitchen_counter', name: 'Kitchen counter lights' });
const garage = makeGarageDoor();
const backDoor = makeLock({ id: 'lock.back_door', name: 'Back door', state: 'unlocked' });

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  population: { kind: 'days' },
  usual: 'off',
  agreeing: 12,
  sampled: 14,
  samples: [],
  byNow: true,
  ...over,
});

describe('the hunch in words', () => {
  it('says what is usual, by now or at this time, and how often', () => {
    expect(hunchText(porch, evidence())).toBe(
      'The Porch light is usually off by now — it was off at this time on 12 of the last 14 days.',
    );
    expect(hunchText(garage, evidence({ usual: 'closed', byNow: false, agreeing: 14 }))).toBe(
      'The Garage door is usually closed at this time — it was closed at this time on each of the last 14 days.',
    );
  });

  it('agrees with names that sound plural', () => {
    expect(hunchText(counter, evidence())).toBe(
      'The Kitchen counter lights are usually off by now — they were off at this time on 12 of the last 14 days.',
    );
    const off: Command = { entityId: counter.id, type: 'turn_off' };
    expect(hunchQuestion(counter, off)).toBe('Turn them off?');
    expect(hunchSpoken(counter, 'on', off)).toBe(
      'By the way, the Kitchen counter lights are on. Want me to turn them off?',
    );
  });

  it('after good night, counts the nights', () => {
    const after = evidence({
      population: { kind: 'moment', moment: 'bedtime' },
      usual: 'locked',
      agreeing: 8,
      sampled: 8,
      byNow: false,
    });
    expect(hunchText(backDoor, after)).toBe(
      'The Back door is usually locked after good night — it was locked after each of the last 8 good nights.',
    );
  });

  it('asks to put it right with the verb of its kind', () => {
    const ask = (command: Command, entity: Entity = porch) => hunchQuestion(entity, command);
    expect(ask({ entityId: porch.id, type: 'turn_off' })).toBe('Turn it off?');
    expect(ask({ entityId: garage.id, type: 'close' }, garage)).toBe('Close it?');
    expect(ask({ entityId: backDoor.id, type: 'lock' }, backDoor)).toBe('Lock it?');
    const heating = makeClimate();
    expect(ask({ entityId: heating.id, type: 'set_hvac_mode', mode: 'off' }, heating)).toBe(
      'Turn it off?',
    );
    expect(hunchSpoken(backDoor, 'unlocked', { entityId: backDoor.id, type: 'lock' })).toBe(
      'By the way, the Back door is unlocked. Want me to lock it?',
    );
    expect(
      hunchSpoken(heating, 'heat', { entityId: heating.id, type: 'set_hvac_mode', mode: 'off' }),
    ).toBe('By the way, the Living room thermostat is on. Want me to turn it off?');
  });
});

describe('populations in words', () => {
  it('name the days that were counted', () => {
    expect(populationWords({ kind: 'days' }, 14)).toBe('the last 14 days');
    expect(populationWords({ kind: 'weekday', weekday: 2 }, 4)).toBe('the last 4 Tuesdays');
    expect(populationWords({ kind: 'weekday', weekday: 7 }, 1)).toBe('the last Sunday');
    expect(populationWords({ kind: 'dayType', dayType: 'weekday' }, 9)).toBe('the last 9 weekdays');
    expect(populationWords({ kind: 'dayType', dayType: 'weekend' }, 6)).toBe(
      'the last 6 weekend days',
    );
    expect(populationWords({ kind: 'moment', moment: 'bedtime' }, 8)).toBe(
      'the last 8 good nights',
    );
    expect(populationWords({ kind: 'moment', moment: 'leaving' }, 5)).toBe(
      'the last 5 times everyone left',
    );
  });

  it('say when only the days the house was (or was not) empty were counted', () => {
    expect(populationWords({ kind: 'dayType', dayType: 'weekday', nobodyHome: true }, 9)).toBe(
      'the last 9 weekdays when nobody was home',
    );
    expect(populationWords({ kind: 'days', nobodyHome: false }, 12)).toBe(
      'the last 12 days when someone was home',
    );
  });
});

describe('states in words', () => {
  it('are the person’s words for the kind of device', () => {
    expect(stateWords('climate', 'heat')).toBe('on');
    expect(stateWords('climate', 'off')).toBe('off');
    expect(stateWords('media_player', 'playing')).toBe('on');
    expect(stateWords('cover', 'closed')).toBe('closed');
    expect(stateWords('lock', 'unlocked')).toBe('unlocked');
    expect(stateWords('person', 'not_home')).toBe('away');
  });
});

describe('the evidence for "Why?"', () => {
  it('lists each sampled day with the state then, newest first', () => {
    const samples = [
      { at: Date.UTC(2025, 0, 14, 23, 30), state: 'off' },
      { at: Date.UTC(2025, 0, 13, 23, 30), state: 'on' },
    ];
    expect(evidenceWords(evidence({ samples }), TZ, 'light')).toEqual([
      'Tue 14 Jan: off',
      'Mon 13 Jan: on',
    ]);
    const heating = [{ at: Date.UTC(2025, 0, 14, 10), state: 'heat' }];
    expect(evidenceWords(evidence({ samples: heating }), TZ, 'climate')).toEqual([
      'Tue 14 Jan: on',
    ]);
  });

  it('gives the time too after a moment, which is not the same each day', () => {
    const after = evidence({
      population: { kind: 'moment', moment: 'bedtime' },
      samples: [{ at: Date.UTC(2025, 0, 10, 23, 31), state: 'closed' }],
    });
    expect(evidenceWords(after, TZ, 'cover')).toEqual(['Fri 10 Jan, 23:31: closed']);
  });
});
