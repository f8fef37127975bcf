// A follow-up rule's line in Settings: how its offers were answered ("accepted 3 of 5 times") and,
// when it went quiet by itself, why — so a person sees the assistant learned, and can undo that.
import type { RuleStatus } from '../../domain/awareness/followUps/choose.ts';
import type { AnswerCounts } from '../../domain/awareness/types.ts';

export function answeredWords(counts: AnswerCounts | undefined): string {
  const offered = Math.max(counts?.offered ?? 0, (counts?.accepted ?? 0) + (counts?.declined ?? 0));
  if (offered === 0) return 'Not offered yet';
  const accepted = counts?.accepted ?? 0;
  return `Accepted ${accepted} of ${offered} ${offered === 1 ? 'time' : 'times'}`;
}

/** Why a rule is not offered, when the person did not switch it off themselves. */
export function quietWords(
  status: RuleStatus,
  counts: AnswerCounts | undefined,
): string | undefined {
  if (status === 'declined')
    return `Went quiet on its own after you said no ${counts?.declinedInARow ?? 0} times in a row.`;
  if (status === 'unwelcome') return 'Went quiet on its own: you rarely said yes to it.';
  return undefined;
}
