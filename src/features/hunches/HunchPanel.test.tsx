// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { HomeEvent } from '../../domain/activity/event.ts';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { draftFromParam } from '../../domain/routines/draftLink.ts';
import { useClock } from '../../stores/clock.ts';
import HunchPanel from './HunchPanel.tsx';
import { bedtimeHabit, garageHunch, NOW, porchHunch } from './testing.ts';

// The panel reads the awareness store and calls its actions; the test stands in for both, with a
// real zustand store so that removing a card re-renders the panel as the app would.
const awareness = vi.hoisted(() => ({
  acceptHunch: vi.fn(),
  declineHunch: vi.fn(),
  dismissHabit: vi.fn(),
  undoAutomatic: vi.fn(),
}));
vi.mock('../../stores/awareness.ts', async () => {
  const { create } = await import('zustand');
  const { EMPTY_MEMORY } = await import('../../domain/awareness/types.ts');
  const useAwareness = create(() => ({
    ready: true,
    hunches: [] as unknown[],
    habits: [] as unknown[],
    automatic: [] as unknown[],
    memory: EMPTY_MEMORY,
    historyDays: 28,
  }));
  return { useAwareness, ...awareness };
});
const home = demoHome(NOW);
vi.mock('../../persistence/hooks.ts', () => ({
  useHome: () => home,
  useHomeSettings: () => undefined,
}));
const { useAwareness } = await import('../../stores/awareness.ts');

const closedByItself: HomeEvent = {
  id: 'event-7',
  at: NOW - 20 * 60_000,
  entityId: 'cover.garage_door',
  entityName: 'Garage door',
  domain: 'cover',
  area: 'garage',
  changes: [{ key: 'state', from: 'open', to: 'closed' }],
  cause: {
    kind: 'automatic',
    reason:
      'The Garage door is usually closed by now — it was closed at this time on 13 of the last 14 days.',
  },
};

/** What the store does on an answer: the card goes at once. */
function removing() {
  awareness.undoAutomatic.mockResolvedValue(undefined);
  awareness.acceptHunch.mockImplementation((h: { id: string }) => {
    useAwareness.setState((s) => ({ hunches: s.hunches.filter((x) => x.id !== h.id) }));
    return Promise.resolve();
  });
  awareness.declineHunch.mockImplementation((h: { id: string }) => {
    useAwareness.setState((s) => ({ hunches: s.hunches.filter((x) => x.id !== h.id) }));
    return Promise.resolve();
  });
  awareness.dismissHabit.mockImplementation((o: { id: string }) => {
    useAwareness.setState((s) => ({ habits: s.habits.filter((x) => x.id !== o.id) }));
    return Promise.resolve();
  });
}

