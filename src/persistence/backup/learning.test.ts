// Backup format 7: what the assistant learned from how the person says things goes with the home.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getAwarenessMemory } from '../awareness.ts';
import type { TeachableHomeDb } from '../db.ts';
import { getLearning, saveLearning } from '../learning.ts';
import { promotedRewrite, sampleLearning } from '../learningSamples.ts';
import { listSkills } from '../skills.ts';
import { dump, freshDb } from '../testing.ts';
import { backupToText, exportBackup } from './export.ts';
import { BACKUP_VERSION } from './format.ts';
import { importBackup } from './import.ts';
import { parseBackup } from './parse.ts';

const dbs: TeachableHomeDb[] = [];
const track = (db: TeachableHomeDb) => (dbs.push(db), db);
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const V6_TEXT = readFileSync(new URL('./fixtures/backup-v6.json', import.meta.url), 'utf8');
const v6 = JSON.parse(V6_TEXT);

describe('backup format 6', () => {
  it('is upgraded keeping everything, awareness included, with nothing learned yet', () => {
    expect(v6.version).toBe(6);
    expect(v6.awareness.neverAsk).toEqual(['light.porch']);
    const parsed = parseBackup(V6_TEXT);
    if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.problems.join('\n')}`);
    expect(parsed.upgradedFrom).toBe(6);
    expect(parsed.backup).toEqual({ ...v6, version: BACKUP_VERSION });
    expect(parsed.backup.learning).toBeUndefined();
  });

  it('refuses a "format 6" file that already holds format 7 fields', () => {
    expect(parseBackup(JSON.stringify({ ...v6, learning: sampleLearning() })).ok).toBe(false);
  });

  it('imports into the database and exports the same contents in the current format', async () => {
    const db = track(freshDb());
    expect(await importBackup(db, V6_TEXT)).toMatchObject({ ok: true, upgradedFrom: 6 });
    expect(await exportBackup(db, v6.exportedAt)).toEqual({ ...v6, version: BACKUP_VERSION });
    expect(await getAwarenessMemory(db)).toEqual(v6.awareness);
    expect(await listSkills(db)).toHaveLength(1);
  });
});

describe('backup format 7', () => {
  it('keeps what was learned, the pause switch included, across a backup and a restore', async () => {
    const db = track(freshDb());
    await importBackup(db, V6_TEXT);
    const learned = sampleLearning({ paused: true });
    await saveLearning(db, learned);
    const backup = await exportBackup(db, v6.exportedAt);
    expect(backup.learning).toEqual(learned);
    const text = backupToText(backup);
    // One line per rewrite, so a backup diffs well.
    expect(text.split('\n').filter((l) => l.includes('"id":"rw_')).length).toBe(3);
    expect(JSON.parse(text)).toEqual(backup);

    const other = track(freshDb());
    expect(await importBackup(other, text)).toMatchObject({ ok: true });
    expect(await getLearning(other)).toEqual(learned);
    expect(backupToText(await exportBackup(other, v6.exportedAt))).toBe(text);
  });

  it('replaces what was learned in the database it is restored into', async () => {
    const source = track(freshDb());
    await importBackup(source, V6_TEXT);
    const text = backupToText(await exportBackup(source, v6.exportedAt));
    const target = track(freshDb());
    await saveLearning(target, sampleLearning());
    await importBackup(target, text);
    expect(await getLearning(target)).toEqual({ rewrites: [], preferences: [], paused: false });
  });

  it('checks what was learned before anything is written', async () => {
    const db = track(freshDb());
    await importBackup(db, V6_TEXT);
    await saveLearning(db, sampleLearning());
    const before = await dump(db);
    const backup = await exportBackup(db, v6.exportedAt);
    const broken = {
      ...backup,
      learning: { ...backup.learning!, rewrites: [{ ...promotedRewrite, wins: -1 }] },
    };
    const result = await importBackup(db, JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(/learning\.rewrites\[0\]\.wins/);
    expect(await dump(db)).toBe(before);
  });

  it('leaves a broken stored rewrite out of the backup rather than failing', async () => {
    const db = track(freshDb());
    await importBackup(db, V6_TEXT);
    const good = sampleLearning();
    await db.settings.put({
      key: 'learning',
      value: { ...good, rewrites: [...good.rewrites, { id: 'rw_broken' }] },
    });
    const backup = await exportBackup(db, v6.exportedAt);
    expect(backup.learning).toEqual(good);
    expect(parseBackup(backupToText(backup)).ok).toBe(true);
  });
});
