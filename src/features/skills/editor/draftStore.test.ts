// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { petBlueprint } from '../testing.ts';
import {
  draftKey,
  formText,
  keptSkillId,
  newSkillSlot,
  openDraft,
  readDraft,
  writeDraft,
} from './draftStore.ts';
import { toForm } from './formModel.ts';

const original = toForm(
  { name: 'Pet game', phrases: [], config: petBlueprint.example },
  petBlueprint,
);
const slot = newSkillSlot('trivia');

afterEach(() => localStorage.clear());

describe('skill drafts', () => {
  it('keeps one draft per new template and per saved skill', () => {
    expect(draftKey(newSkillSlot('jokes'))).toBe('teachable-home:skill-draft:new:jokes');
    expect(draftKey('skill-7')).toBe('teachable-home:skill-draft:skill-7');
  });

  it('brings back a half-finished form, an emptied number box included', () => {
    const typed = structuredClone(original);
    typed.name = 'Pe';
    typed.config.questions = [{ question: '', points: NaN, level: 'easy' }];
    writeDraft(slot, {
      blueprint: 'trivia',
      skillId: 'skill-1',
      form: JSON.parse(formText(petBlueprint, typed)!),
      savedAt: 10,
    });
    const opened = openDraft(slot, petBlueprint, original);
    expect(opened.restoredAt).toBe(10);
    expect(opened.values.name).toBe('Pe');
    expect(opened.values.config.questions).toEqual([{ question: '', points: null, level: 'easy' }]);
  });

  it('drops a draft that says the same as the form without it', () => {
    writeDraft(slot, { blueprint: 'trivia', skillId: 's', form: original, savedAt: 1 });
    expect(openDraft(slot, petBlueprint, original).restoredAt).toBeNull();
    expect(localStorage.getItem(draftKey(slot))).toBeNull();
  });

  it('drops what does not fit: another template, another shape, broken JSON', () => {
    writeDraft(slot, { blueprint: 'jokes', skillId: 's', form: original, savedAt: 1 });
    expect(readDraft(slot, petBlueprint)).toBeUndefined();
    localStorage.setItem(
      draftKey(slot),
      JSON.stringify({ blueprint: 'trivia', skillId: 's', savedAt: 1, form: { name: 3 } }),
    );
    expect(readDraft(slot, petBlueprint)).toBeUndefined();
    localStorage.setItem(draftKey(slot), '{oops');
    expect(readDraft(slot, petBlueprint)).toBeUndefined();
    expect(localStorage.getItem(draftKey(slot))).toBeNull();
  });

  it('goes on with the id a new skill was typed under, unless that id was saved since', () => {
    writeDraft(slot, { blueprint: 'trivia', skillId: 'skill-old', form: original, savedAt: 1 });
    expect(keptSkillId(slot, petBlueprint, 'skill-new', [])).toBe('skill-old');
    expect(keptSkillId(slot, petBlueprint, 'skill-new', [{ id: 'skill-old' }])).toBe('skill-new');
  });
});
