import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_LEARNING } from '../domain/learning/types.ts';
import { forget, setPaused } from '../domain/learning/learn.ts';
import type { TeachableHomeDb } from './db.ts';
import { getLearning, restoreLearning, saveLearning, updateLearning } from './learning.ts';
import { candidateRewrite, promotedRewrite, sampleLearning } from './learningSamples.ts';
import { T0, freshDb, sampleHome } from './testing.ts';
import { resetDatabase } from './scenario.ts';

const dbs: TeachableHomeDb[] = [];
const track = (db: TeachableHomeDb) => (dbs.push(db), db);
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('the learning row', () => {
  it('reads as nothing learned, learning on, when nothing is stored', async () => {
    expect(await getLearning(track(freshDb()))).toEqual(EMPTY_LEARNING);
  });

  it('saves and reads back rewrites, preferences and the pause switch', async () => {
    const db = track(freshDb());
    const state = sampleLearning({ paused: true });
    await saveLearning(db, state);
    expect(await getLearning(db)).toEqual(state);
  });

  it('refuses to save an invalid state, keeping what was stored', async () => {
    const db = track(freshDb());
    await saveLearning(db, sampleLearning());
    const broken = sampleLearning({ rewrites: [{ ...promotedRewrite, evidence: [] }] });
    await expect(saveLearning(db, broken)).rejects.toThrow(/learning/);
    expect(await getLearning(db)).toEqual(sampleLearning());
  });

  it('changes in one transaction: two changes at once both count', async () => {
    const db = track(freshDb());
    await saveLearning(db, sampleLearning());
    await Promise.all([
      updateLearning(db, (s) => forget(s, promotedRewrite.id)),
      updateLearning(db, (s) => setPaused(s, true)),
    ]);
    const after = await getLearning(db);
    expect(after.paused).toBe(true);
    expect(after.rewrites.map((r) => r.id)).not.toContain(promotedRewrite.id);
    expect(after.rewrites).toHaveLength(2);
  });

  it('is cleared by a reset to a scenario', async () => {
    const db = track(freshDb());
    await saveLearning(db, sampleLearning());
    await resetDatabase(db, { scenario: 'test', home: sampleHome, now: T0 });
    expect(await getLearning(db)).toEqual(EMPTY_LEARNING);
  });
});

describe('reading a broken learning row', () => {
  it('keeps the valid rewrites and preferences and leaves the broken ones out', async () => {
    const db = track(freshDb());
    const good = sampleLearning({ paused: true });
    await db.settings.put({
      key: 'learning',
      value: {
        ...good,
        rewrites: [
          good.rewrites[0],
          { ...candidateRewrite, wins: -3 },
          'junk',
          good.rewrites[1],
          good.rewrites[0],
          good.rewrites[2],
        ],
        preferences: [{ id: 'media:x' }, ...good.preferences],
      },
    });
    expect(await getLearning(db)).toEqual({
      rewrites: [good.rewrites[0], good.rewrites[1], good.rewrites[2]],
      preferences: good.preferences,
      paused: true,
    });
  });

  it('falls back to nothing learned, learning on, for a row that is not a state at all', () => {
    expect(restoreLearning('nonsense')).toEqual(EMPTY_LEARNING);
    expect(restoreLearning({ rewrites: 7, paused: 'yes' })).toEqual(EMPTY_LEARNING);
  });
});
