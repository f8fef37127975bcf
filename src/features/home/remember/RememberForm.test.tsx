// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import type { TaughtCommand } from '../../../domain/teaching/model.ts';
import { rememberThis } from '../../../domain/teaching/showing.ts';
import { useNotices } from '../../../stores/notifications.ts';
import RememberDialog from './RememberDialog.tsx';
import { RememberForm } from './RememberForm.tsx';

const home = demoHome(Date.UTC(2026, 2, 3, 19, 30));

// The form reaches the database only through these actions: the test stands in for them.
const actions = vi.hoisted(() => ({
  checkTaughtItem: vi.fn(),
  saveTaughtChecked: vi.fn(),
  stepsFromHome: vi.fn(),
  newTaughtId: vi.fn(() => 'taught-1'),
  TaughtRefused: class TaughtRefused extends Error {},
}));
vi.mock('../../../stores/teachingActions.ts', () => actions);
vi.mock('../../../stores/clock.ts', () => ({ simulatedNow: () => 5000 }));

function open() {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(<RememberForm home={home} unit="C" onSaved={onSaved} onCancel={onCancel} />);
  return { onSaved, onCancel };
}

const box = (name: string) => screen.getByRole('checkbox', { name });
const button = (name: string) => screen.getByRole('button', { name });
const typeName = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: text } });
const ticked = () =>
  screen
    .getAllByRole<HTMLInputElement>('checkbox')
    .filter((b) => b.checked)
    .map((b) => document.getElementById(b.getAttribute('aria-labelledby') ?? '')?.textContent);
const checked = () => actions.checkTaughtItem.mock.calls[0]?.[0] as TaughtCommand;

beforeEach(() => {
  actions.stepsFromHome.mockImplementation((ids: string[]) =>
    Promise.resolve(rememberThis(home, ids)),
  );
  actions.checkTaughtItem.mockResolvedValue({ errors: [], warnings: [] });
  actions.saveTaughtChecked.mockImplementation((item: TaughtCommand) => Promise.resolve(item));
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('RememberForm', () => {
  it('starts in the room with most lights on, its lights, blinds and TV ticked', async () => {
    open();
    expect(screen.getByRole('combobox', { name: 'Room' })).toHaveProperty('value', 'living_room');
    expect(ticked()).toEqual([
      'Living room ceiling',
      'Living room lamp',
      'TV backlight',
      'Living room TV',
      'Living room blinds',
    ]);
    expect(box('Living room thermostat')).toHaveProperty('checked', false);
    // Each box is named by its device and described by its state now.
    expect(box('Living room lamp').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('on · 45 %')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox')));
    typeName('cosy evening');
    expect(screen.getByTestId('remember-preview').textContent).toMatch(
      /^Saying “cosy evening” will set the Living room ceiling to warm white and 70 %/,
    );
  });

  it('re-ticks for another room, selects all in it, and clears', () => {
    open();
    fireEvent.change(screen.getByRole('combobox', { name: 'Room' }), {
      target: { value: 'kitchen' },
    });
    expect(ticked()).toEqual(['Kitchen ceiling', 'Kitchen counter lights', 'Kitchen speaker']);
    fireEvent.click(box('Kettle'));
    fireEvent.click(box('Kitchen ceiling'));
    expect(ticked()).toEqual(['Kitchen counter lights', 'Kitchen speaker', 'Kettle']);
    fireEvent.click(button('Select all in this room'));
    expect(ticked()).toContain('Back door');
    expect(ticked()).toContain('Coffee machine');
    expect(ticked()).toContain('Kitchen ceiling');
    fireEvent.click(button('Clear'));
    expect(ticked()).toEqual([]);
    expect(screen.getByTestId('remember-preview').textContent).toBe(
      'Tick the devices to remember as they are now.',
    );
  });

  it('asks for a name and at least one device before checking anything', async () => {
    open();
    fireEvent.click(button('Clear'));
    fireEvent.click(button('Remember'));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Write what you will say, like “movie mode”.',
      'Tick at least one device to remember.',
    ]);
    expect(actions.checkTaughtItem).not.toHaveBeenCalled();
  });

  it('saves the ticked devices as they are, under the name, as a command taught by showing', async () => {
    const { onSaved } = open();
    typeName('  cosy evening ');
    fireEvent.click(button('Remember'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(actions.stepsFromHome).toHaveBeenCalledWith(
      expect.arrayContaining(['light.living_room_lamp', 'cover.living_room_blinds']),
    );
    expect(checked()).toMatchObject({
      kind: 'command',
      id: 'taught-1',
      source: 'showing',
      phrases: ['cosy evening'],
      taughtAt: 5000,
      updatedAt: 5000,
    });
    expect(checked().steps).toContainEqual(
      expect.objectContaining({ command: 'set_brightness', value: 45 }),
    );
    expect(actions.saveTaughtChecked).toHaveBeenCalledWith(checked(), false);
  });

  it('shows what refuses the save and saves nothing', async () => {
    actions.checkTaughtItem.mockResolvedValue({
      errors: ['“stop” steers the conversation: choose other words.'],
      warnings: [],
    });
    const { onSaved } = open();
    typeName('stop');
    fireEvent.click(button('Remember'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“stop” steers the conversation');
    expect(actions.saveTaughtChecked).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks before taking words that already mean something, and saves the same item on yes', async () => {
    actions.checkTaughtItem.mockResolvedValue({
      errors: [],
      warnings: ['“good night” is already your routine Good night.'],
    });
    const { onSaved } = open();
    typeName('good night');
    fireEvent.click(button('Remember'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('is already your routine Good night');
    expect(actions.saveTaughtChecked).not.toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(actions.saveTaughtChecked).toHaveBeenCalledWith(checked(), true);
  });

  it('forgets the warning once the name changes', async () => {
    actions.checkTaughtItem.mockResolvedValue({ errors: [], warnings: ['Already something.'] });
    open();
    typeName('good night');
    fireEvent.click(button('Remember'));
    await screen.findByRole('button', { name: 'Save anyway' });
    typeName('good night all');
    expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
  });

  it('says so when the save is refused after all', async () => {
    actions.saveTaughtChecked.mockRejectedValue(
      new actions.TaughtRefused('“cosy” is already a taught command.'),
    );
    const { onSaved } = open();
    typeName('cosy');
    fireEvent.click(button('Remember'));
    expect((await screen.findByRole('alert')).textContent).toContain('already a taught command');
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('RememberDialog', () => {
  it('closes with good news once remembered', async () => {
    const onClose = vi.fn();
    render(<RememberDialog home={home} unit="C" onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Remember this as…' });
    typeName('movie mode');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remember' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(useNotices.getState().notices.at(-1)).toMatchObject({
      tone: 'success',
      title: 'Remembered “movie mode”',
      body: 'Say it in the Assistant to put these devices back like this.',
    });
  });

  it('closes without saving on Cancel', () => {
    const onClose = vi.fn();
    render(<RememberDialog home={home} unit="C" onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(actions.checkTaughtItem).not.toHaveBeenCalled();
  });
});
