// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { blankCommandForm } from './commandForm.ts';
import { blankConceptForm } from './conceptForm.ts';
import { draftKey, newSlot, openDraft, readDraft, writeDraft } from './drafts.ts';

afterEach(() => localStorage.clear());

const typed = { phrases: [{ text: 'movie mo' }], steps: [] };

describe('teaching drafts', () => {
  it('brings back what was typed, with when', () => {
    writeDraft(newSlot('command'), { kind: 'command', unit: 'C', form: typed, savedAt: 42 });
    expect(openDraft(newSlot('command'), 'command', blankCommandForm(), 'C')).toEqual({
      values: typed,
      restoredAt: 42,
    });
  });

  it('opens the original, and forgets the draft, when the draft is the same', () => {
    const slot = newSlot('command');
    writeDraft(slot, { kind: 'command', unit: 'C', form: blankCommandForm(), savedAt: 1 });
    expect(openDraft(slot, 'command', blankCommandForm(), 'C').restoredAt).toBeNull();
    expect(localStorage.getItem(draftKey(slot))).toBeNull();
  });

  it('drops a setting word typed in the other temperature unit', () => {
    const slot = 'c1';
    const form = { ...blankConceptForm('climate'), word: 'cozy', temperature: '72' };
    writeDraft(slot, { kind: 'concept', unit: 'F', form, savedAt: 1 });
    expect(openDraft(slot, 'concept', blankConceptForm(), 'C').values).toEqual(blankConceptForm());
    expect(localStorage.getItem(draftKey(slot))).toBeNull();
  });

  it('drops what does not fit: broken JSON, another kind, another shape', () => {
    localStorage.setItem(draftKey('a'), '{not json');
    expect(readDraft('a', 'command')).toBeUndefined();
    writeDraft('b', { kind: 'command', unit: 'C', form: typed, savedAt: 1 });
    expect(readDraft('b', 'name')).toBeUndefined();
    localStorage.setItem(
      draftKey('c'),
      JSON.stringify({ kind: 'name', unit: 'C', form: { name: 3 }, savedAt: 1 }),
    );
    expect(readDraft('c', 'name')).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });
});
