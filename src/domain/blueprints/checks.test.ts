// What saving a skill meets: its form checked by its template (problems placed by the form's own
// labels), words that steer the conversation refused as a way to start it, and collisions of
// "open <name>", the name and its phrases with built-in commands, routines, taught commands and
// other skills, said in sentences for the person to confirm. Routines and taught commands are
// checked against skills in turn.
import { describe, expect, it } from 'vitest';
import { interpret } from '../language/interpret.ts';
import { routineProblems } from '../routines/checks.ts';
import { phraseCollisions } from '../teaching/collisions.ts';
import { command, control, home, routine } from '../teaching/testing.ts';
import { checkSkill, spokenStarts, type SkillCheckContext } from './checks.ts';
import type { Skill } from './model.ts';
import { skillOwners } from './phrases.ts';
import { blueprintById } from './registry.ts';

function skill(id: string, name: string, extra: Partial<Skill> = {}): Skill {
  return {
    id,
    blueprint: 'jokes',
    name,
    phrases: [],
    status: 'enabled',
    config: blueprintById('jokes').example,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const quiz = skill('s-quiz', 'Quiz night', {
  blueprint: 'trivia',
  config: blueprintById('trivia').example,
});
const context = (extra: Partial<SkillCheckContext> = {}): SkillCheckContext => ({
  home: home(),
  unit: 'C',
  routines: [routine('r-night', 'Good night', ['good night'])],
  taught: [command('t-movie', ['movie mode'], [control('light.living_room_lamp', 'turn_off')])],
  skills: [quiz],
  interpret,
  ...extra,
});

describe('checkSkill', () => {
  it('passes a skill whose ways to start collide with nothing', () => {
    expect(checkSkill(skill('s-1', 'Silly jokes'), context())).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('names the ways a skill starts: "open <name>", the name, its phrases', () => {
    expect(spokenStarts({ name: 'Silly jokes', phrases: ['make me laugh'] })).toEqual([
      'open Silly jokes',
      'Silly jokes',
      'make me laugh',
    ]);
  });

  it('refuses a form its template does not accept, placing each problem by the form’s labels', () => {
    const example = blueprintById('trivia').example as { questions: { answer: string }[] };
    const broken = {
      ...quiz,
      id: 's-2',
      name: 'Broken quiz',
      config: { ...example, questions: [{ ...example.questions[0], answer: 'Nothing like it' }] },
    };
    const { errors } = checkSkill(broken, context());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Questions › Question 1 › .+: .+\.$/);
  });

  it('refuses a bad name, and words that steer the conversation as a way to start it', () => {
    expect(checkSkill(skill('s-3', '!'), context()).errors.join(' ')).toMatch(
      /at least 2 letters|letters/,
    );
    const help = checkSkill(skill('s-4', 'Jokes', { phrases: ['help'] }), context());
    expect(help.errors.join(' ')).toMatch(
      /“help” is how you ask me what I can do\. It can't start a skill\./,
    );
  });

  it('warns when "open <name>" is a built-in command: the skill would win', () => {
    const { errors, warnings } = checkSkill(skill('s-5', 'Garage door'), context());
    expect(errors).toEqual([]);
    expect(warnings.join(' ')).toMatch(
      /“open Garage door” already means something to me: .*Saying it will open Garage door instead\./,
    );
  });

  it('warns about a routine phrase, a taught command and another skill, each saying which wins', () => {
    const { warnings } = checkSkill(
      skill('s-6', 'Party', { phrases: ['good night', 'movie mode', 'open quiz night'] }),
      context(),
    );
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      /routine Good night.*Saying it will run the routine, not the skill\./,
    );
    expect(warnings[1]).toMatch(/movie mode.*Saying it will open Party instead\./);
    expect(warnings[2]).toMatch(/skill Quiz night.*Saying it would open only one of them\./);
  });

  it('does not warn about itself when saved again, and says a phrase repeated once', () => {
    expect(checkSkill(quiz, context()).warnings).toEqual([]);
    const twice = checkSkill(
      skill('s-7', 'Jokes', { phrases: ['tell jokes', 'Tell  jokes!'] }),
      context(),
    );
    expect(twice.warnings).toEqual([
      '“Tell  jokes!” is the same as “tell jokes”, which already starts it.',
    ]);
  });
});

describe('routines and taught commands checked against skills', () => {
  const owners = skillOwners([quiz]);

  it('warns when a routine phrase opens a skill', () => {
    const party = routine('r-party', 'Party', ['open quiz night']);
    const { warnings } = routineProblems(party, [], home(), 'C', [], owners);
    expect(warnings).toEqual([
      '“open quiz night” also opens your skill “Quiz night”: saying it will run this routine instead.',
    ]);
  });

  it('says when a taught phrase starts or asks a skill', () => {
    const ctx = {
      home: home(),
      unit: 'C' as const,
      routines: [],
      taught: [],
      interpret,
      skills: owners,
    };
    expect(phraseCollisions('quiz night', ctx).map((c) => c.text)).toContain(
      '“quiz night” already starts your skill Quiz night.',
    );
    expect(phraseCollisions('ask quiz night a question', ctx).map((c) => c.text)).toContain(
      '“ask quiz night a question” already asks your skill Quiz night.',
    );
  });
});
