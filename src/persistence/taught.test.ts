import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type TeachableHomeDb } from './db.ts';
import { listRoutines } from './routines.ts';
import { resetDatabase } from './scenario.ts';
import {
  deleteTaught,
  getTaught,
  listTaught,
  saveTaught,
  taughtLabel,
  undoDeleteTaught,
  vocabulary,
} from './taught.ts';
import { sampleCommand, sampleConcept, sampleName, seedTaught } from './taughtSamples.ts';
import { T0, freshDb, sampleHome } from './testing.ts';
import { sampleRoutine } from './backup/routineSamples.ts';

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = undefined;
});

describe('the database upgrade to version 4', () => {
  it('adds the taught table and keeps the routines a version 3 database held', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-from-v3';
    const v3 = new Dexie(name, { indexedDB, IDBKeyRange });
    v3.version(1).stores({
      floors: 'id',
      areas: 'id',
      entities: 'id, domain, area',
      events: '++seq, &id, at, [entityId+at], [area+at], [causeKind+at]',
      settings: 'key',
    });
    v3.version(2).stores({ turns: '++seq, &id' });
    v3.version(3).stores({
      routines: 'id',
      routineVersions: '++seq, [routineId+seq]',
      routineRuns: 'id, [routineId+startedAt], status',
    });
    await v3.table('routines').put(sampleRoutine());
    v3.close();

    db = openDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4); // and any later version on top
    expect((await listRoutines(db)).map((r) => r.id)).toEqual(['good_night']);
    expect(await listTaught(db)).toEqual([]);
    await saveTaught(db, sampleCommand(), T0);
    expect(await listTaught(db)).toHaveLength(1);
  });
});

describe('taught items', () => {
  it('are saved, listed by kind then name, and read back', async () => {
    db = freshDb();
    await seedTaught(db);
    const items = await listTaught(db);
    expect(items.map((i) => [i.kind, taughtLabel(i)])).toEqual([
      ['command', 'cinema time'],
      ['concept', 'study mode'],
      ['name', 'the big light'],
      ['name', "the kids' room"],
    ]);
    expect(await getTaught(db, 'study_mode')).toEqual(
      sampleConcept({ taughtAt: T0, updatedAt: T0 + 300 }),
    );
    expect(await getTaught(db, 'nope')).toBeUndefined();
  });

  it('keep when they were first taught, and when they were last changed', async () => {
    db = freshDb();
    await saveTaught(db, sampleCommand({ taughtAt: T0 + 5 }), T0 + 10);
    const renamed = await saveTaught(
      db,
      sampleCommand({ phrases: ['film night'], taughtAt: 999 }),
      T0 + 20,
    );
    expect(renamed).toMatchObject({
      phrases: ['film night'],
      taughtAt: T0 + 5,
      updatedAt: T0 + 20,
    });
    expect(await getTaught(db, 'movie_mode')).toEqual(renamed);
    expect(await db.taught.count()).toBe(1);
  });

  it('are refused, saving nothing, when invalid, in plain words', async () => {
    db = freshDb();
    await expect(saveTaught(db, sampleCommand({ phrases: [] }), T0)).rejects.toThrow(
      'This taught command could not be saved: phrases: add a phrase.',
    );
    await expect(saveTaught(db, sampleConcept({ settings: {} }), T0)).rejects.toThrow(
      'This taught word could not be saved: settings: choose at least one setting.',
    );
    await expect(saveTaught(db, sampleName({ name: '   ' }), T0)).rejects.toThrow(
      'This taught name could not be saved: name: must not be empty.',
    );
    await expect(saveTaught(db, { ...sampleName(), kind: 'alias' } as never, T0)).rejects.toThrow(
      /^This taught item could not be saved: kind: must be one of/,
    );
    expect(await db.taught.count()).toBe(0);
  });

  it('can be deleted and the deletion undone', async () => {
    db = freshDb();
    await seedTaught(db);
    expect(await deleteTaught(db, 'study_mode', T0 + 1000)).toBe(true);
    expect((await listTaught(db)).map((i) => i.id)).not.toContain('study_mode');
    expect(await getTaught(db, 'study_mode')).toBeUndefined();
    expect((await db.taught.get('study_mode'))?.deletedAt).toBe(T0 + 1000);
    expect((await vocabulary(db)).concepts).toEqual([]);

    expect(await undoDeleteTaught(db, 'study_mode')).toBe(true);
    expect(await getTaught(db, 'study_mode')).toEqual(sampleConcept({ updatedAt: T0 + 300 }));
    expect((await vocabulary(db)).concepts.map((c) => c.id)).toEqual(['study_mode']);
    expect(await deleteTaught(db, 'missing', T0)).toBe(false);
    expect(await undoDeleteTaught(db, 'missing')).toBe(false);
  });

  it('come back when a deleted one is saved again', async () => {
    db = freshDb();
    await seedTaught(db);
    await saveTaught(db, sampleCommand({ id: 'party', phrases: ['party time'] }), T0 + 900);
    expect(await getTaught(db, 'party')).toMatchObject({ taughtAt: T0, updatedAt: T0 + 900 });
    expect('deletedAt' in (await db.taught.get('party'))!).toBe(false);
  });

  it('are repaired on read when the fix is clear, and left out otherwise, saying so', async () => {
    db = freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveTaught(db, sampleName(), T0);
    await db.taught.bulkPut([
      { ...sampleConcept({ settings: { brightness: 150 } }), colour: 'red' } as never,
      { ...sampleCommand(), steps: 'lots' } as never,
      { ...sampleName({ id: 'odd' }), kind: 'nickname' } as never,
    ]);
    expect(await listTaught(db)).toEqual([
      sampleConcept({ settings: { brightness: 100 } }),
      sampleName(),
    ]);
    expect(await getTaught(db, 'movie_mode')).toBeUndefined();
    const said = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(said).toMatch(/Repaired a stored taught item \("study_mode"\): .*brightness: 150 → 100/);
    expect(said).toMatch(/removed unknown field\(s\) colour/);
    expect(said).toMatch(/Left a broken taught item \("movie_mode"\) out: steps: must be a list/);
    expect(said).toMatch(/Left a broken taught item \("odd"\) out/);
  });

  it('make up the vocabulary: the live ones, split by kind', async () => {
    db = freshDb();
    expect(await vocabulary(db)).toEqual({ commands: [], concepts: [], names: [] });
    await seedTaught(db);
    const words = await vocabulary(db);
    expect(words.commands.map((c) => c.phrases)).toEqual([['cinema time', 'movie mode']]);
    expect(words.concepts.map((c) => [c.word, c.domain, c.settings])).toEqual([
      ['study mode', 'light', { brightness: 100, color_temp_kelvin: 5000 }],
    ]);
    expect(words.names.map((n) => [n.name, n.target])).toEqual([
      ['the big light', { kind: 'entity', entityId: 'light.kitchen_ceiling' }],
      ["the kids' room", { kind: 'area', areaId: 'bedroom' }],
    ]);
  });

  it('are cleared by loading a scenario', async () => {
    db = freshDb();
    await seedTaught(db);
    await resetDatabase(db, { scenario: 'test', home: sampleHome, now: T0 });
    expect(await db.taught.count()).toBe(0);
  });
});
