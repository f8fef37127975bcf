// The editor's note about a draft it brought back, in words. How long ago the person last typed,
// in real time: a clock time would be read against the clock bar, which shows the simulated home's
// time (paused on another day, or racing) and would make "from 05:06" look wrong.
import type { RestoredDraft } from './draftStore.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

/** "a moment ago", "3 minutes ago", "1 hour ago", "2 days ago". */
export function typedAgo(savedAt: number, now: number): string {
  const ago = Math.max(0, now - savedAt);
  if (ago < MINUTE) return 'a moment ago';
  if (ago < HOUR) return count(Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return count(Math.floor(ago / HOUR), 'hour');
  return count(Math.floor(ago / DAY), 'day');
}

export function restoredWords(
  restored: RestoredDraft,
  now: number,
): { title: string; warning?: string } {
  return {
    title: `Restored your unsaved changes from ${typedAgo(restored.savedAt, now)}.`,
    ...(restored.changedElsewhere
      ? { warning: 'This routine was changed elsewhere since; saving will replace that change.' }
      : {}),
  };
}
