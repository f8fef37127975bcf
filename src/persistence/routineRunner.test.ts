import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../domain/home/execute.ts';
import type { Home } from '../domain/home/model.ts';
import type { Run } from '../domain/routines/run.ts';
import type { TeachableHomeDb } from './db.ts';
import { readHome } from './home.ts';
import {
  getRunnerState,
  restartRunner,
  rewindRunner,
  runnerStep,
  saveRunnerState,
  type RunnerState,
} from './routineRunner.ts';
import { saveRoutine, saveRun } from './routines.ts';
import { T0, dump, seededDb } from './testing.ts';

function run(id: string, overrides: Partial<Run> = {}): Run {
  return {
    id,
    routineId: 'r',
    routineName: 'R',
    trigger: 'at 08:00',
    startedAt: T0,
    status: 'done',
    conditions: [],
    steps: [],
    next: 1,
    depth: 0,
    ...overrides,
  };
}

const held: RunnerState['held'][number] = {
  routineId: 'r',
  trigger: { type: 'state', entityId: 'switch.kettle', to: 'on', forSeconds: 60 },
  at: T0 + 60_000,
  words: 'the Kettle has been on for 1 minute',
  depth: 0,
  parent: { kind: 'manual' },
};

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('runnerStep', () => {
  it('hands the step the stored home, routines, settings, waiting runs and state', async () => {
    db = await seededDb();
    await saveRoutine(
      db,
      {
        id: 'r',
        name: 'R',
        enabled: true,
        triggers: [{ type: 'phrase', phrases: ['r'] }],
        conditionMode: 'all',
        conditions: [],
        actions: [{ type: 'notify', title: 'R' }],
        createdAt: T0,
        updatedAt: T0,
      },
      T0,
    );
    await saveRun(db, run('done-1'));
    await saveRun(db, run('wait-2', { status: 'waiting', resumeAt: T0 + 2000 }));
    await saveRun(db, run('wait-1', { status: 'waiting', resumeAt: T0 + 1000 }));
    await saveRunnerState(db, { until: T0, held: [held] });

    const seen = await runnerStep(db, (input) => {
      expect(input.routines.map((r) => r.id)).toEqual(['r']);
      expect(input.settings.location.timeZone).toBe('Europe/London');
      // Soonest due first; finished runs are not handed over.
      expect(input.waiting.map((r) => r.id)).toEqual(['wait-1', 'wait-2']);
      expect(input.state).toEqual({ until: T0, held: [held] });
      return { home: input.home, events: [], runs: [] };
    });
    expect(seen.runs).toEqual([]);
  });

  it('writes the home, its events, the runs and the state together', async () => {
    db = await seededDb();
    await runnerStep(db, (input) => {
      const result = execute(
        input.home,
        [{ entityId: 'switch.kettle', type: 'turn_on' }],
        { kind: 'routine', routineId: 'r', routineName: 'R', trigger: 'x', runId: 'run-1' },
        T0,
      );
      return { ...result, runs: [run('run-1')], state: { until: T0 + 5, held: [held] } };
    });
    expect((await readHome(db)).entities.find((e) => e.id === 'switch.kettle')?.state).toBe('on');
    expect(await db.events.count()).toBe(1);
    expect((await db.routineRuns.toArray()).map((r) => r.id)).toEqual(['run-1']);
    expect(await getRunnerState(db)).toEqual({ until: T0 + 5, held: [held] });
  });

  it('writes nothing when the step throws or returns something invalid', async () => {
    db = await seededDb();
    const before = await dump(db);
    const turnOn = (home: Home) =>
      execute(home, [{ entityId: 'switch.kettle', type: 'turn_on' }], { kind: 'manual' }, T0);

    await expect(
      runnerStep(db, (input) => {
        turnOn(input.home);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await dump(db)).toBe(before);

    // A run that cannot be stored undoes the home's change made in the same step.
    await expect(
      runnerStep(db, (input) => ({ ...turnOn(input.home), runs: [run('')] })),
    ).rejects.toThrow();
    expect(await dump(db)).toBe(before);

    // So does a runner state that cannot be stored.
    await expect(
      runnerStep(db, (input) => ({
        ...turnOn(input.home),
        runs: [run('ok')],
        state: { until: T0, held: [{ ...held, depth: -1 }] },
      })),
    ).rejects.toThrow();
    expect(await dump(db)).toBe(before);
  });
});

describe('rewindRunner and restartRunner', () => {
  it('rewind moves "until" back only, keeping held triggers', async () => {
    db = await seededDb();
    await rewindRunner(db, T0);
    expect(await getRunnerState(db)).toBeUndefined();

    await saveRunnerState(db, { until: T0 + 10_000, held: [held] });
    await rewindRunner(db, T0 + 20_000);
    expect((await getRunnerState(db))?.until).toBe(T0 + 10_000);
    await rewindRunner(db, T0);
    expect(await getRunnerState(db)).toEqual({ until: T0, held: [held] });
  });

  it('restart places "until" anywhere, forwards too, only once the runner has started', async () => {
    db = await seededDb();
    await restartRunner(db, T0);
    expect(await getRunnerState(db)).toBeUndefined();

    await saveRunnerState(db, { until: T0, held: [] });
    await restartRunner(db, T0 + 86_400_000);
    expect(await getRunnerState(db)).toEqual({ until: T0 + 86_400_000, held: [] });
  });
});
