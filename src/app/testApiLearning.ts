// The learning part of window.teachableHome, loaded on first use (learning is off the first page).
import { EMPTY_LEARNING, type LearningState } from '../domain/learning/types.ts';
import { getDb } from '../persistence/instance.ts';
import { getLearning, saveLearning } from '../persistence/learning.ts';

/** What was learned, as the "Things I've learned" page reads it. */
export function state(): Promise<LearningState> {
  return getLearning(getDb());
}

/** Forgets every rewrite and preference and switches learning back on. */
export async function reset(): Promise<void> {
  await saveLearning(getDb(), EMPTY_LEARNING);
}
