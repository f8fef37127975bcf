// What the assistant learned from how the person says things (issue 8): rewrites (failed words →
// words that worked), preferences among versions of a title, and the pause switch, kept in the
// settings table under 'learning'. Read back leniently, entry by entry: one broken rewrite (from
// an older build, or edited by hand) must not cost the person everything else it learned.
import { preferenceSchema, type Preference } from '../domain/learning/preferences/types.ts';
import {
  EMPTY_LEARNING,
  learnedRewriteSchema,
  learningStateSchema,
  MAX_REWRITES,
  type LearnedRewrite,
  type LearningState,
} from '../domain/learning/types.ts';
import { MAX_PREFERENCES } from '../domain/learning/preferences/types.ts';
import type { z } from '../domain/zod.ts';
import type { TeachableHomeDb } from './db.ts';
import { reportRestore } from './restore.ts';
import { writeSetting } from './settings.ts';

/** The valid entries of a list, the first of each id, at most `max` (the newest, kept last). */
function validEntries<T extends { id: string }>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  max: number,
): { kept: T[]; dropped: number } {
  if (!Array.isArray(value)) return { kept: [], dropped: 0 };
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const entry of value) {
    const result = schema.safeParse(entry);
    if (!result.success || seen.has(result.data.id)) continue;
    seen.add(result.data.id);
    kept.push(result.data);
  }
  const capped = kept.slice(-max);
  return { kept: capped, dropped: value.length - capped.length };
}

/**
 * A stored learning state as the app can use it: the whole when valid, otherwise every valid
 * rewrite and preference (broken ones left out and reported), and "not paused" unless it says so.
 */
export function restoreLearning(stored: unknown): LearningState {
  if (stored === undefined) return EMPTY_LEARNING;
  const whole = learningStateSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const bag =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const rewrites = validEntries<LearnedRewrite>(learnedRewriteSchema, bag.rewrites, MAX_REWRITES);
  const preferences = validEntries<Preference>(preferenceSchema, bag.preferences, MAX_PREFERENCES);
  const paused = typeof bag.paused === 'boolean' ? bag.paused : false;
  reportRestore(
    `Learned words: left out ${rewrites.dropped} broken rewrite(s) and ${preferences.dropped} broken preference(s)${typeof bag.paused === 'boolean' ? '' : '; learning is on'}`,
  );
  return { rewrites: rewrites.kept, preferences: preferences.kept, paused };
}

/** What was learned; nothing (and learning on) when none is stored. Never throws on bad data. */
export async function getLearning(db: TeachableHomeDb): Promise<LearningState> {
  return restoreLearning((await db.settings.get('learning'))?.value);
}

/** Saves after validating; throws (and saves nothing) when the state is invalid. */
export function saveLearning(db: TeachableHomeDb, state: LearningState): Promise<LearningState> {
  return writeSetting(db, 'learning', learningStateSchema, state);
}

/** Read, change and write in one transaction, so a turn and the page changing it both count. */
export function updateLearning(
  db: TeachableHomeDb,
  change: (state: LearningState) => LearningState,
): Promise<LearningState> {
  return db.transaction('rw', db.settings, async () =>
    saveLearning(db, change(await getLearning(db))),
  );
}
