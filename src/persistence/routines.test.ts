import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Routine } from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import { openDatabase, type TeachableHomeDb } from './db.ts';
import { readHome } from './home.ts';
import { resetDatabase } from './scenario.ts';
import { T0, freshDb, sampleHome } from './testing.ts';
import {
  RUNS_KEPT,
  VERSIONS_KEPT,
  countRuns,
  deleteRoutine,
  getRoutine,
  listRoutines,
  listRuns,
  listVersions,
  restoreVersion,
  saveRoutine,
  saveRun,
  setRoutineEnabled,
  undoDeleteRoutine,
  waitingRuns,
} from './routines.ts';

function routine(overrides: Partial<Routine> = {}): Routine {
  return {
    id: 'good_night',
    name: 'Good night',
    enabled: true,
    triggers: [{ type: 'phrase', phrases: ['good night'] }],
    conditionMode: 'all',
    conditions: [],
    actions: [
      {
        type: 'control',
        target: { kind: 'area', areaId: 'kitchen', domain: 'light' },
        command: 'turn_off',
      },
    ],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function run(i: number, overrides: Partial<Run> = {}): Run {
  return {
    id: `run-${i}`,
    routineId: 'good_night',
    routineName: 'Good night',
    trigger: "you said 'good night'",
    startedAt: T0 + i * 1000,
    status: 'done',
    conditions: [{ ok: true, why: 'someone is home' }],
    steps: [{ index: 0, status: 'done', eventIds: [`ev-${i}`], at: T0 + i * 1000 }],
    next: 1,
    depth: 0,
    parent: { kind: 'voice', utterance: 'good night' },
    ...overrides,
  };
}

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = undefined;
});

describe('the database upgrade to version 3', () => {
  it('adds the routine tables and keeps everything a version 2 database held', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-from-v2';
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
    v2.version(1).stores({
      floors: 'id',
      areas: 'id',
      entities: 'id, domain, area',
      events: '++seq, &id, at, [entityId+at], [area+at], [causeKind+at]',
      settings: 'key',
    });
    v2.version(2).stores({ turns: '++seq, &id' });
    await v2.table('floors').bulkAdd(sampleHome.floors);
    await v2.table('areas').bulkAdd(sampleHome.areas);
    await v2.table('entities').bulkAdd(sampleHome.entities);
    await v2.table('turns').add({
      id: 'turn-1',
      at: T0,
      text: 'hello',
      reply: 'Hello!',
      outcome: 'said',
      explanation: { understood: '', intent: '', slots: {}, targets: [], changes: [], reasons: [] },
      interpretation: { intent: 'HassNevermind', slots: {}, targets: [] },
    });
    v2.close();

    db = openDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3); // and any later version on top
    expect((await readHome(db)).entities).toHaveLength(sampleHome.entities.length);
    expect((await db.turns.toArray()).map((t) => t.id)).toEqual(['turn-1']);
    expect(await listRoutines(db)).toEqual([]);
    await saveRoutine(db, routine(), T0);
    expect(await listRoutines(db)).toHaveLength(1);
  });
});

