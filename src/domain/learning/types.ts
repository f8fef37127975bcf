// The contract of self-learning (issue 8): what a learned rewrite is (the words that failed, the
// words that worked instead, how often each way it went, whether the person said yes, whether it
// leads somewhere sensitive, and the evidence), and what the learning state holds (rewrites,
// preferences among alternatives, the pause switch). One zod definition serves the domain, storage,
// backups and the "Things I've learned" page. The functions over it are pure, `now` passed in:
// signals.ts (is this turn a rephrase of that one?), learn.ts (observe, confirm, reportOutcome,
// forget, setPaused), apply.ts (applyRewrites before interpret), sensitive.ts (the safety rule).
import type { InterpretContext } from '../language/types.ts';
import { z } from '../zod.ts';
import { preferencesSchema, type Preference } from './preferences/types.ts';

/** Evidence kept per rewrite: the newest pairs, enough for "when, how often" on the page. */
export const MAX_EVIDENCE = 10;
/** Rewrites kept at most; past it the stalest candidates go first (see learn.ts). */
export const MAX_REWRITES = 2000;
/** A rephrase counts only when it comes this soon after the turn it repairs. */
export const REPHRASE_WINDOW_MS = 2 * 60_000;

/** One failed request and the request that worked right after, as the person said them. */
export interface RewriteEvidence {
  /** Simulated epoch ms of the turn that worked. */
  at: number;
  failed: string;
  worked: string;
}

export type RewriteStatus = 'candidate' | 'promoted';

/**
 * Why a rewrite is sensitive: the words that worked unlock a lock, open a garage or outside door,
 * switch off something that guards the home, or run steps the person may change later (a
 * routine, a taught command, a skill).
 */
export type SensitiveWhy = 'unlock' | 'open' | 'guard' | 'steps';

export interface LearnedRewrite {
  /** Stable for its pair of words (see learn.ts `rewriteId`). */
  id: string;
  /** The failed words, normalized by the interpreter's tokenizer (`phraseKey`): the lookup key. */
  from: string;
  /** The words that worked, as said (shown on the page and given to interpret). */
  to: string;
  /** Candidates are only remembered; promoted rewrites are applied before interpret. */
  status: RewriteStatus;
  /** Times the pair was seen again, or the rewrite was used and what it did stood. */
  wins: number;
  /** Times using it led to a failure or was undone. */
  losses: number;
  /** The person said yes ("From now on, shall I take … to mean …?"). */
  confirmed: boolean;
  /** `to` unlocks, opens a garage or door, or switches off something guarding the home. */
  sensitive: boolean;
  /** Why it is sensitive (absent when it is not). */
  why?: SensitiveWhy;
  createdAt: number;
  promotedAt?: number;
  lastUsedAt?: number;
  /** Newest last, at most MAX_EVIDENCE. */
  evidence: RewriteEvidence[];
}

export interface LearningState {
  rewrites: LearnedRewrite[];
  preferences: Preference[];
  /** The "pause learning" switch: nothing new is learned or unlearned; what is known still applies. */
  paused: boolean;
}

export const EMPTY_LEARNING: LearningState = { rewrites: [], preferences: [], paused: false };

/**
 * What learning needs to know of the world: the home (and the speaking room) to read the words
 * that worked with the real interpreter, for the safety rule and for telling a rephrase from an
 * unrelated request. The person's routines, taught words and skills may come along.
 */
export type LearningContext = Pick<
  InterpretContext,
  'home' | 'area' | 'routines' | 'taught' | 'skills'
>;

/** A turn as learning sees it: a small subset of the stored turn (persistence `TurnRow`). */
export interface ObservedTurn {
  text: string;
  /** Simulated epoch ms. */
  at: number;
  /** The assistant's `TurnOutcome`: 'acted' | 'answered' | 'asked' | 'failed' | 'said'. */
  outcome: 'acted' | 'answered' | 'asked' | 'failed' | 'said';
  /** The person took back what it did (by voice or by hand) within REPHRASE_WINDOW_MS. */
  undone?: boolean;
  /** The devices it acted on or asked about (`TurnRow.interpretation.targets`). */
  targets?: readonly string[];
  /** The learned rewrite its words were read with, if any. */
  rewriteId?: string;
  /**
   * The words answered a question (a skill session's, an offer's, a teach dialogue's): "no" there
   * is an answer, not a take-back, and the turn is no request to repair.
   */
  inDialogue?: boolean;
}

/** A failed (or undone) request and the rephrase that worked: what `observe` learns from. */
export interface RephrasePair {
  failed: { text: string; at: number };
  worked: { text: string; at: number };
  /** Why they were taken for the same request, for tests and "Why?". */
  reason: 'same-words' | 'same-device' | 'same-room';
}

// ---------- Schemas ----------

const said = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const time = z.number().check(z.minimum(0));
const count = z.int().check(z.minimum(0));

export const rewriteEvidenceSchema: z.ZodMiniType<RewriteEvidence> = z.strictObject({
  at: time,
  failed: said,
  worked: said,
});

export const learnedRewriteSchema: z.ZodMiniType<LearnedRewrite> = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  from: said,
  to: said,
  status: z.enum(['candidate', 'promoted']),
  wins: count,
  losses: count,
  confirmed: z.boolean(),
  sensitive: z.boolean(),
  why: z.optional(z.enum(['unlock', 'open', 'guard', 'steps'])),
  createdAt: time,
  promotedAt: z.optional(time),
  lastUsedAt: z.optional(time),
  evidence: z.array(rewriteEvidenceSchema).check(z.minLength(1), z.maxLength(MAX_EVIDENCE)),
});

export const learningStateSchema: z.ZodMiniType<LearningState> = z.strictObject({
  rewrites: z.array(learnedRewriteSchema).check(z.maxLength(MAX_REWRITES)),
  preferences: preferencesSchema,
  paused: z.boolean(),
});
