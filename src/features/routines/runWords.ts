// A run of a routine in plain words, for the list's "last run" line, the "Run now" notice and the
// runs page: when it was, how it went ("skipped: nobody is home", "waiting until 22:45"), each
// step's result. Runs keep their own words (what started them, why a condition failed), so these
// read the same whatever has changed in the routine or the home since.
import { joinList } from '../../domain/assistant/words.ts';
import { formatRelativeDay, formatTime } from '../../domain/clock/format.ts';
import type { Run, RunStatus, StepTrace } from '../../domain/routines/run.ts';

/** A badge for each status: a word, never colour alone. */
export const STATUS_LABELS: Record<RunStatus, string> = {
  done: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
  waiting: 'Waiting',
  interrupted: 'Interrupted',
  stopped: 'Stopped',
  missed: 'Missed',
};

export const STEP_LABELS: Record<StepTrace['status'], string> = {
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
  waited: 'waited',
};

/** "today at 22:30", "yesterday at 07:00", "Mon 16 Nov at 22:30" — to sit inside a sentence. */
export function whenWords(instant: number, now: number, timeZone: string): string {
  const day = formatRelativeDay(instant, now, timeZone);
  const lower = ['Today', 'Yesterday', 'Tomorrow'].includes(day) ? day.toLowerCase() : day;
  return `${lower} at ${formatTime(instant, timeZone)}`;
}

/** The same at the start of a line: "Today at 22:30". */
export function whenHeading(instant: number, now: number, timeZone: string): string {
  const words = whenWords(instant, now, timeZone);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Why a run was skipped: the reasons of the conditions that said no ("nobody is home"). */
export function skipReason(run: Run): string {
  const failed = run.conditions.filter((c) => !c.ok).map((c) => c.why);
  return failed.length > 0 ? joinList(failed) : 'its conditions were not met';
}

/** Why a run failed: the first step that failed, in its own words. */
function failReason(run: Run): string | undefined {
  return run.steps.find((s) => s.status === 'failed')?.detail;
}

/**
 * How a run went, in a few words after a dash: "done", "skipped: nobody is home", "waiting until
 * 22:45", "missed while the app was closed".
 */
export function runOutcome(run: Run, timeZone: string): string {
  switch (run.status) {
    case 'done':
      return 'done';
    case 'failed': {
      const why = failReason(run);
      return why ? `failed: ${why}` : 'failed';
    }
    case 'skipped':
      return `skipped: ${skipReason(run)}`;
    case 'waiting':
      return run.resumeAt !== undefined
        ? `waiting until ${formatTime(run.resumeAt, timeZone)}`
        : 'waiting';
    case 'interrupted':
      return 'interrupted: the app was closed while it was waiting';
    case 'stopped':
      return 'stopped: routines kept starting each other, which looks like a loop';
    case 'missed':
      return 'missed while the app was closed';
  }
}

/** The list's line: "Last ran today at 22:30 — done", "Never run yet". */
export function lastRunWords(run: Run | undefined, now: number, timeZone: string): string {
  if (run === undefined) return 'Never run yet';
  // A missed run never ran: it was due.
  const verb = run.status === 'missed' ? 'Last due' : 'Last ran';
  return `${verb} ${whenWords(run.startedAt, now, timeZone)} — ${runOutcome(run, timeZone)}`;
}

export interface RunNotice {
  tone: 'info' | 'error' | 'success';
  title: string;
  body?: string;
}

/** What "Run now" says when it is done: the outcome, or that it could not start. */
export function runNowNotice(run: Run | undefined, name: string, timeZone: string): RunNotice {
  const quoted = `“${name}”`;
  if (run === undefined)
    return {
      tone: 'error',
      title: `${quoted} did not run`,
      body: 'It may have just been deleted. Reload the page and try again.',
    };
  const outcome = runOutcome(run, timeZone);
  switch (run.status) {
    case 'done':
      return {
        tone: 'success',
        title: `${quoted} ran`,
        body: `Done: it ${changesWords(changeCount(run))}.`,
      };
    case 'waiting':
      return { tone: 'info', title: `${quoted} started`, body: `It is ${outcome}.` };
    case 'skipped':
      return { tone: 'info', title: `${quoted} was skipped`, body: `Because ${skipReason(run)}.` };
    default:
      return {
        tone: 'error',
        title: `${quoted} did not finish`,
        body: outcome.charAt(0).toUpperCase() + outcome.slice(1) + '.',
      };
  }
}

/** How many changes to the home a run made, over all its steps. */
export function changeCount(run: Run): number {
  return run.steps.reduce((sum, step) => sum + step.eventIds.length, 0);
}

/** "made 1 change", "made 3 changes", "changed nothing". */
export function changesWords(count: number): string {
  if (count === 0) return 'changed nothing';
  return count === 1 ? 'made 1 change' : `made ${count} changes`;
}
