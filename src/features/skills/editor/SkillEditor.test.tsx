// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { petBlueprint } from '../testing.ts';
import { draftKey, newSkillSlot } from './draftStore.ts';
import { renderEditor } from './renderEditor.tsx';
import { DRAFT_DELAY_MS } from './useDraftKeeper.ts';

// The editor's only way to the database is through these actions: the test stands in for them.
const actions = vi.hoisted(() => ({ checkSkill: vi.fn(), saveSkill: vi.fn() }));
vi.mock('../../../stores/skillActions.ts', () => actions);

const saved = () => actions.saveSkill.mock.calls[0]?.[0] as Skill;
const button = (name: string) => screen.getByRole('button', { name });
const box = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });

beforeEach(() => {
  actions.checkSkill.mockResolvedValue({ errors: [], warnings: [] });
  actions.saveSkill.mockImplementation((s: Skill) => Promise.resolve(s));
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  vi.useRealTimers();
  localStorage.clear();
});

describe('SkillEditor', () => {
  it('draws the template’s form from its fields, filled in with the example', () => {
    renderEditor();
    expect(box('What do you call it?').value).toBe('Pet game');
    expect(box('Welcome').value).toBe('Hello!');
    expect(box('Pet 1').value).toBe('cat');
    expect(box('Pet 2').value).toBe('dog');
    const question = screen.getByRole('group', { name: 'Question 1' });
    expect(
      within(question).getByRole<HTMLInputElement>('textbox', { name: 'Question' }).value,
    ).toBe('Which pet purrs?');
    expect(
      within(question).getByRole<HTMLInputElement>('spinbutton', { name: 'Points' }).value,
    ).toBe('2');
    expect(within(question).getByRole<HTMLSelectElement>('combobox', { name: 'Level' }).value).toBe(
      'easy',
    );
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Monday' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Tuesday' }).checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>('Until').value).toBe('2026-12-24');
  });

  it('saves a new skill turned on, or as a draft', async () => {
    const { onSaved } = renderEditor();
    fireEvent.click(button('Save and turn on'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(actions.checkSkill).toHaveBeenCalled();
    expect(saved()).toMatchObject({ id: 'skill-1', name: 'Pet game', status: 'enabled' });
    expect(saved().config).toEqual(petBlueprint.example);

    cleanup();
    vi.clearAllMocks();
    actions.checkSkill.mockResolvedValue({ errors: [], warnings: [] });
    actions.saveSkill.mockImplementation((s: Skill) => Promise.resolve(s));
    renderEditor();
    fireEvent.click(button('Save as draft'));
    await waitFor(() => expect(actions.saveSkill).toHaveBeenCalled());
    expect(saved().status).toBe('draft');
  });

  it('keeps a saved skill’s status, with one Save button', async () => {
    const skill: Skill = {
      id: 'skill-9',
      blueprint: 'trivia',
      name: 'Pets',
      phrases: ['pet time'],
      status: 'disabled',
      config: petBlueprint.example,
      createdAt: 1,
      updatedAt: 2,
    };
    renderEditor({ initial: skill, isNew: false });
    expect(screen.queryByRole('button', { name: 'Save as draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start empty' })).toBeNull();
    expect(box('Phrase 1').value).toBe('pet time');
    fireEvent.click(button('Save'));
    await waitFor(() => expect(actions.saveSkill).toHaveBeenCalled());
    expect(saved()).toMatchObject({ id: 'skill-9', status: 'disabled', phrases: ['pet time'] });
  });

  it('refuses an unfinished form with the problems in words, counted at the top', async () => {
    renderEditor();
    fireEvent.change(box('What do you call it?'), { target: { value: '' } });
    fireEvent.change(box('Pet 2'), { target: { value: '' } });
    fireEvent.click(button('Save and turn on'));
    expect(await screen.findByText('2 things need fixing')).toBeTruthy();
    expect(button('Name: give the skill a name of at least 2 letters')).toBeTruthy();
    expect(button('Pets › Pet 2: write the pet or remove it')).toBeTruthy();
    // …and each next to its field, in sentence case.
    expect(screen.getByText('Write the pet or remove it')).toBeTruthy();
    expect(actions.checkSkill).not.toHaveBeenCalled();
    // Choosing a problem goes to its field.
    fireEvent.click(button('Pets › Pet 2: write the pet or remove it'));
    expect(document.activeElement).toBe(box('Pet 2'));
  });

  it('shows the store’s errors and saves nothing', async () => {
    actions.checkSkill.mockResolvedValue({ errors: ['The name is taken.'], warnings: [] });
    renderEditor();
    fireEvent.click(button('Save and turn on'));
    expect(await screen.findByText('This skill can’t be saved')).toBeTruthy();
    expect(screen.getByText('The name is taken.')).toBeTruthy();
    expect(actions.saveSkill).not.toHaveBeenCalled();
  });

  it('asks before saving over a warning', async () => {
    actions.checkSkill.mockResolvedValue({
      errors: [],
      warnings: ['“open Pet game” is also a routine.'],
    });
    renderEditor();
    fireEvent.click(button('Save and turn on'));
    const dialog = await screen.findByRole('dialog', { name: 'Save anyway?' });
    expect(within(dialog).getByText('“open Pet game” is also a routine.')).toBeTruthy();
    expect(actions.saveSkill).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(actions.saveSkill).toHaveBeenCalled());
  });

  it('starts empty, and puts the example back', () => {
    renderEditor();
    fireEvent.click(button('Start empty'));
    expect(box('Pet 1').value).toBe('');
    expect(box('Pet 2').value).toBe('');
    expect(screen.queryByRole('textbox', { name: 'Pet 3' })).toBeNull();
    expect(box('Welcome').value).toBe('');
    expect(box('Question').value).toBe('');
    expect(box('What do you call it?').value).toBe('Pet game');
    fireEvent.click(button('Put the example back'));
    expect(box('Pet 1').value).toBe('cat');
    expect(box('Question').value).toBe('Which pet purrs?');
  });

  it('keeps what was typed as a draft, brought back after a reload, until discarded', () => {
    vi.useFakeTimers();
    const first = renderEditor();
    fireEvent.change(box('What do you call it?'), { target: { value: 'Pet party' } });
    act(() => vi.advanceTimersByTime(DRAFT_DELAY_MS));
    expect(localStorage.getItem(draftKey(newSkillSlot('trivia')))).toContain('Pet party');
    first.unmount();

    renderEditor();
    expect(box('What do you call it?').value).toBe('Pet party');
    expect(screen.getByTestId('draft-notice').textContent).toContain('Brought back');
    fireEvent.click(button('Discard changes'));
    expect(box('What do you call it?').value).toBe('Pet game');
    expect(localStorage.getItem(draftKey(newSkillSlot('trivia')))).toBeNull();
  });

  it('forgets the draft when cancelled', () => {
    vi.useFakeTimers();
    const { onCancel } = renderEditor();
    fireEvent.change(box('What do you call it?'), { target: { value: 'Pet party' } });
    fireEvent.click(button('Cancel'));
    act(() => vi.advanceTimersByTime(DRAFT_DELAY_MS));
    expect(onCancel).toHaveBeenCalled();
    expect(localStorage.getItem(draftKey(newSkillSlot('trivia')))).toBeNull();
  });
});
