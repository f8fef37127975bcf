// A small learning state for tests of storage, backups and the "Things I've learned" page: one
// rewrite in use, one heard once, one that waits for a yes (it unlocks a door), and one preference.
// Written out rather than learned through observe(), so these tests do not need the interpreter.
import type { LearnedRewrite, LearningState } from '../domain/learning/types.ts';
import type { Preference } from '../domain/learning/preferences/types.ts';

/** 3 March 2025, 18:00 in London (UTC in winter). */
export const LEARN_T0 = Date.UTC(2025, 2, 3, 18, 0);
const DAY = 86_400_000;

export const promotedRewrite: LearnedRewrite = {
  id: 'rw_lamp',
  from: 'kill big lamp',
  to: 'turn off the living room lamp',
  status: 'promoted',
  wins: 4,
  losses: 1,
  confirmed: false,
  sensitive: false,
  createdAt: LEARN_T0,
  promotedAt: LEARN_T0 + DAY,
  lastUsedAt: LEARN_T0 + 3 * DAY,
  evidence: [
    { at: LEARN_T0, failed: 'kill the big lamp', worked: 'turn off the living room lamp' },
    { at: LEARN_T0 + DAY, failed: 'kill the big lamp', worked: 'turn off the living room lamp' },
  ],
};

export const candidateRewrite: LearnedRewrite = {
  id: 'rw_telly',
  from: 'telly quieter',
  to: 'turn down the living room tv',
  status: 'candidate',
  wins: 1,
  losses: 0,
  confirmed: false,
  sensitive: false,
  createdAt: LEARN_T0 + 2 * DAY,
  evidence: [
    { at: LEARN_T0 + 2 * DAY, failed: 'telly quieter', worked: 'turn down the living room tv' },
  ],
};

export const sensitiveRewrite: LearnedRewrite = {
  id: 'rw_door',
  from: 'let me in front',
  to: 'unlock the front door',
  status: 'candidate',
  wins: 2,
  losses: 0,
  confirmed: false,
  sensitive: true,
  why: 'unlock',
  createdAt: LEARN_T0,
  evidence: [
    { at: LEARN_T0, failed: 'let me in the front', worked: 'unlock the front door' },
    { at: LEARN_T0 + DAY, failed: 'let me in the front', worked: 'unlock the front door' },
  ],
};

export const samplePreference: Preference = {
  id: 'media:wow',
  key: 'wow',
  choice: 'song.wow_kate_bush',
  label: 'Wow by Kate Bush',
  createdAt: LEARN_T0,
  evidence: [{ at: LEARN_T0, said: 'no, the Kate Bush one' }],
};

export function sampleLearning(patch: Partial<LearningState> = {}): LearningState {
  return {
    rewrites: [promotedRewrite, candidateRewrite, sensitiveRewrite],
    preferences: [samplePreference],
    paused: false,
    ...patch,
  };
}
