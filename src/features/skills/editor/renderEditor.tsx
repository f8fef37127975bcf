// For the editor's tests: the editor on the test template, with the store's checks and saving
// stood in for by the test (vi.mock of stores/skillActions.ts in each test file).
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { petBlueprint } from '../testing.ts';
import { newSkillSlot } from './draftStore.ts';
import { exampleSkill } from './formModel.ts';
import { SkillEditor } from './SkillEditor.tsx';

export function renderEditor(options: { initial?: Skill; isNew?: boolean } = {}) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  const initial = options.initial ?? exampleSkill(petBlueprint, 'skill-1', 1000);
  const isNew = options.isNew ?? true;
  const view = render(
    <SkillEditor
      blueprint={petBlueprint}
      initial={initial}
      isNew={isNew}
      draftSlot={isNew ? newSkillSlot('trivia') : initial.id}
      timeZone="UTC"
      onSaved={onSaved}
      onCancel={onCancel}
    />,
  );
  return { ...view, onSaved, onCancel };
}
