// The React view of what the assistant learned from how the person says things (see hooks.ts for
// how live queries work): a turn that learns something, or another tab, redraws the page at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { LearningState } from '../domain/learning/types.ts';
import type { TeachableHomeDb } from './db.ts';
import { getDb } from './instance.ts';
import { getLearning } from './learning.ts';

/** Undefined until the first read completes. */
export function useLearningState(db: TeachableHomeDb = getDb()): LearningState | undefined {
  return useLiveQuery(() => getLearning(db), [db]);
}
