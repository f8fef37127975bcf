// @vitest-environment happy-dom
// What is typed in the editor survives the editor going away (a reload, a link) until it is saved,
// cancelled or discarded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import { draftKey } from './draftStore.ts';
import { RoutineEditor } from './RoutineEditor.tsx';

const actions = vi.hoisted(() => ({
  checkRoutine: vi.fn(),
  saveRoutineChecked: vi.fn(),
  tryRoutine: vi.fn(),
  RoutineRefused: class RoutineRefused extends Error {},
}));
vi.mock('../../../stores/routineActions.ts', () => actions);

const home = demoHome(Date.UTC(2026, 10, 23, 19, 30));
const KEY = draftKey('routine-1');

const routine = (over: Partial<Routine> = {}): Routine => ({
  id: 'routine-1',
  name: 'Good night',
  enabled: true,
  triggers: [{ type: 'phrase', phrases: ['good night'] }],
  conditionMode: 'all',
  conditions: [],
  actions: [{ type: 'say', text: 'Sleep well' }],
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

function open(initial: Routine = routine()) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <RoutineEditor
      initial={initial}
      isNew={false}
      draftSlot="routine-1"
      home={home}
      routines={[initial]}
      unit="C"
      onSaved={onSaved}
      onCancel={onCancel}
    />,
  );
  return { onSaved, onCancel };
}

const nameField = () => screen.getByLabelText('Name', { selector: 'input' }) as HTMLInputElement;
const phrase = () => screen.getByLabelText('Phrase 1') as HTMLInputElement;
const type = (field: HTMLInputElement, value: string) =>
  fireEvent.change(field, { target: { value } });
const notice = () => screen.queryByTestId('draft-notice');

beforeEach(() => {
  actions.checkRoutine.mockResolvedValue({ errors: [], warnings: [] });
  actions.saveRoutineChecked.mockImplementation((r: Routine) => Promise.resolve(r));
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  localStorage.clear();
});

describe('RoutineEditor drafts', () => {
  it('keeps what is typed a moment after the last key press, not at every one', async () => {
    open();
    type(nameField(), 'Good night, everyone');
    expect(localStorage.getItem(KEY)).toBeNull();
    await waitFor(() => expect(localStorage.getItem(KEY)).toContain('Good night, everyone'));
    // Typed back to what is saved: nothing left to keep.
    type(nameField(), 'Good night');
    await waitFor(() => expect(localStorage.getItem(KEY)).toBeNull());
  });

  it('brings back what was typed when the editor opens again, and says so', () => {
    open();
    expect(notice()).toBeNull();
    type(nameField(), 'Bedtime');
    type(phrase(), 'lights out');
    // Gone at once (a reload, a link): what was typed in the last moment is kept too.
    cleanup();

    open();
    expect(nameField().value).toBe('Bedtime');
    expect(phrase().value).toBe('lights out');
    expect(notice()?.textContent).toMatch(/^Restored your unsaved changes from a moment ago\./);
    expect(notice()?.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByText(/changed elsewhere/)).toBeNull();
  });

  it('discards the draft: the saved routine again, and nothing kept', () => {
    open();
    type(nameField(), 'Bedtime');
    cleanup();

    open();
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(nameField().value).toBe('Good night');
    expect(phrase().value).toBe('good night');
    expect(notice()).toBeNull();
    expect(screen.getByText('Discarded your unsaved changes.')).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBeNull();
    cleanup();

    open();
    expect(nameField().value).toBe('Good night');
    expect(notice()).toBeNull();
  });

  it('forgets the draft once the routine is saved', async () => {
    open();
    type(nameField(), 'Bedtime');
    cleanup();

    const { onSaved } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Save routine' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(actions.saveRoutineChecked).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Bedtime' }),
    );
    expect(localStorage.getItem(KEY)).toBeNull();
    cleanup();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the draft when the save fails, and forgets it on Cancel', async () => {
    actions.saveRoutineChecked.mockRejectedValueOnce(new Error('The disk is full'));
    const { onSaved, onCancel } = open();
    type(nameField(), 'Bedtime');
    fireEvent.click(screen.getByRole('button', { name: 'Save routine' }));
    await waitFor(() => expect(actions.saveRoutineChecked).toHaveBeenCalled());
    await waitFor(() => expect(localStorage.getItem(KEY)).toContain('Bedtime'));
    expect(onSaved).not.toHaveBeenCalled();

    type(nameField(), 'Bedtime, now');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(localStorage.getItem(KEY)).toBeNull();
    cleanup();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('warns when the routine was saved elsewhere since, and still brings the draft back', () => {
    open(routine({ updatedAt: 1 }));
    type(nameField(), 'Bedtime');
    cleanup();

    // Another tab saved other steps meanwhile.
    open(routine({ updatedAt: 50, actions: [{ type: 'say', text: 'Night night' }] }));
    expect(nameField().value).toBe('Bedtime');
    expect(screen.getByText(/Restored your unsaved changes/)).toBeTruthy();
    expect(
      screen.getByText(
        'This routine was changed elsewhere since; saving will replace that change.',
      ),
    ).toBeTruthy();
  });

  it('drops a broken draft without a word', () => {
    localStorage.setItem(KEY, JSON.stringify({ form: { name: 3 }, savedAt: 'yesterday' }));
    open();
    expect(nameField().value).toBe('Good night');
    expect(notice()).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
