import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { routineProblems } from './checks.ts';
import { routineSchema, type Routine } from './model.ts';
import type { TaughtCommand } from '../teaching/model.ts';

const home = demoHome(Date.parse('2026-03-03T19:30:00Z'));

function routine(id: string, fields: Record<string, unknown>): Routine {
  return routineSchema.parse({
    id,
    name: id,
    enabled: true,
    triggers: [{ type: 'phrase', phrases: [id] }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: id }],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  });
}

const phrases = (...said: string[]) => [{ type: 'phrase', phrases: said }];
const goodNight = routine('good_night', { name: 'Good night', triggers: phrases('good night') });

describe('routineProblems', () => {
  it('finds nothing wrong with a routine of its own phrases and actions', () => {
    const movie = routine('movie', { name: 'Movie time', triggers: phrases('movie time') });
    expect(routineProblems(movie, [goodNight, movie], home, 'C')).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('refuses a loop of routines running routines, with the stored routines', () => {
    const lightsOut = routine('lights_out', {
      name: 'Lights out',
      actions: [{ type: 'run_routine', routineId: 'good_night' }],
    });
    const edited = {
      ...goodNight,
      actions: [{ type: 'run_routine' as const, routineId: 'lights_out' }],
    };
    expect(routineProblems(edited, [goodNight, lightsOut], home, 'C').errors).toEqual([
      'Good night runs Lights out, which runs Good night again: they would never stop.',
    ]);
    // The stored version (no loop) does not stand in for the edited one.
    expect(routineProblems(goodNight, [edited, lightsOut], home, 'C').errors).toEqual([]);
  });

  it('refuses a routine whose action would set it off again', () => {
    const flicker = routine('flicker', {
      name: 'Flicker',
      triggers: [{ type: 'state', entityId: 'light.garage', to: 'on' }],
      actions: [
        {
          type: 'control',
          target: { kind: 'area', areaId: 'garage', domain: 'light' },
          command: 'turn_off',
        },
      ],
    });
    expect(routineProblems(flicker, [], home, 'C').errors).toEqual([
      'Flicker changes the device that starts it, so it would start itself again.',
    ]);
    // Another room's lights are not the garage light.
    const elsewhere = {
      ...flicker,
      actions: [
        { ...flicker.actions[0]!, target: { kind: 'area', areaId: 'kitchen', domain: 'light' } },
      ],
    } as Routine;
    expect(routineProblems(elsewhere, [], home, 'C').errors).toEqual([]);
  });

  it('warns when a phrase is also a command the assistant knows, saying how it reads', () => {
    const r = routine('r', {
      name: 'Dark',
      triggers: phrases('turn off the lights', 'is anyone home'),
    });
    expect(routineProblems(r, [], home, 'C').warnings).toEqual([
      '“turn off the lights” is also something I understand: “Turn off the 19 lights”. Saying it will run this routine instead.',
      '“is anyone home” is also something I understand: “Ask whether any people are home”. Saying it will run this routine instead.',
    ]);
  });

  it('warns about built-in words that need no device, such as "stop" and "help"', () => {
    const r = routine('r', { name: 'Quiet', triggers: phrases('stop', 'help', 'quiet time') });
    const warnings = routineProblems(r, [], home, 'C').warnings;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^“stop” is also something I understand/);
    expect(warnings[1]).toMatch(/^“help” is also something I understand/);
  });

  it('warns when another routine has the phrase, as it would be heard', () => {
    const mine = routine('mine', { name: 'Bedtime', triggers: phrases('Good night please!') });
    expect(routineProblems(mine, [goodNight], home, 'C').warnings).toEqual([
      '“Good night please!” is also a phrase of your routine “Good night”: saying it would run only one of them.',
    ]);
    // Its own stored version is not "another routine".
    expect(routineProblems(goodNight, [goodNight], home, 'C').warnings).toEqual([]);
  });

  it('warns about the same phrase twice in one routine', () => {
    const r = routine('r', {
      name: 'Movie',
      triggers: phrases('movie time', 'Movie time, please'),
    });
    expect(routineProblems(r, [], home, 'C').warnings).toEqual([
      '“Movie time, please” is the same as “movie time”, which this routine already has.',
    ]);
  });
});

describe('phrases taught as commands', () => {
  it('warns when a routine phrase is also a taught command, naming it', () => {
    const r = routine('r', { name: 'Cinema', triggers: phrases('movie mode') });
    const taught: TaughtCommand = {
      id: 't1',
      kind: 'command',
      source: 'form',
      taughtAt: 0,
      updatedAt: 0,
      phrases: ['movie mode'],
      steps: [{ type: 'say', text: 'Popcorn?' }],
    };
    expect(routineProblems(r, [], home, 'C', [taught]).warnings).toEqual([
      '“movie mode” is also a command you taught me (“movie mode”): saying it will run this routine instead.',
    ]);
  });
});