describe('routines', () => {
  it('are saved, listed by name and read back, each save kept as a version', async () => {
    db = freshDb();
    await saveRoutine(db, routine({ id: 'morning', name: 'Wake up' }), T0);
    await saveRoutine(db, routine(), T0 + 1);
    const renamed = await saveRoutine(db, routine({ name: 'Bedtime', createdAt: 999 }), T0 + 2);
    expect(renamed).toMatchObject({ name: 'Bedtime', createdAt: T0, updatedAt: T0 + 2 });
    expect((await listRoutines(db)).map((r) => r.name)).toEqual(['Bedtime', 'Wake up']);
    expect(await getRoutine(db, 'good_night')).toEqual(renamed);
    expect(await getRoutine(db, 'nope')).toBeUndefined();

    const versions = await listVersions(db, 'good_night');
    expect(versions.map((v) => [v.routine.name, v.savedAt])).toEqual([
      ['Bedtime', T0 + 2],
      ['Good night', T0 + 1],
    ]);
    expect(await listVersions(db, 'morning')).toHaveLength(1);
  });

  it('are refused, saving nothing, when invalid', async () => {
    db = freshDb();
    await expect(saveRoutine(db, routine({ actions: [] }), T0)).rejects.toThrow(
      /Refusing to save invalid routine/,
    );
    expect(await db.routines.count()).toBe(0);
    expect(await db.routineVersions.count()).toBe(0);
  });

  it(`keep the last ${VERSIONS_KEPT} versions, dropping the oldest`, async () => {
    db = freshDb();
    for (let i = 0; i < VERSIONS_KEPT + 3; i++)
      await saveRoutine(db, routine({ name: `Take ${i}` }), T0 + i);
    await saveRoutine(db, routine({ id: 'other' }), T0);
    const versions = await listVersions(db, 'good_night');
    expect(versions).toHaveLength(VERSIONS_KEPT);
    expect(versions[0]?.routine.name).toBe(`Take ${VERSIONS_KEPT + 2}`);
    expect(versions.at(-1)?.routine.name).toBe('Take 3');
    expect(await listVersions(db, 'other')).toHaveLength(1);
  });

  it('keep the version found in the table when it has no history yet', async () => {
    db = freshDb();
    await db.routines.put(routine({ name: 'Written by an older build' }));
    await saveRoutine(db, routine(), T0 + 5);
    expect((await listVersions(db, 'good_night')).map((v) => v.routine.name)).toEqual([
      'Good night',
      'Written by an older build',
    ]);
  });

  it('restore an earlier version as a new save, keeping the enabled switch', async () => {
    db = freshDb();
    await saveRoutine(db, routine({ name: 'First' }), T0);
    await saveRoutine(db, routine({ name: 'Second' }), T0 + 1);
    await setRoutineEnabled(db, 'good_night', false, T0 + 2);
    const first = (await listVersions(db, 'good_night')).at(-1)!;
    const restored = await restoreVersion(db, 'good_night', first.seq, T0 + 3);
    expect(restored).toMatchObject({ name: 'First', enabled: false, updatedAt: T0 + 3 });
    expect(await getRoutine(db, 'good_night')).toEqual(restored);
    expect((await listVersions(db, 'good_night')).map((v) => v.routine.name)).toEqual([
      'First',
      'Second',
      'First',
    ]);
    await saveRoutine(db, routine({ id: 'other' }), T0);
    const other = (await listVersions(db, 'other'))[0]!;
    await expect(restoreVersion(db, 'good_night', other.seq, T0)).rejects.toThrow(/no longer/);
  });

  it('can be deleted and the deletion undone', async () => {
    db = freshDb();
    await saveRoutine(db, routine(), T0);
    expect(await deleteRoutine(db, 'good_night', T0 + 1)).toBe(true);
    expect(await listRoutines(db)).toEqual([]);
    expect(await getRoutine(db, 'good_night')).toBeUndefined();
    expect((await db.routines.get('good_night'))?.deletedAt).toBe(T0 + 1);
    expect(await setRoutineEnabled(db, 'good_night', false, T0 + 2)).toBe(false);
    expect(await undoDeleteRoutine(db, 'good_night')).toBe(true);
    expect(await getRoutine(db, 'good_night')).toEqual(routine({ createdAt: T0, updatedAt: T0 }));
    expect(await listVersions(db, 'good_night')).toHaveLength(1);
    expect(await deleteRoutine(db, 'missing', T0)).toBe(false);
  });

  it('are switched on and off without a new version', async () => {
    db = freshDb();
    await saveRoutine(db, routine(), T0);
    expect(await setRoutineEnabled(db, 'good_night', false, T0 + 1)).toBe(true);
    expect(await getRoutine(db, 'good_night')).toMatchObject({ enabled: false, updatedAt: T0 + 1 });
    expect(await listVersions(db, 'good_night')).toHaveLength(1);
    expect(await setRoutineEnabled(db, 'missing', true, T0)).toBe(false);
  });

  it('leave a broken row out instead of failing, and say so', async () => {
    db = freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveRoutine(db, routine(), T0);
    await db.routines.put({ ...routine({ id: 'broken' }), triggers: 'often' } as never);
    await db.routineVersions.add({ routineId: 'good_night', savedAt: 1, routine: {} } as never);
    expect((await listRoutines(db)).map((r) => r.id)).toEqual(['good_night']);
    expect(await getRoutine(db, 'broken')).toBeUndefined();
    expect(await listVersions(db, 'good_night')).toHaveLength(1);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/broken routine/);
  });

  it('are cleared by loading a scenario', async () => {
    db = freshDb();
    await saveRoutine(db, routine(), T0);
    await saveRun(db, run(1));
    await resetDatabase(db, { scenario: 'test', home: sampleHome, now: T0 });
    expect(await db.routines.count()).toBe(0);
    expect(await db.routineVersions.count()).toBe(0);
    expect(await countRuns(db, 'good_night')).toBe(0);
  });
});

