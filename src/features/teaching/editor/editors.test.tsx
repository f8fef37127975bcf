// @vitest-environment happy-dom
// The editors as a person uses them, with the teaching actions stood in for: steps added by
// saying them, what is saved (new items taught in the form; edits keep their id and history),
// refusals shown, and warnings that need "Save anyway".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import { NOW } from '../../../domain/home/testing.ts';
import type { Action } from '../../../domain/routines/model.ts';
import { DEFAULT_SETTINGS } from '../../../domain/settings/settings.ts';
import type { TaughtItem } from '../../../domain/teaching/model.ts';
import { wordsContext } from '../../../domain/teaching/words.ts';
import type { LearnedData } from '../useLearnedData.ts';
import { CommandEditor } from './CommandEditor.tsx';
import { ConceptEditor } from './ConceptEditor.tsx';
import { NameEditor } from './NameEditor.tsx';

const actions = vi.hoisted(() => ({
  newTaughtId: vi.fn(() => 'taught-new'),
  checkTaughtItem: vi.fn(),
  saveTaughtChecked: vi.fn(),
  stepsFromWords: vi.fn(),
  stepsFromHome: vi.fn(),
  TaughtRefused: class TaughtRefused extends Error {},
  teachingActions: {},
}));
vi.mock('../../../stores/teachingActions.ts', () => actions);
vi.mock('../../../stores/clock.ts', () => ({ simulatedNow: () => 1_000 }));

const home = demoHome(NOW);
const data = (unit: 'C' | 'F' = 'C'): LearnedData => {
  const settings = { ...DEFAULT_SETTINGS, temperatureUnit: unit };
  return {
    home,
    settings,
    routines: [],
    taught: [],
    ctx: wordsContext({ home, unit }),
    timeZone: settings.location.timeZone,
  };
};

const dim: Action = {
  type: 'control',
  target: { kind: 'area', areaId: 'living_room', domain: 'light' },
  command: 'set_brightness',
  value: 100,
};

const saved = () => actions.saveTaughtChecked.mock.calls[0] as [TaughtItem, boolean] | undefined;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

beforeEach(() => {
  actions.checkTaughtItem.mockResolvedValue({ errors: [], warnings: [] });
  actions.saveTaughtChecked.mockImplementation((item: TaughtItem) => Promise.resolve(item));
  actions.stepsFromWords.mockResolvedValue({ ok: true, steps: [dim] });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  localStorage.clear();
});

describe('the command editor', () => {
  it('adds steps said in words, lists them in words, and saves a new command taught in the form', async () => {
    const onDone = vi.fn();
    render(<CommandEditor data={data()} onDone={onDone} />);
    type('Phrase 1', 'reading mode');
    type('Add steps by saying them', 'living room lights to 100 percent');
    fireEvent.click(screen.getByRole('button', { name: 'Add these steps' }));
    expect(await screen.findByText('Added 1 step.')).toBeTruthy();
    expect(actions.stepsFromWords).toHaveBeenCalledWith('living room lights to 100 percent');
    expect(screen.getByTestId('step-0').textContent).toContain(
      'Set all the lights in the Living room to 100 %',
    );
    expect(screen.getByRole('textbox', { name: 'Add steps by saying them' })).toHaveProperty(
      'value',
      '',
    );

    save();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(saved()).toEqual([
      {
        id: 'taught-new',
        source: 'form',
        taughtAt: 1_000,
        updatedAt: 1_000,
        kind: 'command',
        phrases: ['reading mode'],
        steps: [dim],
      },
      false,
    ]);
  });

  it('shows the reader’s hint next to the words it could not read, keeping them', async () => {
    actions.stepsFromWords.mockResolvedValue({ ok: false, hint: 'Say it as you would ask me.' });
    render(<CommandEditor data={data()} onDone={vi.fn()} />);
    type('Add steps by saying them', 'flibber');
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Add steps by saying them' }), {
      key: 'Enter',
    });
    expect((await screen.findByRole('alert')).textContent).toBe('Say it as you would ask me.');
    expect(screen.getByRole('textbox', { name: 'Add steps by saying them' })).toHaveProperty(
      'value',
      'flibber',
    );
    // Enter added steps; it did not save the form.
    expect(actions.checkTaughtItem).not.toHaveBeenCalled();
  });

  it('moves and removes steps', async () => {
    const close: Action = {
      type: 'control',
      target: { kind: 'entity', entityId: 'cover.living_room_blinds' },
      command: 'close',
    };
    const item: TaughtItem = {
      id: 'taught-1',
      kind: 'command',
      source: 'conversation',
      taughtAt: 5,
      updatedAt: 6,
      phrases: ['movie mode'],
      steps: [dim, close],
    };
    render(<CommandEditor data={data()} item={item} onDone={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(screen.getByTestId('step-0').textContent).toContain('Close the Living room blinds');
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 2' }));
    expect(screen.queryByTestId('step-1')).toBeNull();
    save();
    await waitFor(() => expect(saved()).toBeDefined());
    expect(saved()?.[0]).toMatchObject({ steps: [close] });
  });

  it('says what is missing, next to the fields, without saving', async () => {
    render(<CommandEditor data={data()} onDone={vi.fn()} />);
    save();
    expect(await screen.findByText('Write the phrase, or remove it')).toBeTruthy();
    expect(screen.getByText(/Add at least one step/)).toBeTruthy();
    expect(actions.checkTaughtItem).not.toHaveBeenCalled();
  });
});

