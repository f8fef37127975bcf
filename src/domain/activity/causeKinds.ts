// The cause kinds in a list and their plain names, for the Activity page's filter and entries. Kept
// apart from the cause schema (which the first page needs to save events) so that only the
// pages that show them carry them.
import type { CauseKind } from './cause.ts';

export const CAUSE_KINDS: readonly CauseKind[] = [
  'manual',
  'voice',
  'routine',
  'taught',
  'skill',
  'hunch',
  'automatic',
  'offer',
  'import',
  'simulation',
  'scenario',
];

/** Plain names of the cause kinds, for filters. */
export const CAUSE_LABELS: Record<CauseKind, string> = {
  manual: 'By hand',
  voice: 'By voice',
  routine: 'Routine',
  taught: 'Taught command',
  skill: 'Skill',
  hunch: 'Hunch',
  automatic: 'The assistant on its own',
  offer: 'Suggestion you accepted',
  import: 'Import',
  simulation: 'The home itself',
  scenario: 'Scenario',
};
