// Learning rewrites from rephrasing, and unlearning them. A failed request and the rephrase that
// worked become a candidate (failed words → words that worked); seeing the same pair again is a
// win, and two wins promote it — the interpreter then reads the failed words as the ones that
// worked. The person's yes promotes at once, and is the only way a sensitive rewrite (unlocking,
// opening an entry, switching off a guard) is ever promoted. A rewrite that leads to failures or
// undos afterwards loses standing and is dropped once losses outweigh half its wins. Every
// function is pure and returns a new state; while learning is paused nothing changes on its own.
// Observing a pair is in observe.ts: it reads words with the interpreter (the safety rule), which
// the "Things I've learned" page, using only what is here, does not need to load.
import type { LearnedRewrite, LearningState } from './types.ts';

/** Wins that promote a rewrite that is not sensitive, without asking. */
export const WINS_TO_PROMOTE = 2;
/** Losses that may drop a rewrite (and only when they outweigh half its wins). */
export const LOSSES_TO_DROP = 2;

export interface LearnResult {
  state: LearningState;
  /** The rewrite as it is now (absent when nothing was learned or it was dropped). */
  rewrite?: LearnedRewrite;
  change: 'created' | 'counted' | 'promoted' | 'dropped' | 'ignored';
  /** It would be promoted but for the safety rule: the moment to ask for a yes. */
  waitsForYes: boolean;
}

/** Sensitive, seen often enough to be promoted, and not yet confirmed. */
export const waitsForYes = (r: LearnedRewrite): boolean =>
  r.status === 'candidate' && r.sensitive && !r.confirmed && r.wins >= WINS_TO_PROMOTE;

/** The same words meaning the same thing always get the same id (a 64-bit FNV-1a of both). */
export function rewriteId(from: string, toKey: string): string {
  const text = `${from}\u0000${toKey}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `rw_${a.toString(36)}${b.toString(36)}`;
}

export const ignored = (state: LearningState): LearnResult => ({
  state,
  change: 'ignored',
  waitsForYes: false,
});

/** The person said yes: promoted at once, sensitive or not. Works while paused (it is asked). */
export function confirm(state: LearningState, id: string, now: number): LearnResult {
  const rewrite = state.rewrites.find((r) => r.id === id);
  if (!rewrite) return ignored(state);
  return settle(state, { ...rewrite, confirmed: true }, 'counted', now);
}

/** What happened when a promoted rewrite was used: it stood, it failed, or it was undone. */
export function reportOutcome(
  state: LearningState,
  id: string,
  outcome: 'worked' | 'failed' | 'undone',
  now: number,
): LearnResult {
  const rewrite = state.rewrites.find((r) => r.id === id);
  if (!rewrite) return ignored(state);
  const used = { ...rewrite, lastUsedAt: now };
  if (state.paused) return { ...replace(state, used, 'counted'), waitsForYes: false };
  if (outcome === 'worked') return replace(state, { ...used, wins: used.wins + 1 }, 'counted');
  const lost = { ...used, losses: used.losses + 1 };
  if (lost.losses >= LOSSES_TO_DROP && lost.losses > lost.wins / 2) {
    return { state: forget(state, id), change: 'dropped', waitsForYes: false };
  }
  return replace(state, lost, 'counted');
}

/** Forgets a rewrite (the person's choice on "Things I've learned"). */
export function forget(state: LearningState, id: string): LearningState {
  const rewrites = state.rewrites.filter((r) => r.id !== id);
  return rewrites.length === state.rewrites.length ? state : { ...state, rewrites };
}

/** Forgets a preference among versions of a title (also a choice on "Things I've learned"). */
export function forgetPreference(state: LearningState, id: string): LearningState {
  const preferences = state.preferences.filter((p) => p.id !== id);
  return preferences.length === state.preferences.length ? state : { ...state, preferences };
}

export function setPaused(state: LearningState, paused: boolean): LearningState {
  return state.paused === paused ? state : { ...state, paused };
}

/** Promotes when it has earned it; a promoted rewrite takes its words from any rival. */
export function settle(
  state: LearningState,
  rewrite: LearnedRewrite,
  change: LearnResult['change'],
  now: number,
): LearnResult {
  const earned = rewrite.confirmed || (!rewrite.sensitive && rewrite.wins >= WINS_TO_PROMOTE);
  if (rewrite.status === 'promoted' || !earned) return replace(state, rewrite, change);
  const promoted: LearnedRewrite = { ...rewrite, status: 'promoted', promotedAt: now };
  // One meaning per words: the newer promoted rewrite wins, the older waits as a candidate.
  const rewrites = state.rewrites.map((r) =>
    r.id === promoted.id
      ? promoted
      : r.from === promoted.from && r.status === 'promoted'
        ? demoted(r)
        : r,
  );
  return {
    state: { ...state, rewrites },
    rewrite: promoted,
    change: 'promoted',
    waitsForYes: false,
  };
}

function demoted(r: LearnedRewrite): LearnedRewrite {
  const { promotedAt: _promotedAt, ...rest } = r;
  return { ...rest, status: 'candidate', confirmed: false };
}

function replace(
  state: LearningState,
  rewrite: LearnedRewrite,
  change: LearnResult['change'],
): LearnResult {
  const rewrites = state.rewrites.map((r) => (r.id === rewrite.id ? rewrite : r));
  return { state: { ...state, rewrites }, rewrite, change, waitsForYes: waitsForYes(rewrite) };
}
