import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { blueprintById } from '../domain/blueprints/registry.ts';
import { openDatabase, type TeachableHomeDb } from './db.ts';
import { resetDatabase } from './scenario.ts';
import {
  deleteSkill,
  enabledSkills,
  getSkill,
  listSkills,
  rememberSkill,
  saveSkill,
  undoDeleteSkill,
} from './skills.ts';
import { jokesMemory, sampleDraft, sampleSkill, seedSkills } from './skillSamples.ts';
import { listTaught } from './taught.ts';
import { sampleCommand } from './taughtSamples.ts';
import { T0, freshDb, sampleHome } from './testing.ts';

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = undefined;
});

function warnings() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => warn.mock.calls.map((c) => String(c[0])).join('\n');
}

describe('the database upgrade to version 5', () => {
  it('adds the skills table and keeps what a version 4 database held', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-from-v4';
    const v4 = new Dexie(name, { indexedDB, IDBKeyRange });
    v4.version(1).stores({
      floors: 'id',
      areas: 'id',
      entities: 'id, domain, area',
      events: '++seq, &id, at, [entityId+at], [area+at], [causeKind+at]',
      settings: 'key',
    });
    v4.version(2).stores({ turns: '++seq, &id' });
    v4.version(3).stores({
      routines: 'id',
      routineVersions: '++seq, [routineId+seq]',
      routineRuns: 'id, [routineId+startedAt], status',
    });
    v4.version(4).stores({ taught: 'id, kind, updatedAt' });
    await v4.table('taught').put(sampleCommand());
    v4.close();

    db = openDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5); // and any later version on top
    expect((await listTaught(db)).map((i) => i.id)).toEqual(['movie_mode']);
    expect(await listSkills(db)).toEqual([]);
    await saveSkill(db, sampleSkill(), T0);
    expect(await listSkills(db)).toHaveLength(1);
  });
});

