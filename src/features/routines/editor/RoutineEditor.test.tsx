// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { RoutineEditor } from './RoutineEditor.tsx';

// The editor's only way to the database is through these actions: the test stands in for them.
const actions = vi.hoisted(() => ({
  checkRoutine: vi.fn(),
  saveRoutineChecked: vi.fn(),
  tryRoutine: vi.fn(),
  RoutineRefused: class RoutineRefused extends Error {},
}));
vi.mock('../../../stores/routineActions.ts', () => actions);

const home = demoHome(Date.UTC(2026, 10, 23, 19, 30));

const routine = (over: Partial<Routine>): Routine => ({
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

function open(initial: Routine, unit: TemperatureUnit = 'C') {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <RoutineEditor
      initial={initial}
      isNew={false}
      draftSlot={initial.id}
      home={home}
      routines={[initial]}
      unit={unit}
      onSaved={onSaved}
      onCancel={onCancel}
    />,
  );
  return { onSaved, onCancel };
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save routine' }));
const saved = () => actions.saveRoutineChecked.mock.calls[0]?.[0] as Routine;

beforeEach(() => {
  actions.checkRoutine.mockResolvedValue({ errors: [], warnings: [] });
  actions.saveRoutineChecked.mockImplementation((r: Routine) => Promise.resolve(r));
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  // What one test typed is kept as a draft: the next one starts without it.
  localStorage.clear();
});

describe('RoutineEditor', () => {
  it('refuses an unfinished routine with the problems in words, counted at the top', async () => {
    open(
      routine({
        name: '',
        triggers: [{ type: 'phrase', phrases: [''] }],
        actions: [{ type: 'control', target: { kind: 'entity', entityId: '' }, command: '' }],
      }) as Routine,
    );
    save();
    expect(await screen.findByText('3 things need fixing')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step 1: Choose a device' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Name: Give the routine a name' })).toBeTruthy();
    // …and each next to its field.
    expect(screen.getByText('Give the routine a name')).toBeTruthy();
    expect(screen.getByText('Write the phrase, or remove it')).toBeTruthy();
    expect(screen.getByLabelText('Phrase 1').getAttribute('aria-invalid')).toBe('true');
    expect(actions.checkRoutine).not.toHaveBeenCalled();
    expect(actions.saveRoutineChecked).not.toHaveBeenCalled();
  });

  it('saves a temperature typed in °F as °C, then hands the saved routine back', async () => {
    const { onSaved } = open(
      routine({
        actions: [
          {
            type: 'control',
            target: { kind: 'entity', entityId: 'climate.living_room' },
            command: 'set_temperature',
            value: 17,
          },
        ],
      }),
      'F',
    );
    const field = screen.getByLabelText('Temperature (°F)') as HTMLInputElement;
    expect(field.value).toBe('62.6');
    fireEvent.change(field, { target: { value: '64.4' } });
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(saved().actions[0]).toMatchObject({ command: 'set_temperature', value: 18 });
    expect(actions.checkRoutine).toHaveBeenCalledWith(saved());
    expect(onSaved).toHaveBeenCalledWith(saved());
  });

  it('asks before saving over a warning, and refuses a loop', async () => {
    actions.checkRoutine.mockResolvedValueOnce({
      errors: [],
      warnings: ['“good night” is also a phrase of your routine “Bedtime”.'],
    });
    const { onSaved } = open(routine({}));
    save();
    const dialog = await screen.findByRole('dialog', { name: 'Save anyway?' });
    expect(within(dialog).getByText(/also a phrase of your routine/)).toBeTruthy();
    expect(actions.saveRoutineChecked).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());

    actions.checkRoutine.mockResolvedValueOnce({
      errors: ['“Good night” runs “Bedtime”, which runs “Good night” again.'],
      warnings: [],
    });
    save();
    expect(await screen.findByText('This routine can’t be saved')).toBeTruthy();
    expect(screen.getByText(/which runs “Good night” again/)).toBeTruthy();
    expect(actions.saveRoutineChecked).toHaveBeenCalledTimes(1);
  });

  it('reorders, duplicates, switches off and removes steps', async () => {
    open(
      routine({
        actions: [
          { type: 'say', text: 'First' },
          { type: 'say', text: 'Second' },
        ],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate step 2' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Use this step (step 1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 3' }));
    expect(screen.getByTestId('action-row-1')).toBeTruthy();
    expect(screen.queryByTestId('action-row-2')).toBeNull();
    save();
    await waitFor(() => expect(actions.saveRoutineChecked).toHaveBeenCalled());
    expect(saved().actions).toEqual([
      { type: 'say', text: 'Second', disabled: true },
      { type: 'say', text: 'First' },
    ]);
  });

  it('lists devices by name in their rooms, never by id, and says the routine in words', () => {
    open(
      routine({
        triggers: [{ type: 'state', entityId: 'binary_sensor.front_door', to: 'on' }],
      }),
    );
    const device = within(screen.getByTestId('trigger-row-0')).getByLabelText('Device');
    const option = within(device).getByRole('option', { name: 'Front door sensor' });
    expect(option.closest('optgroup')?.getAttribute('label')).toBe('Hallway');
    expect((device as HTMLSelectElement).value).toBe('binary_sensor.front_door');
    expect(device.textContent).not.toMatch(/binary_sensor|light\./);
    expect(screen.getByTestId('routine-summary').textContent).toBe(
      "When the Front door sensor opens: say 'Sleep well'.",
    );
  });
});
