import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeachableHomeDb } from '../persistence/db.ts';
import { setDbForTests } from '../persistence/instance.ts';
import { getLearning, saveLearning } from '../persistence/learning.ts';
import {
  candidateRewrite,
  promotedRewrite,
  samplePreference,
  sampleLearning,
} from '../persistence/learningSamples.ts';
import { freshDb } from '../persistence/testing.ts';
import { forgetPreference, forgetRewrite, restorePreference, restoreRewrite } from './learning.ts';

let db: TeachableHomeDb;
beforeEach(() => {
  db = freshDb();
  setDbForTests(db);
});
afterEach(async () => {
  setDbForTests(undefined);
  await db.delete();
});

describe('forgetting what was learned, and Undo', () => {
  it('hands back what it forgot, and nothing when it was already gone', async () => {
    await saveLearning(db, sampleLearning());
    expect(await forgetRewrite(promotedRewrite.id)).toEqual(promotedRewrite);
    expect(await forgetRewrite(promotedRewrite.id)).toBeUndefined();
    expect(await forgetPreference(samplePreference.id)).toEqual(samplePreference);
    expect((await getLearning(db)).preferences).toEqual([]);
  });

  it('brings a rewrite back as a candidate when other words took its meaning meanwhile', async () => {
    await saveLearning(db, sampleLearning());
    const gone = (await forgetRewrite(promotedRewrite.id))!;
    // Learned again in the meantime, to mean something else.
    const rival = {
      ...candidateRewrite,
      id: 'rw_rival',
      from: gone.from,
      status: 'promoted' as const,
    };
    const now = await getLearning(db);
    await saveLearning(db, { ...now, rewrites: [...now.rewrites, rival] });
    expect(await restoreRewrite(gone)).toBe(true);
    const back = (await getLearning(db)).rewrites.find((r) => r.id === gone.id);
    expect(back).toMatchObject({ status: 'candidate', confirmed: false, wins: gone.wins });
    expect(back?.promotedAt).toBeUndefined();
    // Twice is a no-op: it is there already.
    expect(await restoreRewrite(gone)).toBe(false);
  });

  it('does not bring back a preference over a newer choice for the same title', async () => {
    await saveLearning(db, sampleLearning());
    const gone = (await forgetPreference(samplePreference.id))!;
    const newer = {
      ...samplePreference,
      choice: 'song.wow_post_malone',
      label: 'Wow by Post Malone',
    };
    const now = await getLearning(db);
    await saveLearning(db, { ...now, preferences: [newer] });
    expect(await restorePreference(gone)).toBe(false);
    expect((await getLearning(db)).preferences).toEqual([newer]);
  });
});