describe('runs', () => {
  it('are stored, updated in place and listed newest first', async () => {
    db = freshDb();
    await saveRun(db, run(1));
    await saveRun(db, run(2, { status: 'waiting', resumeAt: T0 + 60_000 }));
    await saveRun(db, run(3, { routineId: 'other' }));
    await saveRun(db, run(2, { status: 'done' }));
    expect(await countRuns(db, 'good_night')).toBe(2);
    const runs = await listRuns(db, 'good_night', 10);
    expect(runs.map((r) => [r.id, r.status])).toEqual([
      ['run-2', 'done'],
      ['run-1', 'done'],
    ]);
    expect(runs[1]).toEqual(run(1));
    expect((await listRuns(db, 'good_night', 1)).map((r) => r.id)).toEqual(['run-2']);
  });

  it(`keep ${RUNS_KEPT} per routine, the oldest finished ones dropped first`, async () => {
    db = freshDb();
    await saveRun(db, run(0, { status: 'waiting', resumeAt: T0 + 1e9 }));
    for (let i = 1; i < RUNS_KEPT; i++) await saveRun(db, run(i));
    expect(await countRuns(db, 'good_night')).toBe(RUNS_KEPT);
    expect(await saveRun(db, run(RUNS_KEPT))).toEqual({ dropped: 1 });
    expect(await saveRun(db, run(RUNS_KEPT + 1))).toEqual({ dropped: 1 });
    expect(await countRuns(db, 'good_night')).toBe(RUNS_KEPT);
    const ids = (await listRuns(db, 'good_night', RUNS_KEPT)).map((r) => r.id);
    // The waiting run is the oldest, yet kept; runs 1 and 2 were the oldest finished.
    expect(ids).toContain('run-0');
    expect(ids).not.toContain('run-1');
    expect(ids).not.toContain('run-2');
    expect(ids[0]).toBe(`run-${RUNS_KEPT + 1}`);
  });

  it('that are waiting are listed for the runner, soonest due first', async () => {
    db = freshDb();
    await saveRun(db, run(1, { status: 'waiting', resumeAt: T0 + 90_000 }));
    await saveRun(db, run(2, { routineId: 'other', status: 'waiting', resumeAt: T0 + 30_000 }));
    await saveRun(db, run(3));
    await saveRun(db, run(4, { status: 'interrupted' }));
    expect((await waitingRuns(db)).map((r) => r.id)).toEqual(['run-2', 'run-1']);
  });

  it('are refused when invalid, and a broken stored one is left out with a warning', async () => {
    db = freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(saveRun(db, run(1, { status: 'exploded' } as never))).rejects.toThrow(
      /Refusing to save invalid run/,
    );
    await saveRun(db, run(1, { status: 'waiting', resumeAt: T0 }));
    await db.routineRuns.put({ ...run(2, { status: 'waiting' }), steps: 'many' } as never);
    expect((await listRuns(db, 'good_night', 10)).map((r) => r.id)).toEqual(['run-1']);
    expect((await waitingRuns(db)).map((r) => r.id)).toEqual(['run-1']);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/broken run/);
  });
});
