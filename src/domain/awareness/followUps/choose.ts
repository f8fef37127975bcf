// Which follow-up to offer after a request: never more than one. Rules the person switched off,
// and rules their answers have silenced (declined three times in a row, or hardly ever accepted),
// are not asked; of the rest that have something to offer, the one the person has said yes to
// most often wins, so the assistant learns which suggestions are welcome.
import type { AnswerCounts, AwarenessMemory, FollowUpOffer } from '../types.ts';
import type { FollowUpContext, FollowUpRule } from './context.ts';
import { RULES } from './rules.ts';

/** Declines in a row after which a rule goes quiet. */
export const QUIET_AFTER_DECLINES = 3;
/** A rule offered at least this often … */
export const MIN_OFFERS_TO_JUDGE = 5;
/** … and accepted less often than this goes quiet too. */
export const MIN_ACCEPTANCE = 0.2;

/**
 * How welcome a rule's offers are, 0–1: yes answers over offers, Laplace-smoothed so a rule never
 * offered starts at 0.5 and one answer does not decide its fate.
 */
export function acceptanceRate(counts: AnswerCounts | undefined): number {
  const accepted = counts?.accepted ?? 0;
  // Counts restored from an older or broken save must not give a rate above 1.
  const offered = Math.max(counts?.offered ?? 0, accepted + (counts?.declined ?? 0));
  return (accepted + 1) / (offered + 2);
}

/**
 * Whether a rule is asked at all, for Settings: on; switched off by the person; or gone quiet
 * because it was declined repeatedly or hardly ever accepted.
 */
export type RuleStatus = 'on' | 'off' | 'declined' | 'unwelcome';

export function ruleStatus(memory: AwarenessMemory, ruleId: string): RuleStatus {
  if (memory.followUpsOff.includes(ruleId)) return 'off';
  const counts = memory.followUps[ruleId];
  if (!counts) return 'on';
  if (counts.declinedInARow >= QUIET_AFTER_DECLINES) return 'declined';
  if (counts.offered >= MIN_OFFERS_TO_JUDGE && acceptanceRate(counts) < MIN_ACCEPTANCE)
    return 'unwelcome';
  return 'on';
}

/** The one follow-up worth offering after this request, if any. */
export function chooseFollowUp(
  context: FollowUpContext,
  memory: AwarenessMemory,
  rules: readonly FollowUpRule[] = RULES,
): FollowUpOffer | undefined {
  let best: { offer: FollowUpOffer; rate: number } | undefined;
  for (const rule of rules) {
    if (ruleStatus(memory, rule.id) !== 'on') continue;
    const rate = acceptanceRate(memory.followUps[rule.id]);
    // Only a strictly better rate displaces an earlier rule: ties keep the rules' own order.
    if (best && rate <= best.rate) continue;
    const offer = rule.offer(context);
    if (offer) best = { offer, rate };
  }
  return best?.offer;
}