beforeEach(() => {
  useClock.setState({ now: NOW });
  useAwareness.setState({ hunches: [], habits: [], automatic: [] });
  removing();
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const card = (testId: string) => within(screen.getByTestId(testId));

describe('the assistant noticed', () => {
  it('shows nothing when there is nothing to show', () => {
    const { container } = render(<HunchPanel />);
    expect(container.innerHTML).toBe('');
  });

  it('shows a hunch with its evidence, its question and the three answers', () => {
    useAwareness.setState({ hunches: [garageHunch()] });
    render(<HunchPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'The assistant noticed' })).toBeTruthy();
    const article = screen.getByRole('article', { name: garageHunch().text });
    expect(article.dataset.testid).toBe('hunch-card-cover.garage_door');
    const garage = card('hunch-card-cover.garage_door');
    expect(garage.getByText('Close it?')).toBeTruthy();
    fireEvent.click(garage.getByRole('button', { name: 'Yes' }));
    expect(awareness.acceptHunch).toHaveBeenCalledWith(garageHunch());
  });

  it('passes on "Not now" and "Don\'t ask about this device"', () => {
    useAwareness.setState({ hunches: [garageHunch(), porchHunch()] });
    render(<HunchPanel />);
    fireEvent.click(card('hunch-card-light.porch').getByRole('button', { name: 'Not now' }));
    expect(awareness.declineHunch).toHaveBeenLastCalledWith(porchHunch(), 'not-now');
    fireEvent.click(
      card('hunch-card-cover.garage_door').getByRole('button', {
        name: "Don't ask about this device",
      }),
    );
    expect(awareness.declineHunch).toHaveBeenLastCalledWith(garageHunch(), 'never');
  });

  it('opens "Why?" on the sampled days and since when', () => {
    useAwareness.setState({ hunches: [garageHunch()] });
    render(<HunchPanel />);
    const why = card('hunch-card-cover.garage_door').getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(within(panel).getByText('It has been open since 18:40.')).toBeTruthy();
    expect(within(panel).getByText('At this time on the last 14 days:')).toBeTruthy();
    const days = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('Mon 23 Nov: closed');
    expect(days[5]).toBe('Wed 18 Nov: open');
  });

  it('keeps the buttons disabled while an answer is being saved', async () => {
    let finish = () => undefined as void;
    awareness.declineHunch.mockImplementation(
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    useAwareness.setState({ hunches: [garageHunch()] });
    render(<HunchPanel />);
    const garage = card('hunch-card-cover.garage_door');
    fireEvent.click(garage.getByRole('button', { name: 'Not now' }));
    for (const name of ['Yes', 'Not now', "Don't ask about this device"])
      expect((garage.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
    expect((garage.getByRole('button', { name: 'Yes' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('offers a habit as a routine that opens in the editor filled in', () => {
    useAwareness.setState({ habits: [bedtimeHabit()] });
    render(<HunchPanel />);
    const offer = card(`habit-offer-${bedtimeHabit().id}`);
    expect(offer.getByText('You often do these around 22:30:')).toBeTruthy();
    const steps = offer.getByRole('list', { name: 'You often do these around 22:30:' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['set the Living room thermostat to 17 °C', 'turn off the Living room lamp']);
    const link = offer.getByRole('link', { name: 'Make a routine' });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('/routines/new?draft=')).toBe(true);
    const draft = draftFromParam(new URLSearchParams(href.split('?')[1]).get('draft'));
    expect(draft?.triggers[0]).toEqual({ type: 'time', at: '22:30', days: [1, 2, 3, 4] });
    expect(draft?.actions).toHaveLength(2);
    fireEvent.click(offer.getByRole('button', { name: 'Never ask' }));
    expect(awareness.dismissHabit).toHaveBeenCalledWith(bedtimeHabit(), 'never');
  });

  it('shows the strongest habits first and the rest on request', () => {
    const many = ['07:00', '08:00', '09:00', '10:00'].map((time) => ({
      ...bedtimeHabit(),
      id: `${time}|x`,
      time,
    }));
    useAwareness.setState({ habits: many });
    render(<HunchPanel />);
    const offers = () => screen.queryAllByTestId(/^habit-offer-/).map((c) => c.dataset.testid);
    expect(offers()).toEqual(['habit-offer-07:00|x', 'habit-offer-08:00|x']);
    const more = screen.getByRole('button', { name: 'Show 2 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(offers()).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('shows what it put right on its own, with the reason and Undo', () => {
    useAwareness.setState({ automatic: [closedByItself] });
    render(<HunchPanel />);
    const done = card('automatic-event-7');
    expect(done.getByText('Put right on my own: Garage door closed')).toBeTruthy();
    expect(done.getByText(/usually closed by now/)).toBeTruthy();
    fireEvent.click(done.getByRole('button', { name: 'Undo' }));
    expect(awareness.undoAutomatic).toHaveBeenCalledWith(closedByItself);
  });

  it('moves focus to the next card when one is answered, then to the heading', () => {
    useAwareness.setState({ hunches: [garageHunch(), porchHunch()] });
    render(<HunchPanel />);
    const yes = card('hunch-card-cover.garage_door').getByRole('button', { name: 'Yes' });
    yes.focus();
    fireEvent.click(yes);
    expect(document.activeElement).toBe(screen.getByTestId('hunch-card-light.porch'));
    const notNow = card('hunch-card-light.porch').getByRole('button', { name: 'Not now' });
    notNow.focus();
    fireEvent.click(notNow);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'The assistant noticed' }),
    );
    expect(screen.getByRole('status').textContent).toBe("That's everything for now.");
  });
});
