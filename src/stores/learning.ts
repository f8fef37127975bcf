// What the "Things I've learned" page does with what the assistant learned from how the person
// says things: read it live, forget a rewrite or a preference (and bring it back: Undo), use a
// rewrite now (the person's yes), and pause learning. Every change is one read-change-write
// transaction (persistence/learning.ts), so a turn learning something at the same moment is kept.
// Loaded with the page (not the first page): it carries the learning schemas.
import {
  confirm,
  forget,
  forgetPreference as forgetPref,
  setPaused,
} from '../domain/learning/learn.ts';
import type { Preference } from '../domain/learning/preferences/types.ts';
import type { LearnedRewrite, LearningState } from '../domain/learning/types.ts';
import { getDb } from '../persistence/instance.ts';
import { updateLearning } from '../persistence/learning.ts';
import { useLearningState } from '../persistence/learningHooks.ts';
import { simulatedNow } from './clock.ts';

/** What was learned, live (a turn or another tab changing it redraws); undefined while reading. */
export const useLearning = (): LearningState | undefined => useLearningState();

/** Runs `change` in the transaction and hands back what it found, for Undo. */
async function change<T>(edit: (state: LearningState) => { state: LearningState; found: T }) {
  let found: T | undefined;
  await updateLearning(getDb(), (state) => {
    const result = edit(state);
    found = result.found;
    return result.state;
  });
  return found;
}

/** Forgets a rewrite; resolves with it (for Undo), or undefined when it was already gone. */
export function forgetRewrite(id: string): Promise<LearnedRewrite | undefined> {
  return change((state) => ({
    state: forget(state, id),
    found: state.rewrites.find((r) => r.id === id),
  }));
}

/**
 * Undo of forgetRewrite. False when it came back on its own meanwhile (learned again). If other
 * words took its meaning since, it returns as a candidate: one meaning per words.
 */
export async function restoreRewrite(rewrite: LearnedRewrite): Promise<boolean> {
  const restored = await change((state) => {
    if (state.rewrites.some((r) => r.id === rewrite.id)) return { state, found: false };
    const taken = state.rewrites.some((r) => r.from === rewrite.from && r.status === 'promoted');
    const { promotedAt: _promotedAt, ...rest } = rewrite;
    const back: LearnedRewrite =
      taken && rewrite.status === 'promoted'
        ? { ...rest, status: 'candidate', confirmed: false }
        : rewrite;
    return { state: { ...state, rewrites: [...state.rewrites, back] }, found: true };
  });
  return restored === true;
}

/** Forgets a preference; resolves with it (for Undo), or undefined when it was already gone. */
export function forgetPreference(id: string): Promise<Preference | undefined> {
  return change((state) => ({
    state: forgetPref(state, id),
    found: state.preferences.find((p) => p.id === id),
  }));
}

/** Undo of forgetPreference. False when the title has a preference again (a newer correction). */
export async function restorePreference(preference: Preference): Promise<boolean> {
  const restored = await change((state) => {
    if (state.preferences.some((p) => p.key === preference.key)) return { state, found: false };
    return {
      state: { ...state, preferences: [...state.preferences, preference] },
      found: true,
    };
  });
  return restored === true;
}

/** The "Learn from how I rephrase" switch: paused, what was learned still applies. */
export async function setLearningPaused(paused: boolean): Promise<void> {
  await updateLearning(getDb(), (state) => setPaused(state, paused));
}

/** "Use it now": the person's yes promotes a candidate at once (a sensitive one only this way). */
export async function confirmRewrite(id: string): Promise<LearnedRewrite | undefined> {
  return change((state) => {
    const result = confirm(state, id, simulatedNow());
    return { state: result.state, found: result.state.rewrites.find((r) => r.id === id) };
  });
}
