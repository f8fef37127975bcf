// What an earlier version of a routine has that the current one has not, and the other way round,
// in the same sentences the summaries use: restoring "would bring back: At 22:30 every day" and
// "would take out: Lock the Front door". Compared sentence by sentence, so a version that only
// moved or renamed things says so instead of listing everything twice.
import { capitalize } from '../../domain/assistant/words.ts';
import type { Routine } from '../../domain/routines/model.ts';
import {
  describeAction,
  describeCondition,
  describeTrigger,
  type SummaryContext,
} from '../../domain/routines/summary.ts';

export interface VersionDifferences {
  /** In the earlier version, not in the current one: restoring brings these back. */
  bringsBack: string[];
  /** In the current version, not in the earlier one: restoring takes these out. */
  takesOut: string[];
  /** Other differences in a sentence each: the name, "all" or "any", the order of the actions. */
  notes: string[];
}

/** Every part of a routine as a sentence a person can compare. */
function sentences(routine: Routine, ctx: SummaryContext) {
  return {
    triggers: routine.triggers.map((t) => capitalize(describeTrigger(t, ctx))),
    conditions: routine.conditions.map((c) => `Only ${describeCondition(c, ctx)}`),
    actions: routine.actions.map(
      (a) => capitalize(describeAction(a, ctx)) + (a.disabled ? ' (switched off)' : ''),
    ),
  };
}

/** The items of `a` not matched by one in `b`, counting repeats (two identical steps are two). */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of a) {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    else missing.push(item);
  }
  return missing;
}

/** `a` without the items missing from `b`: the shared items, in `a`'s order. */
function shared(a: readonly string[], b: readonly string[]): string[] {
  const extra = missingFrom(a, b);
  const out: string[] = [];
  for (const item of a) {
    const i = extra.indexOf(item);
    if (i >= 0) extra.splice(i, 1);
    else out.push(item);
  }
  return out;
}

export function versionDifferences(
  earlier: Routine,
  current: Routine,
  ctx: SummaryContext,
): VersionDifferences {
  const then = sentences(earlier, ctx);
  const now = sentences(current, ctx);
  const bringsBack: string[] = [];
  const takesOut: string[] = [];
  for (const part of ['triggers', 'conditions', 'actions'] as const) {
    bringsBack.push(...missingFrom(then[part], now[part]));
    takesOut.push(...missingFrom(now[part], then[part]));
  }
  const notes: string[] = [];
  if (earlier.name !== current.name)
    notes.push(`It was called “${earlier.name}” (now “${current.name}”).`);
  // "All" or "any" only matters when there are two conditions or more to combine.
  if (
    earlier.conditionMode !== current.conditionMode &&
    earlier.conditions.length > 1 &&
    current.conditions.length > 1
  )
    notes.push(
      earlier.conditionMode === 'all'
        ? 'It needed all its conditions to hold (now any one is enough).'
        : 'Any one of its conditions was enough (now all must hold).',
    );
  const order = shared(then.actions, now.actions);
  if (order.join('\n') !== shared(now.actions, then.actions).join('\n'))
    notes.push('Its actions were in a different order.');
  return { bringsBack, takesOut, notes };
}

/** True when restoring the version would change nothing a person can see. */
export function isSame(differences: VersionDifferences): boolean {
  return (
    differences.bringsBack.length === 0 &&
    differences.takesOut.length === 0 &&
    differences.notes.length === 0
  );
}
