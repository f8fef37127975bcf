import { describe, expect, it } from 'vitest';
import { makeHome, makeLock, makeMedia } from '../home/testing.ts';
import type { IntentName } from '../language/types.ts';
import { examplesFor } from './examples.ts';
import { demo, said, turn } from './testing.ts';

describe('turns that only talk', () => {
  it('gives examples that fit this home and the room when it didn’t understand', () => {
    const result = turn(said('Unknown', {}, [], { text: 'blorp' }), { area: 'kitchen' });
    expect(result.outcome).toBe('failed');
    expect(result.reply).toBe(
      "Sorry, I didn't catch that. You could say “turn off the Kitchen ceiling” or “is the Back door locked?”.",
    );
  });

  it('makes its examples from the home it is given', () => {
    const home = makeHome(
      makeLock({ name: 'Shed door' }),
      makeMedia({ name: 'Radio', state: 'playing', attributes: { media_id: 'song.so_what' } }),
    );
    const result = turn(said('Unknown', {}, [], { text: 'blorp' }), {}, home);
    expect(result.reply).toBe(
      "Sorry, I didn't catch that. You could say “is the Shed door locked?” or “pause the Radio”.",
    );
  });

  it('suggests examples in the person’s temperature unit', () => {
    expect(examplesFor(demo(), 'living_room', 'F')).toContain(
      'set the Living room thermostat to 71 degrees',
    );
  });

  it('answers an empty line with a prompt, not an apology', () => {
    const result = turn(said('Unknown', {}, [], { text: '  ' }));
    expect(result.outcome).toBe('said');
    expect(result.reply).toMatch(/^I'm listening\. You could say “/);
  });

  it('helps with what this home can do and examples from it', () => {
    const result = turn(said('Help', {}, [], { text: 'help' }), { area: 'living_room' });
    expect(result.outcome).toBe('said');
    expect(result.reply).toBe(
      'I can control your lights, plugs, fans, blinds, garage doors, locks, heating, TVs and speakers, and answer questions about your home. Try “turn off the Living room ceiling”, “is the Front door locked?” or “turn off the lights and lock the Front door”.',
    );
    const small = turn(said('Help'), {}, makeHome(makeLock()));
    expect(small.reply).toBe(
      'I can control your locks and answer questions about your home. Try “is the Front door locked?”.',
    );
  });

  it('cancels a pending question', () => {
    const pending = {
      kind: 'which' as const,
      options: ['light.kitchen_ceiling', 'light.kitchen_counter'],
      interpretation: said('HassTurnOn', {}, []),
    };
    const previous = { intent: 'HassTurnOff' as const, slots: {}, targets: ['light.hallway'] };
    const result = turn(said('Cancel', {}, [], { text: 'never mind' }), {
      state: { pending, previous },
    });
    expect(result.reply).toBe('OK.');
    expect(result.outcome).toBe('said');
    expect(result.state).toEqual({ previous });
  });

  it.each<[IntentName, string]>([
    ['Teach', "I can't learn new words yet; teaching is coming soon."],
    ['RunRoutine', "I can't run routines here."],
    ['RunTaughtCommand', "Taught commands aren't available yet."],
    ['StartSkill', "Skills aren't available yet."],
    ['SkillTurn', "Skills aren't available yet."],
    ['Feedback', "Sorry. What did you mean? Say it another way and I'll try again."],
  ])('says honestly that %s is not available yet', (intent, reply) => {
    const result = turn(said(intent, { name: 'good night' }));
    expect(result.reply).toBe(reply);
    expect(result.commands).toEqual([]);
  });
});
