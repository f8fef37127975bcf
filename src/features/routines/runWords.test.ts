import { describe, expect, it } from 'vitest';
import type { Run } from '../../domain/routines/run.ts';
import {
  changeCount,
  lastRunWords,
  runNowNotice,
  runOutcome,
  skipReason,
  whenHeading,
  whenWords,
} from './runWords.ts';

const TZ = 'Europe/London';
/** Tuesday 3 March 2026, 22:30 in London (UTC in winter). */
const AT = Date.UTC(2026, 2, 3, 22, 30);
const HOUR = 3_600_000;

function run(overrides: Partial<Run> = {}): Run {
  return {
    id: 'run-1',
    routineId: 'routine-1',
    routineName: 'Good night',
    trigger: 'at 22:30',
    startedAt: AT,
    status: 'done',
    conditions: [],
    steps: [],
    next: 0,
    depth: 0,
    ...overrides,
  };
}

describe('when a run was', () => {
  it('says today and yesterday in a sentence, dates otherwise', () => {
    expect(whenWords(AT, AT + HOUR, TZ)).toBe('today at 22:30');
    expect(whenWords(AT, AT + 24 * HOUR, TZ)).toBe('yesterday at 22:30');
    expect(whenWords(AT, AT + 5 * 24 * HOUR, TZ)).toBe('Tue 3 Mar at 22:30');
    expect(whenHeading(AT, AT, TZ)).toBe('Today at 22:30');
  });

  it("uses the home's time zone, not the computer's", () => {
    expect(whenWords(AT, AT, 'America/New_York')).toBe('today at 17:30');
  });
});

describe('runOutcome', () => {
  it('gives the failing conditions of a skipped run', () => {
    const skipped = run({
      status: 'skipped',
      conditions: [
        { ok: true, why: 'it is a weekday' },
        { ok: false, why: 'nobody is home' },
      ],
    });
    expect(runOutcome(skipped, TZ)).toBe('skipped: nobody is home');
    expect(skipReason(skipped)).toBe('nobody is home');
  });

  it('joins several reasons and has words when none was kept', () => {
    const conditions = [
      { ok: false, why: 'nobody is home' },
      { ok: false, why: 'it is 14:00, outside 22:00–06:00' },
    ];
    expect(skipReason(run({ status: 'skipped', conditions }))).toBe(
      'nobody is home and it is 14:00, outside 22:00–06:00',
    );
    expect(skipReason(run({ status: 'skipped' }))).toBe('its conditions were not met');
  });

  it('says until when a run waits, in the home time zone', () => {
    expect(runOutcome(run({ status: 'waiting', resumeAt: AT + 15 * 60_000 }), TZ)).toBe(
      'waiting until 22:45',
    );
  });

  it('gives the first failed step of a failed run', () => {
    const failed = run({
      status: 'failed',
      steps: [
        { index: 0, status: 'done', eventIds: ['e1'], at: AT },
        {
          index: 1,
          status: 'failed',
          detail: 'the Hall lamp is unavailable',
          eventIds: [],
          at: AT,
        },
      ],
    });
    expect(runOutcome(failed, TZ)).toBe('failed: the Hall lamp is unavailable');
  });

  it.each([
    ['missed', 'missed while the app was closed'],
    ['interrupted', 'interrupted: the app was closed while it was waiting'],
    ['done', 'done'],
  ] as const)('%s', (status, words) => {
    expect(runOutcome(run({ status }), TZ)).toBe(words);
  });
});

describe('lastRunWords', () => {
  it('says when and how the last run went', () => {
    expect(lastRunWords(run(), AT + HOUR, TZ)).toBe('Last ran today at 22:30 — done');
    expect(
      lastRunWords(
        run({ status: 'skipped', conditions: [{ ok: false, why: 'nobody is home' }] }),
        AT,
        TZ,
      ),
    ).toBe('Last ran today at 22:30 — skipped: nobody is home');
  });

  it('says a missed run was due rather than ran', () => {
    expect(lastRunWords(run({ status: 'missed' }), AT + 24 * HOUR, TZ)).toBe(
      'Last due yesterday at 22:30 — missed while the app was closed',
    );
  });

  it('says so when it never ran', () => {
    expect(lastRunWords(undefined, AT, TZ)).toBe('Never run yet');
  });
});

describe('runNowNotice', () => {
  it('counts the changes of a finished run', () => {
    const done = run({
      steps: [
        { index: 0, status: 'done', eventIds: ['a', 'b'], at: AT },
        { index: 1, status: 'done', eventIds: ['c'], at: AT },
      ],
    });
    expect(changeCount(done)).toBe(3);
    expect(runNowNotice(done, 'Good night', TZ)).toEqual({
      tone: 'success',
      title: '“Good night” ran',
      body: 'Done: it made 3 changes.',
    });
  });

  it('explains a skip, a wait and a run that never started', () => {
    const skipped = run({ status: 'skipped', conditions: [{ ok: false, why: 'nobody is home' }] });
    expect(runNowNotice(skipped, 'Good night', TZ)).toMatchObject({
      tone: 'info',
      body: 'Because nobody is home.',
    });
    expect(
      runNowNotice(run({ status: 'waiting', resumeAt: AT + 600_000 }), 'Good night', TZ).body,
    ).toBe('It is waiting until 22:40.');
    expect(runNowNotice(undefined, 'Good night', TZ).tone).toBe('error');
  });
});
