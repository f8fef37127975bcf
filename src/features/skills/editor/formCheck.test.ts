import { describe, expect, it } from 'vitest';
import { petBlueprint, PET_FIELDS } from '../testing.ts';
import { listProblems, problemsTitle, skillResolver, specAt } from './formCheck.ts';
import { toForm, type SkillForm } from './formModel.ts';

const resolve = async (form: SkillForm) =>
  skillResolver(petBlueprint)(form, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

const valid = () =>
  toForm({ name: 'Pet game', phrases: [], config: petBlueprint.example }, petBlueprint);

describe('specAt', () => {
  it('finds a field inside a list entry, and a words entry', () => {
    expect(specAt(PET_FIELDS, ['questions', 0, 'points'])?.label).toBe('Points');
    expect(specAt(PET_FIELDS, ['pets', 1])?.label).toBe('Pets');
    expect(specAt(PET_FIELDS, ['questions', 0])?.label).toBe('Questions');
    expect(specAt(PET_FIELDS, ['nothing'])).toBeUndefined();
  });
});

describe('skillResolver', () => {
  it('gives the parts of a skill when the form passes', async () => {
    const form = valid();
    form.phrases = [{ text: ' pets please ' }];
    const result = await resolve(form);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: 'Pet game', phrases: ['pets please'] });
  });

  it('puts each problem on its field, and a whole list’s on its root', async () => {
    const form = valid();
    form.name = '';
    form.phrases = [{ text: 'x' }];
    form.config.pets = ['cat'];
    form.config.questions = [{ question: '', points: 2, level: 'easy' }];
    const { errors } = await resolve(form);
    expect(errors.name?.message).toBe('give the skill a name of at least 2 letters');
    expect(errors.phrases?.[0]?.text?.message).toBe('write the phrase or remove it');
    const config = errors.config as Record<string, unknown>;
    expect(config.pets).toMatchObject({ root: { message: 'add at least 2 pets' } });
    expect(config.questions).toMatchObject([{ question: { message: 'write the question' } }]);
  });

  it('says which numbers an empty number box takes, not what zod expected', async () => {
    const form = valid();
    form.config.questions = [{ question: 'Why?', points: NaN, level: 'easy' }];
    const { errors } = await resolve(form);
    expect(errors.config).toMatchObject({
      questions: [{ points: { message: 'write a number from 1 to 5' } }],
    });
  });
});

describe('listProblems', () => {
  it('lists the problems in the form’s order, in the form’s words', async () => {
    const form = valid();
    form.config.questions = [
      { question: 'Why?', points: 2, level: 'easy' },
      { question: '', points: 9, level: 'easy' },
    ];
    form.config.pets = ['cat', ' '];
    form.name = 'x';
    const { errors } = await resolve(form);
    expect(listProblems(errors, PET_FIELDS)).toEqual([
      { name: 'name', where: 'Name', message: 'give the skill a name of at least 2 letters' },
      { name: 'config.pets.1', where: 'Pets › Pet 2', message: 'write the pet or remove it' },
      {
        name: 'config.questions.1.question',
        where: 'Questions › Question 2 › Question',
        message: 'write the question',
      },
      {
        name: 'config.questions.1.points',
        where: 'Questions › Question 2 › Points',
        message: 'at most 5 points',
      },
    ]);
  });

  it('counts them in words', () => {
    expect(problemsTitle(1)).toBe('1 thing needs fixing');
    expect(problemsTitle(3)).toBe('3 things need fixing');
  });
});
