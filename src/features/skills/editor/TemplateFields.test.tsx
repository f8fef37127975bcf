// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { renderEditor } from './renderEditor.tsx';

const actions = vi.hoisted(() => ({
  checkSkill: vi.fn(() => Promise.resolve({ errors: [], warnings: [] })),
  saveSkill: vi.fn((s: Skill) => Promise.resolve(s)),
}));
vi.mock('../../../stores/skillActions.ts', () => actions);

const button = (name: string) => screen.getByRole('button', { name });
const box = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const pets = () =>
  screen.getAllByRole<HTMLInputElement>('textbox', { name: /^Pet \d+$/ }).map((b) => b.value);
const savedConfig = async () => {
  fireEvent.click(button('Save and turn on'));
  await waitFor(() => expect(actions.saveSkill).toHaveBeenCalled());
  return (actions.saveSkill.mock.calls[0]![0] as Skill).config as Record<string, unknown>;
};

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  localStorage.clear();
});

describe('a words field', () => {
  it('adds what is typed in the box for a new entry when Enter is pressed', async () => {
    renderEditor();
    const next = box('New pet');
    fireEvent.change(next, { target: { value: ' hamster ' } });
    fireEvent.keyDown(next, { key: 'Enter' });
    expect(pets()).toEqual(['cat', 'dog', 'hamster']);
    expect(next.value).toBe('');
    expect(await savedConfig()).toMatchObject({ pets: ['cat', 'dog', 'hamster'] });
  });

  it('removes an entry, down to the least the template takes', () => {
    renderEditor();
    fireEvent.change(box('New pet'), { target: { value: 'fish' } });
    fireEvent.click(button('Add pet'));
    fireEvent.click(button('Remove pet 1'));
    expect(pets()).toEqual(['dog', 'fish']);
    // Two is the least: no more Remove buttons.
    expect(screen.queryByRole('button', { name: /^Remove pet/ })).toBeNull();
  });

  it('fills an empty entry before growing the list, and stops at the most it takes', () => {
    renderEditor();
    fireEvent.change(box('Pet 2'), { target: { value: '' } });
    fireEvent.change(box('New pet'), { target: { value: 'fish' } });
    fireEvent.keyDown(box('New pet'), { key: 'Enter' });
    expect(pets()).toEqual(['cat', 'fish']);
    for (const pet of ['dog', 'frog', 'rabbit', 'horse']) {
      fireEvent.change(box('New pet'), { target: { value: pet } });
      fireEvent.keyDown(box('New pet'), { key: 'Enter' });
    }
    expect(pets()).toHaveLength(6);
    expect(screen.queryByRole('textbox', { name: 'New pet' })).toBeNull();
    expect(screen.getByText('That’s the most it takes (6).')).toBeTruthy();
  });

  it('offers related values to add or turn down for good', () => {
    renderEditor();
    const group = screen.getByRole('group', { name: /^Suggestions\. More like these/ });
    const chips = within(group).getAllByTestId('suggestion-chip');
    expect(chips.length).toBeGreaterThan(1);
    const first = chips[0]!.dataset.value!;
    const second = chips[1]!.dataset.value!;
    fireEvent.click(within(group).getByRole('button', { name: `Add ${first}` }));
    expect(pets()).toEqual(['cat', 'dog', first]);
    fireEvent.click(screen.getByRole('button', { name: `Don't suggest ${second}` }));
    expect(screen.queryByRole('button', { name: `Add ${second}` })).toBeNull();
    // Typing more does not bring it back.
    fireEvent.change(box('New pet'), { target: { value: 'rabbit' } });
    fireEvent.keyDown(box('New pet'), { key: 'Enter' });
    expect(screen.queryByRole('button', { name: `Add ${second}` })).toBeNull();
  });
});

describe('a list field', () => {
  it('adds, moves and removes entries, each a group named by its place', async () => {
    renderEditor();
    fireEvent.click(button('Add a question'));
    const second = screen.getByRole('group', { name: 'Question 2' });
    fireEvent.change(within(second).getByRole('textbox', { name: 'Question' }), {
      target: { value: 'Which pet barks?' },
    });
    fireEvent.change(within(second).getByRole('spinbutton', { name: 'Points' }), {
      target: { value: '4' },
    });
    fireEvent.click(button('Move question 2 up'));
    const first = screen.getByRole('group', { name: 'Question 1' });
    expect(within(first).getByRole<HTMLInputElement>('textbox', { name: 'Question' }).value).toBe(
      'Which pet barks?',
    );
    // The most is 3.
    fireEvent.click(button('Add a question'));
    expect(screen.queryByRole('button', { name: 'Add a question' })).toBeNull();
    fireEvent.click(button('Remove question 3'));
    expect(await savedConfig()).toMatchObject({
      questions: [
        { question: 'Which pet barks?', points: 4, level: 'easy' },
        { question: 'Which pet purrs?', points: 2, level: 'easy' },
      ],
    });
  });

  it('says which numbers an emptied number box takes', async () => {
    renderEditor();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Points' }), { target: { value: '' } });
    fireEvent.click(button('Save and turn on'));
    expect(await screen.findByText('Write a number from 1 to 5')).toBeTruthy();
    expect(button('Questions › Question 1 › Points: write a number from 1 to 5')).toBeTruthy();
  });

  it('stores ticked days as Weekday numbers in week order', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(await savedConfig()).toMatchObject({ days: [2, 3, 0] });
  });
});