describe('saving', () => {
  const item: TaughtItem = {
    id: 'taught-1',
    kind: 'name',
    source: 'conversation',
    taughtAt: 5,
    updatedAt: 6,
    overrides: true,
    name: 'the big light',
    target: { kind: 'entity', entityId: 'light.living_room_ceiling' },
  };

  it('keeps an edited item’s id, source and history; a rename is an edit', async () => {
    const onDone = vi.fn();
    render(<NameEditor data={data()} item={item} onDone={onDone} />);
    type('Name', 'the main light');
    save();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    // `overrides` is asked again, not kept: there was no collision to confirm this time.
    expect(saved()).toEqual([
      {
        id: 'taught-1',
        source: 'conversation',
        taughtAt: 5,
        updatedAt: 6,
        kind: 'name',
        name: 'the main light',
        target: { kind: 'entity', entityId: 'light.living_room_ceiling' },
      },
      false,
    ]);
  });

  it('shows what refuses a save, and saves nothing', async () => {
    actions.checkTaughtItem.mockResolvedValue({
      errors: ['“stop” is how you tell me to stop or cancel.'],
      warnings: [],
    });
    render(<NameEditor data={data()} item={item} onDone={vi.fn()} />);
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This can’t be saved');
    expect(alert.textContent).toContain('“stop” is how you tell me to stop or cancel.');
    expect(actions.saveTaughtChecked).not.toHaveBeenCalled();
  });

  it('asks before saving over a meaning the assistant already has', async () => {
    actions.checkTaughtItem.mockResolvedValue({
      errors: [],
      warnings: ['“the big light” already means something to me.'],
    });
    const onDone = vi.fn();
    render(<NameEditor data={data()} item={item} onDone={onDone} />);
    save();
    const dialog = await screen.findByRole('dialog', { name: 'Save anyway?' });
    expect(dialog.textContent).toContain('already means something to me');
    expect(actions.saveTaughtChecked).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(saved()?.[1]).toBe(true);
  });
  it('saves a command with a device that is gone, when confirmed, without marking it an override', async () => {
    const shed: TaughtItem = {
      id: 'taught-shed',
      kind: 'command',
      source: 'conversation',
      taughtAt: 5,
      updatedAt: 6,
      phrases: ['shed time'],
      steps: [
        { type: 'control', target: { kind: 'entity', entityId: 'light.shed' }, command: 'turn_on' },
      ],
    };
    actions.checkTaughtItem.mockResolvedValue({
      errors: [],
      warnings: ['The Shed light no longer exists.'],
    });
    const onDone = vi.fn();
    render(<CommandEditor data={data()} item={shed} onDone={onDone} />);
    save();
    const dialog = await screen.findByRole('dialog', { name: 'Save anyway?' });
    expect(dialog.textContent).toContain('You can save it anyway, and change it later.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(saved()?.[1]).toBe(false);
  });
});

describe('the setting word editor', () => {
  it('shows the fields of the chosen kind and saves temperatures in °C', async () => {
    render(<ConceptEditor data={data('F')} onDone={vi.fn()} />);
    expect(screen.queryByRole('textbox', { name: 'Brightness (%)' })).toBeNull();
    type('Word', 'cozy');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of device' }), {
      target: { value: 'climate' },
    });
    type('Temperature (°F)', '72');
    expect(await screen.findByText('“cozy” for thermostats means 72 °F.')).toBeTruthy();
    save();
    await waitFor(() => expect(saved()).toBeDefined());
    expect(saved()?.[0]).toMatchObject({
      kind: 'concept',
      source: 'form',
      word: 'cozy',
      domain: 'climate',
      settings: { temperature: 22.2 },
    });
  });
});
