// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QUIET_AFTER_DECLINES } from '../../domain/awareness/followUps/choose.ts';
import { RULES } from '../../domain/awareness/followUps/rules.ts';
import { EMPTY_MEMORY, type AwarenessMemory } from '../../domain/awareness/types.ts';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { useNotices } from '../../stores/notifications.ts';
import { AssistantSettingsPanel } from './AssistantSettingsPanel.tsx';

const state = vi.hoisted(() => ({
  view: { ready: true, memory: {} as AwarenessMemory, historyDays: 0 },
}));
const actions = vi.hoisted(() => ({
  allowAutomatic: vi.fn(() => Promise.resolve()),
  askAgainAbout: vi.fn(() => Promise.resolve()),
  switchFollowUp: vi.fn(() => Promise.resolve()),
  offerHabitAgain: vi.fn(() => Promise.resolve()),
}));
vi.mock('../../stores/awareness.ts', () => ({
  useAwareness: (select: (s: typeof state.view) => unknown) => select(state.view),
  ...actions,
}));
const history = vi.hoisted(() => ({
  addHistory: vi.fn((weeks: number) => Promise.resolve({ events: weeks * 1234, from: 0, to: 1 })),
  MAX_HISTORY_WEEKS: 12,
}));
vi.mock('../../stores/historyActions.ts', () => history);
const home = demoHome(Date.UTC(2026, 10, 24, 21, 30));
vi.mock('../../persistence/hooks.ts', () => ({
  useHome: () => home,
  useHomeSettings: () => undefined,
}));

const quietRule = RULES[1]!;
beforeEach(() => {
  state.view = {
    ready: true,
    historyDays: 28,
    memory: {
      ...EMPTY_MEMORY,
      automatic: ['cover.garage_door'],
      neverAsk: ['light.porch'],
      followUps: {
        [RULES[0]!.id]: { offered: 5, accepted: 3, declined: 2, declinedInARow: 0 },
        [quietRule.id]: {
          offered: QUIET_AFTER_DECLINES,
          accepted: 0,
          declined: QUIET_AFTER_DECLINES,
          declinedInARow: QUIET_AFTER_DECLINES,
        },
      },
      habitNever: ['22:30|light.living_room_lamp:turn_off,lock.front_door:lock'],
    },
  };
  useNotices.setState({ notices: [] });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('Settings → Assistant', () => {
  it('lets the assistant act on its own per device, grouped by room', () => {
    render(<AssistantSettingsPanel />);
    const card = section('Put things right on its own');
    expect(card.getByRole('heading', { level: 3, name: 'Garage' })).toBeTruthy();
    const garage = card.getByRole('switch', { name: 'Act on its own: Garage door' });
    expect(garage.getAttribute('aria-checked')).toBe('true');
    const porch = card.getByRole('switch', { name: 'Act on its own: Porch light' });
    expect(porch.getAttribute('aria-checked')).toBe('false');
    expect(card.queryByRole('switch', { name: 'Act on its own: Living room blinds' })).toBeNull();
    fireEvent.click(porch);
    expect(actions.allowAutomatic).toHaveBeenCalledWith('light.porch', true);
    fireEvent.click(garage);
    expect(actions.allowAutomatic).toHaveBeenCalledWith('cover.garage_door', false);
  });

  it('lists the devices it won’t ask about, each with Ask again', () => {
    render(<AssistantSettingsPanel />);
    const card = section("Devices I won't ask about");
    expect(card.getByText('Porch light')).toBeTruthy();
    fireEvent.click(card.getByRole('button', { name: 'Ask again about Porch light' }));
    expect(actions.askAgainAbout).toHaveBeenCalledWith('light.porch');
  });

  it('says so when there is nothing it won’t ask or offer', () => {
    state.view.memory = { ...state.view.memory, neverAsk: [], habitNever: [] };
    render(<AssistantSettingsPanel />);
    expect(section("Devices I won't ask about").getByText(/None/)).toBeTruthy();
    expect(section("Habits I won't offer").getByText(/None/)).toBeTruthy();
  });

  it('shows each suggestion after requests with how it was received', () => {
    render(<AssistantSettingsPanel />);
    const card = section('Suggestions after requests');
    expect(card.getAllByRole('switch')).toHaveLength(RULES.length);
    const first = within(screen.getByTestId(`follow-up-${RULES[0]!.id}`));
    expect(first.getByText('Accepted 3 of 5 times.')).toBeTruthy();
    expect(
      first.getByRole('switch', { name: `Offer: ${RULES[0]!.title}` }).getAttribute('aria-checked'),
    ).toBe('true');
    const quiet = within(screen.getByTestId(`follow-up-${quietRule.id}`));
    const offer = quiet.getByRole('switch', { name: `Offer: ${quietRule.title}` });
    expect(offer.getAttribute('aria-checked')).toBe('false');
    expect(
      quiet.getByText(/Went quiet on its own after you said no 3 times in a row/),
    ).toBeTruthy();
    fireEvent.click(offer);
    expect(actions.switchFollowUp).toHaveBeenCalledWith(quietRule.id, true);
  });

  it('lists refused habits in words, each with Offer again', () => {
    render(<AssistantSettingsPanel />);
    const card = section("Habits I won't offer");
    fireEvent.click(card.getByRole('button', { name: /^Offer again: Between 22:30 and 23:00/ }));
    expect(actions.offerHabitAgain).toHaveBeenCalledWith(
      '22:30|light.living_room_lamp:turn_off,lock.front_door:lock',
    );
  });

  it('adds weeks of history and says how many events', async () => {
    render(<AssistantSettingsPanel />);
    const card = section('History to learn from');
    expect(card.getByText('The assistant has 28 days of history to learn from.')).toBeTruthy();
    const weeks = card.getByRole('combobox', { name: 'Weeks' }) as HTMLSelectElement;
    expect(weeks.value).toBe('4');
    expect(card.getByRole('button', { name: 'Add 4 weeks of history' })).toBeTruthy();
    fireEvent.change(weeks, { target: { value: '2' } });
    fireEvent.click(card.getByRole('button', { name: 'Add 2 weeks of history' }));
    expect(history.addHistory).toHaveBeenCalledWith(2);
    await waitFor(() =>
      expect(useNotices.getState().notices.at(-1)).toMatchObject({
        tone: 'success',
        title: 'Added 2 weeks of history',
        body: expect.stringContaining('2,468 events') as string,
      }),
    );
  });

  it('keeps the switches still until the assistant has read its memory', () => {
    state.view.ready = false;
    render(<AssistantSettingsPanel />);
    expect(screen.getByRole('status').textContent).toMatch(/reading the history/);
    const porch = screen.getByRole('switch', { name: 'Act on its own: Porch light' });
    expect((porch as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByText(/days of history to learn from/)).toBeNull();
  });
});
