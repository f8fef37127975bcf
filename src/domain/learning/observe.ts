// Observing a rephrase: the pair (failed words → words that worked) becomes a candidate, or counts
// for the one it is (see learn.ts for promotion and the rest). Apart from learn.ts because the
// safety rule reads the words that worked with the interpreter.
import { ignored, rewriteId, settle, type LearnResult } from './learn.ts';
import { phraseKey } from './phrase.ts';
import { sensitiveWhy } from './sensitive.ts';
import {
  MAX_EVIDENCE,
  MAX_REWRITES,
  type LearnedRewrite,
  type LearningContext,
  type LearningState,
  type RephrasePair,
} from './types.ts';

/** Longest words kept (the schema's limit): longer requests are not learned. */
const MAX_WORDS_LENGTH = 500;

/** Learns from a failed request and the rephrase that worked (see signals.ts). */
export function observe(
  state: LearningState,
  pair: RephrasePair,
  context: LearningContext,
  now: number,
): LearnResult {
  if (state.paused) return ignored(state);
  const failed = pair.failed.text.trim();
  const worked = pair.worked.text.trim();
  const from = phraseKey(failed);
  const toKey = phraseKey(worked);
  if (from === '' || toKey === '' || from === toKey) return ignored(state);
  if (failed.length > MAX_WORDS_LENGTH || worked.length > MAX_WORDS_LENGTH) return ignored(state);

  const id = rewriteId(from, toKey);
  const evidence = { at: pair.worked.at, failed, worked };
  // Read against the home as it is now: a device renamed since may have made it sensitive.
  const why = sensitiveWhy(worked, context);
  const sensitive = why !== undefined;
  const existing = state.rewrites.find((r) => r.id === id);
  if (existing) {
    // The reason is read again too: it may have gone, or changed.
    const { why: _was, ...kept } = existing;
    void _was;
    const counted: LearnedRewrite = {
      ...kept,
      wins: existing.wins + 1,
      sensitive,
      ...(why ? { why } : {}),
      evidence: [...existing.evidence, evidence].slice(-MAX_EVIDENCE),
    };
    return settle(state, counted, 'counted', now);
  }
  const created: LearnedRewrite = {
    id,
    from,
    to: worked,
    status: 'candidate',
    wins: 1,
    losses: 0,
    confirmed: false,
    sensitive,
    ...(why ? { why } : {}),
    createdAt: now,
    evidence: [evidence],
  };
  const result = settle(
    { ...state, rewrites: [...state.rewrites, created] },
    created,
    'created',
    now,
  );
  return { ...result, state: capped(result.state, id) };
}

/** When it was last seen or used: the stalest go first when there are too many. */
const lastSeen = (r: LearnedRewrite) =>
  Math.max(r.createdAt, r.lastUsedAt ?? 0, r.evidence[r.evidence.length - 1]?.at ?? 0);

/** Past MAX_REWRITES, the stalest candidates go (promoted ones only if none is left). */
function capped(state: LearningState, keep: string): LearningState {
  let rewrites = state.rewrites;
  while (rewrites.length > MAX_REWRITES) {
    let stalest: LearnedRewrite | undefined;
    for (const r of rewrites) {
      if (r.id === keep) continue;
      const better =
        !stalest ||
        (r.status === 'candidate' && stalest.status === 'promoted') ||
        (r.status === stalest.status && lastSeen(r) < lastSeen(stalest));
      if (better) stalest = r;
    }
    if (!stalest) break;
    const drop = stalest.id;
    rewrites = rewrites.filter((r) => r.id !== drop);
  }
  return rewrites === state.rewrites ? state : { ...state, rewrites };
}
