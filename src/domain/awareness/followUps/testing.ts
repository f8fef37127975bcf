// Helpers for the follow-up tests: a request run by hand on a home at a time of day, turned into
// the context a rule reads, and routines with phrases. Not used by the app itself.
import type { Cause } from '../../activity/cause.ts';
import { zonedToInstant } from '../../clock/zoned.ts';
import type { Command } from '../../home/commands.ts';
import { execute } from '../../home/execute.ts';
import type { Home } from '../../home/model.ts';
import { routineSchema, type Routine } from '../../routines/model.ts';
import type { FollowUpContext } from './context.ts';

export const ZONE = 'Europe/London';

/** 15 January 2025 (a Wednesday, GMT) at "HH:MM" on the home's clock. */
export function atTime(time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return zonedToInstant({ year: 2025, month: 1, day: 15, hour, minute }, ZONE);
}

export function routine(id: string, name: string, phrases: string[]): Routine {
  return routineSchema.parse({
    id,
    name,
    enabled: true,
    triggers: [{ type: 'phrase', phrases }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: name }],
    createdAt: 0,
    updatedAt: 0,
  });
}

export const GOOD_NIGHT = routine('routine.good_night', 'Good night', ['good night']);
export const LEAVING = routine('routine.leaving', 'Leaving home', ["I'm leaving", 'goodbye']);

/** Runs `commands` on `home` at `time` and returns what a rule is given. */
export function contextAfter(
  home: Home,
  commands: Command[],
  time: string,
  extra: Partial<FollowUpContext> & { cause?: Cause } = {},
): FollowUpContext {
  const now = atTime(time);
  const { cause, ...rest } = extra;
  const result = execute(home, commands, cause ?? { kind: 'manual' }, now);
  expectNoErrors(result.errors);
  return {
    before: home,
    after: result.home,
    events: result.events,
    intent: 'HassTurnOff',
    now,
    timeZone: ZONE,
    routines: [],
    ...rest,
  };
}

function expectNoErrors(errors: readonly { message: string }[]) {
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join(' '));
}
