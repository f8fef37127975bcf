// Starting and asking skills through `interpret`: "open <name>" and its many ways of saying it,
// the name alone, a skill's own start phrases, and one-shot requests ("ask <name> …"); routine
// phrases still come first, and words that merely contain a skill's name are not a call.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from './interpret.ts';
import type { SkillOwner } from './skillPhrases.ts';
import type { InterpretContext } from './types.ts';

const home = demoHome(NOW);
const skills: SkillOwner[] = [
  { id: 's-guide', name: 'House guide', phrases: [] },
  { id: 's-trivia', name: 'Trivia night', phrases: ['quiz me'] },
  { id: 's-turn', name: 'Whose turn', phrases: ['whose turn is it to feed the cat'] },
  { id: 's-jokes', name: 'Jokes', phrases: [] },
];
const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home, skills, ...context });

describe('starting a skill by voice', () => {
  it.each([
    ['open house guide', 's-guide'],
    ['Open the House Guide', 's-guide'],
    ['alexa, start house guide please', 's-guide'],
    ['talk to house guide', 's-guide'],
    ["let's play trivia night", 's-trivia'],
    ['launch trivia night game', 's-trivia'],
    ['open trivia nigth', 's-trivia'],
    ['house guide', 's-guide'],
    ['quiz me', 's-trivia'],
    ['whose turn is it to feed the cat', 's-turn'],
    ['play jokes', 's-jokes'],
  ])('“%s” starts %s', (text, id) => {
    const meant = say(text);
    expect(meant.intent).toBe('StartSkill');
    expect(meant.skill?.id).toBe(id);
    expect(meant.skill?.ask).toBeUndefined();
    expect(meant.slots.name).toBe(skills.find((s) => s.id === id)?.name);
  });

  it('takes a one-shot request after “ask” or “tell” and the name', () => {
    expect(say('ask house guide where the towels are').skill).toEqual({
      id: 's-guide',
      phrase: 'House guide',
      ask: 'where the towels are',
    });
    // As written, for the skill and for "Why?"; words the tokenizer would change are kept.
    expect(say("Ask the House Guide: what's the Wi-Fi password?").skill?.ask).toBe(
      "what's the Wi-Fi password?",
    );
    expect(say('ask jokes for a joke').skill).toMatchObject({ id: 's-jokes', ask: 'a joke' });
    expect(say('tell trivia night to start').skill).toMatchObject({ ask: 'start' });
    // "ask <name>" alone opens it.
    expect(say('ask house guide').skill).toEqual({ id: 's-guide', phrase: 'House guide' });
  });

  it('leaves other requests alone, even ones that contain a name', () => {
    expect(say('turn off the kitchen lights').intent).not.toBe('StartSkill');
    expect(say('open house guide now and then').intent).not.toBe('StartSkill');
    expect(say('open the garage door').intent).not.toBe('StartSkill');
    expect(say('play').intent).not.toBe('StartSkill');
    expect(say('open house guide', { skills: [] }).intent).not.toBe('StartSkill');
    expect(say('open house guide', { skills: undefined }).intent).not.toBe('StartSkill');
  });

  it('lets a routine phrase come first', () => {
    const meant = say('house guide', {
      routines: [{ id: 'r-1', name: 'Guide lights', phrases: ['house guide'] }],
    });
    expect(meant.intent).toBe('RunRoutine');
  });
});