describe('skills', () => {
  it('are saved, listed by name, and read back with what they remember', async () => {
    db = freshDb();
    await seedSkills(db);
    expect((await listSkills(db)).map((s) => [s.name, s.blueprint, s.status])).toEqual([
      ['Dad jokes', 'jokes', 'enabled'],
      ['Feed the cat', 'whoseTurn', 'draft'],
      ['Kind words', 'compliments', 'disabled'],
    ]);
    expect(await getSkill(db, 'dad_jokes')).toEqual(
      sampleSkill({ updatedAt: T0 + 200, memory: jokesMemory() }),
    );
    expect(await getSkill(db, 'nope')).toBeUndefined();
  });

  it('keep when they were first saved, and when they were last changed', async () => {
    db = freshDb();
    await saveSkill(db, sampleSkill({ createdAt: T0 + 5 }), T0 + 10);
    const renamed = await saveSkill(
      db,
      sampleSkill({ name: '  Silly jokes ', status: 'disabled', createdAt: 999 }),
      T0 + 20,
    );
    expect(renamed).toEqual(
      sampleSkill({
        name: 'Silly jokes',
        status: 'disabled',
        createdAt: T0 + 5,
        updatedAt: T0 + 20,
      }),
    );
    expect(await getSkill(db, 'dad_jokes')).toEqual(renamed);
    expect(await db.skills.count()).toBe(1);
  });

  it('are refused, saving nothing, when the skill or its form is invalid, in plain words', async () => {
    db = freshDb();
    await expect(saveSkill(db, sampleSkill({ name: ' x ' }), T0)).rejects.toThrow(
      'This skill could not be saved: name: give the skill a name of at least 2 letters.',
    );
    await expect(saveSkill(db, sampleSkill({ name: '42 42' }), T0)).rejects.toThrow(
      'This skill could not be saved: name: the name needs letters: it is what you say to start the skill.',
    );
    await expect(
      saveSkill(db, sampleSkill({ blueprint: 'horoscope' } as never), T0),
    ).rejects.toThrow(/^This skill could not be saved: blueprint: must be one of "qa", /);
    await expect(
      saveSkill(db, sampleSkill({ phrases: Array.from({ length: 6 }, (_, i) => `joke ${i}`) }), T0),
    ).rejects.toThrow('This skill could not be saved: phrases: at most 5 phrases.');
    // The form is checked by the skill's own blueprint, in the form's words.
    await expect(saveSkill(db, sampleSkill({ config: 'jokes' }), T0)).rejects.toThrow(
      /^This skill could not be saved: .+\.$/,
    );
    const jokes = blueprintById('jokes');
    const label = jokes.fields[0]!.label;
    const emptied = Object.fromEntries(
      Object.entries(jokes.example as Record<string, unknown>).map(([key, value]) => [
        key,
        Array.isArray(value) ? [] : value,
      ]),
    );
    await expect(saveSkill(db, sampleSkill({ config: emptied }), T0)).rejects.toThrow(
      new RegExp(`^This skill could not be saved: ${label}: `),
    );
    // A form that suits another blueprint is not this one's.
    await expect(
      saveSkill(db, sampleSkill({ config: blueprintById('whoseTurn').example }), T0),
    ).rejects.toThrow(/^This skill could not be saved: /);
    expect(await db.skills.count()).toBe(0);
  });

  it('can be deleted and the deletion undone', async () => {
    db = freshDb();
    await seedSkills(db);
    expect(await deleteSkill(db, 'dad_jokes', T0 + 1000)).toBe(true);
    expect((await listSkills(db)).map((s) => s.id)).toEqual(['feed_cat', 'kind_words']);
    expect(await getSkill(db, 'dad_jokes')).toBeUndefined();
    expect(await enabledSkills(db)).toEqual([]);
    expect((await db.skills.get('dad_jokes'))?.deletedAt).toBe(T0 + 1000);

    expect(await undoDeleteSkill(db, 'dad_jokes')).toBe(true);
    expect(await getSkill(db, 'dad_jokes')).toEqual(
      sampleSkill({ updatedAt: T0 + 200, memory: jokesMemory() }),
    );
    expect((await enabledSkills(db)).map((s) => s.id)).toEqual(['dad_jokes']);
    expect(await deleteSkill(db, 'missing', T0)).toBe(false);
    expect(await undoDeleteSkill(db, 'missing')).toBe(false);
  });

  it('come back when a deleted one is saved again', async () => {
    db = freshDb();
    await seedSkills(db);
    expect(await getSkill(db, 'old_facts')).toBeUndefined();
    await saveSkill(
      db,
      sampleSkill({
        id: 'old_facts',
        blueprint: 'funFacts',
        name: 'Facts',
        config: blueprintById('funFacts').example,
      }),
      T0 + 900,
    );
    expect(await getSkill(db, 'old_facts')).toMatchObject({
      name: 'Facts',
      createdAt: T0,
      updatedAt: T0 + 900,
    });
    expect('deletedAt' in (await db.skills.get('old_facts'))!).toBe(false);
  });

  it('remember between sessions without counting as an edit', async () => {
    db = freshDb();
    await seedSkills(db);
    const memory = { whatever: ['the skill', 'keeps'] };
    expect(await rememberSkill(db, 'feed_cat', memory)).toBe(true);
    expect(await getSkill(db, 'feed_cat')).toEqual(sampleDraft({ updatedAt: T0 + 300, memory }));
    expect(await rememberSkill(db, 'feed_cat', undefined)).toBe(true);
    expect(await getSkill(db, 'feed_cat')).toEqual(sampleDraft({ updatedAt: T0 + 300 }));

    expect(await rememberSkill(db, 'missing', memory)).toBe(false);
    expect(await db.skills.get('missing')).toBeUndefined();
    expect(await rememberSkill(db, 'old_facts', memory)).toBe(false);
    expect((await db.skills.get('old_facts'))?.memory).toBeUndefined();
  });

  it('that may be started by voice are the enabled ones', async () => {
    db = freshDb();
    expect(await enabledSkills(db)).toEqual([]);
    await seedSkills(db);
    await saveSkill(db, sampleSkill({ id: 'more_jokes', name: 'Anna jokes' }), T0 + 700);
    expect((await enabledSkills(db)).map((s) => s.name)).toEqual(['Anna jokes', 'Dad jokes']);
  });

  it('are repaired on read when the fix is clear, and left out otherwise, saying so', async () => {
    db = freshDb();
    const said = warnings();
    await saveSkill(db, sampleDraft(), T0);
    await db.skills.bulkPut([
      {
        ...sampleSkill({ name: `Dad jokes ${'ha'.repeat(30)}` }),
        phrases: ['one', 'two', 'three', 'four', 'five', 'six'],
        colour: 'red',
      } as never,
      { ...sampleSkill({ id: 'odd' }), blueprint: 'horoscope' } as never,
      { ...sampleSkill({ id: 'paused' }), status: 'paused' } as never,
      { ...sampleSkill({ id: 'undated' }), createdAt: 'yesterday' } as never,
    ]);
    expect(await listSkills(db)).toEqual([
      sampleSkill({
        name: `Dad jokes ${'ha'.repeat(15)}`,
        phrases: ['one', 'two', 'three', 'four', 'five'],
      }),
      sampleDraft(),
    ]);
    expect(await getSkill(db, 'odd')).toBeUndefined();
    const text = said();
    expect(text).toMatch(/Repaired a stored skill \("dad_jokes"\): .*name: cut to 40/);
    expect(text).toMatch(/phrases: cut to 5/);
    expect(text).toMatch(/removed unknown field\(s\) colour/);
    expect(text).toMatch(/Left a broken skill \("odd"\) out: blueprint: must be one of/);
    expect(text).toMatch(/Left a broken skill \("paused"\) out: status: must be one of/);
    expect(text).toMatch(/Left a broken skill \("undated"\) out: createdAt: must be a number/);
  });

  it('whose form the blueprint no longer accepts are kept, as drafts, saying so', async () => {
    db = freshDb();
    const said = warnings();
    await seedSkills(db);
    // As if a newer blueprint had changed its form: the stored one no longer passes.
    await db.skills.update('dad_jokes', { config: { jokes: 'all of them' } });
    await db.skills.update('feed_cat', { config: 7 });

    expect((await listSkills(db)).map((s) => [s.id, s.status])).toEqual([
      ['dad_jokes', 'draft'],
      ['feed_cat', 'draft'],
      ['kind_words', 'disabled'],
    ]);
    expect(await getSkill(db, 'dad_jokes')).toEqual(
      sampleSkill({
        status: 'draft',
        config: { jokes: 'all of them' },
        updatedAt: T0 + 200,
        memory: jokesMemory(),
      }),
    );
    expect(await enabledSkills(db)).toEqual([]);
    expect(said()).toMatch(
      /The stored skill "Dad jokes" \("dad_jokes"\) no longer fits its blueprint, so it is kept as a draft: ./,
    );
    expect(said()).toMatch(/The stored skill "Feed the cat" \("feed_cat"\) no longer fits/);
    // Nothing is written on read: the stored status is still the person's.
    expect((await db.skills.get('dad_jokes'))?.status).toBe('enabled');

    // Fixing the form (as the editor would) makes it usable again.
    await saveSkill(db, sampleSkill({ memory: jokesMemory() }), T0 + 800);
    expect((await enabledSkills(db)).map((s) => s.id)).toEqual(['dad_jokes']);
  });

  it('are cleared by loading a scenario', async () => {
    db = freshDb();
    await seedSkills(db);
    await resetDatabase(db, { scenario: 'test', home: sampleHome, now: T0 });
    expect(await db.skills.count()).toBe(0);
  });
});
