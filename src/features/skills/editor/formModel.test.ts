import { describe, expect, it } from 'vitest';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { petBlueprint } from '../testing.ts';
import {
  emptyConfig,
  emptyRecord,
  exampleSkill,
  partsOf,
  skillFromParts,
  toForm,
} from './formModel.ts';

describe('emptyConfig ("Start empty")', () => {
  const empty = emptyConfig(petBlueprint);

  it('cuts lists to what the template requires, as empty entries to fill in', () => {
    expect(empty.pets).toEqual(['', '']); // min 2
    expect(empty.questions).toEqual([{ question: '', points: 2, level: 'easy' }]); // min 1
  });

  it('blanks texts, dates and days but keeps the example’s numbers and choices', () => {
    expect(empty.intro).toBe('');
    expect(empty.until).toBe('');
    expect(empty.days).toEqual([]);
  });

  it('gives a new list entry the field’s least number when there is no example', () => {
    const questions = petBlueprint.fields.find((f) => f.kind === 'list');
    if (questions?.kind !== 'list') throw new Error('the test template has a list');
    expect(emptyRecord(questions.fields)).toEqual({ question: '', points: 1, level: 'easy' });
  });
});

describe('toForm', () => {
  it('fills in what a config leaves out, so every box has a value', () => {
    const form = toForm(
      { name: 'Pets', phrases: ['name a pet'], config: { pets: ['cat', 3] } },
      petBlueprint,
    );
    expect(form.phrases).toEqual([{ text: 'name a pet' }]);
    expect(form.config).toEqual({
      intro: '',
      pets: ['cat', ''],
      questions: [],
      days: [],
      until: '',
    });
  });

  it('keeps keys the form does not show', () => {
    const form = toForm({ name: 'P', phrases: [], config: { hidden: 1, pets: [] } }, petBlueprint);
    expect(form.config.hidden).toBe(1);
  });
});

describe('saving', () => {
  it('makes a new skill from the example, as a draft under the given id', () => {
    const skill = exampleSkill(petBlueprint, 'skill-1', 5);
    expect(skill).toMatchObject({ id: 'skill-1', name: 'Pet game', status: 'draft', createdAt: 5 });
    expect(skill.config).toEqual(petBlueprint.example);
    expect(skill.config).not.toBe(petBlueprint.example);
  });

  it('keeps the id, creation time and memory of what the form started from', () => {
    const base: Skill = {
      ...exampleSkill(petBlueprint, 'skill-1', 5),
      memory: { opened: 3 },
    };
    const parts = partsOf({ name: 'Pets', phrases: [{ text: 'pets please' }], config: {} });
    expect(skillFromParts(parts, base, 'enabled', 9)).toEqual({
      ...base,
      name: 'Pets',
      phrases: ['pets please'],
      config: {},
      status: 'enabled',
      updatedAt: 9,
    });
  });
});
