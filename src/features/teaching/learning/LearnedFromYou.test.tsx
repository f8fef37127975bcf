// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { EMPTY_LEARNING } from '../../../domain/learning/types.ts';
import type { TeachableHomeDb } from '../../../persistence/db.ts';
import { setDbForTests } from '../../../persistence/instance.ts';
import { getLearning, saveLearning } from '../../../persistence/learning.ts';
import {
  LEARN_T0,
  candidateRewrite,
  promotedRewrite,
  sampleLearning,
  sensitiveRewrite,
} from '../../../persistence/learningSamples.ts';
import { freshDb } from '../../../persistence/testing.ts';
import { startClock } from '../../../domain/clock/simClock.ts';
import { useClock } from '../../../stores/clock.ts';
import { useNotices } from '../../../stores/notifications.ts';
import { LearnedFromYou } from './LearnedFromYou.tsx';

// Dexie's liveQuery does not fire under happy-dom, so the live hook is stood in for by a poll of
// the same read: the page still reads and writes the real (fake-IndexedDB) database.
vi.mock('../../../persistence/learningHooks.ts', async () => {
  const { useEffect, useState } = await import('react');
  const { getLearning } = await import('../../../persistence/learning.ts');
  const { getDb } = await import('../../../persistence/instance.ts');
  return {
    useLearningState: () => {
      const [state, setState] = useState<Awaited<ReturnType<typeof getLearning>>>();
      useEffect(() => {
        let live = true;
        const read = () => void getLearning(getDb()).then((s) => live && setState(s));
        read();
        const timer = setInterval(read, 20);
        return () => {
          live = false;
          clearInterval(timer);
        };
      }, []);
      return state;
    },
  };
});

const TZ = 'Europe/London';
const NOW = LEARN_T0 + 5 * 86_400_000;
let db: TeachableHomeDb;

beforeEach(() => {
  db = freshDb();
  setDbForTests(db);
  useClock.getState().adopt(startClock(NOW, Date.now(), 1, true));
  useNotices.setState({ notices: [] });
});
afterEach(async () => {
  cleanup();
  setDbForTests(undefined);
  await db.delete();
});

const show = () => render(<LearnedFromYou timeZone={TZ} now={NOW} />);
const card = (id: string) =>
  within(
    screen
      .getAllByTestId('learned-rewrite')
      .find((el) => el.getAttribute('data-rewrite-id') === id)!,
  );
const section = (name: string) => within(screen.getByRole('region', { name }));

describe('learned from how you say things', () => {
  it('lists each rewrite in words with its standing and its evidence', async () => {
    await saveLearning(db, sampleLearning());
    show();
    await screen.findAllByTestId('learned-rewrite');
    const lamp = card(promotedRewrite.id);
    expect(
      lamp.getByRole('heading', {
        name: '“kill the big lamp” means “turn off the living room lamp”',
      }),
    ).toBeTruthy();
    expect(lamp.getByText('In use since 4 March · worked 4 times, went wrong once')).toBeTruthy();
    expect(lamp.getByText('How I learned it (twice)')).toBeTruthy();
    expect(
      lamp.getByText(
        '3 March, 18:00: you said “kill the big lamp”, then “turn off the living room lamp” worked.',
      ),
    ).toBeTruthy();
    // In use already: nothing to say yes to.
    expect(lamp.queryByRole('button', { name: /Use it now/ })).toBeNull();
    expect(
      card(candidateRewrite.id).getByText(
        "Heard once: I'll use it after one more time, or now if you say so",
      ),
    ).toBeTruthy();
    expect(
      card(sensitiveRewrite.id).getByText('Waits for your yes: it would unlock a door'),
    ).toBeTruthy();
    expect(
      section('Your choices').getByText(
        'When you ask for Wow, I play Wow by Kate Bush — you said “no, the Kate Bush one” on 3 March',
      ),
    ).toBeTruthy();
  });

  it('says how learning happens when nothing was learned yet', async () => {
    show();
    expect(
      await screen.findByText(/When I get something wrong and you say it another way, I'll offer/),
    ).toBeTruthy();
    expect(section('Your choices').getByText(/No choices yet/)).toBeTruthy();
  });

  it('forgets a rewrite, and Undo brings it back', async () => {
    await saveLearning(db, sampleLearning());
    show();
    await screen.findAllByTestId('learned-rewrite');
    fireEvent.click(
      card(promotedRewrite.id).getByRole('button', { name: 'Forget: kill the big lamp' }),
    );
    await waitFor(() => expect(screen.getAllByTestId('learned-rewrite')).toHaveLength(2));
    expect((await getLearning(db)).rewrites.map((r) => r.id)).not.toContain(promotedRewrite.id);
    expect(screen.getByText('Forgot “kill the big lamp”.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByTestId('learned-rewrite')).toHaveLength(3));
    expect((await getLearning(db)).rewrites).toContainEqual(promotedRewrite);
  });

  it('forgets a preference', async () => {
    await saveLearning(db, sampleLearning());
    show();
    await screen.findAllByTestId('learned-preference');
    const choices = section('Your choices');
    fireEvent.click(await choices.findByRole('button', { name: 'Forget: Wow by Kate Bush' }));
    await waitFor(() => expect(screen.queryAllByTestId('learned-preference')).toHaveLength(0));
    expect((await getLearning(db)).preferences).toEqual([]);
  });

  it('uses a waiting rewrite at once on the person’s yes, a sensitive one too', async () => {
    await saveLearning(db, sampleLearning());
    show();
    await screen.findAllByTestId('learned-rewrite');
    fireEvent.click(
      card(sensitiveRewrite.id).getByRole('button', { name: 'Use it now: let me in the front' }),
    );
    await waitFor(() =>
      expect(
        card(sensitiveRewrite.id).getByText(/^In use since 8 March \(you said yes\)/),
      ).toBeTruthy(),
    );
    const stored = (await getLearning(db)).rewrites.find((r) => r.id === sensitiveRewrite.id);
    expect(stored).toMatchObject({ status: 'promoted', confirmed: true, promotedAt: NOW });
    expect(card(sensitiveRewrite.id).queryByRole('button', { name: /Use it now/ })).toBeNull();
  });

  it('pauses and resumes learning with the switch, on by default', async () => {
    await saveLearning(db, EMPTY_LEARNING);
    show();
    const toggle = await screen.findByRole('switch', { name: 'Learn from how I rephrase' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(screen.getByTestId('learning-status').textContent).toBe(
        'Paused: I keep using what I learned but learn nothing new.',
      ),
    );
    expect((await getLearning(db)).paused).toBe(true);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    expect((await getLearning(db)).paused).toBe(false);
  });
});
