// The one way the UI changes the home: commands through the pure execute(), saved in one
// transaction with their events. Errors reach the person as a notice; nothing else changes.
import type { Cause } from '../domain/activity/cause.ts';
import type { Command } from '../domain/home/commands.ts';
import { execute, type ExecuteResult } from '../domain/home/execute.ts';
import type { Home } from '../domain/home/model.ts';
import type { HomeChange } from '../domain/routines/engine.ts';
import { getDb } from '../persistence/instance.ts';
import { updateHome } from '../persistence/home.ts';
import { simulatedNow } from './clock.ts';
import { notify } from './notifications.ts';

export async function runCommands(
  commands: readonly Command[],
  cause: Cause,
): Promise<ExecuteResult> {
  const now = simulatedNow();
  let result: ExecuteResult | undefined;
  let before: Home | undefined;
  await updateHome(getDb(), (home) => {
    before = home;
    result = execute(home, commands, cause, now);
    return { home: result.home, events: result.events };
  });
  if (!result || !before) throw new Error('The home could not be read.');
  if (result.events.length > 0)
    reactToChange({ before, after: result.home, events: result.events });
  if (result.errors.length > 0) {
    notify({
      tone: 'error',
      title: "That didn't work",
      body: result.errors.map((e) => e.message).join(' '),
    });
  }
  return result;
}

/**
 * Routines whose device triggers a change sets off run now. The runner is loaded on first use
 * (routines are not on the first page); a failure is reported, never thrown at the change.
 */
export function reactToChange(change: HomeChange): void {
  import('./routineRunner.ts')
    .then((runner) => runner.reactTo(change))
    .catch((error: unknown) => {
      console.error('Routines could not react to a change:', error);
      notify({
        tone: 'error',
        title: 'Routines could not run',
        body: error instanceof Error ? error.message : String(error),
      });
    });
}

const MANUAL: Cause = { kind: 'manual' };

/** A change made by hand in the device panel. */
export function runManual(command: Command): Promise<ExecuteResult> {
  return runCommands([command], MANUAL);
}
