// Saving "Remember this as…": the ticked devices as they are now become a taught command named by
// what the person will say. The checks come first: errors refuse it, warnings (the words already
// mean something) wait for "Save anyway", and then the very item that was checked is saved.
import type { TaughtCommand } from '../../../domain/teaching/model.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import {
  checkTaughtItem,
  newTaughtId,
  saveTaughtChecked,
  stepsFromHome,
  TaughtRefused,
} from '../../../stores/teachingActions.ts';

export type RememberOutcome =
  | { kind: 'saved'; item: TaughtCommand }
  | { kind: 'refused'; errors: string[] }
  /** Saving needs a yes: `item` is what "Save anyway" saves. */
  | { kind: 'confirm'; warnings: string[]; item: TaughtCommand };

/** The taught command for these devices as they are now (read from the stored home). */
export async function rememberedCommand(
  name: string,
  entityIds: readonly string[],
): Promise<TaughtCommand> {
  const now = simulatedNow();
  return {
    kind: 'command',
    id: newTaughtId(),
    source: 'showing',
    phrases: [name.trim()],
    steps: await stepsFromHome(entityIds),
    taughtAt: now,
    updatedAt: now,
  };
}

async function save(item: TaughtCommand, confirmed: boolean): Promise<RememberOutcome> {
  try {
    await saveTaughtChecked(item, confirmed);
    return { kind: 'saved', item };
  } catch (error) {
    // The checks can change between asking and saving (another tab taught the same words).
    if (error instanceof TaughtRefused) return { kind: 'refused', errors: [error.message] };
    throw error;
  }
}

/** First try: saves at once when nothing stands in the way. */
export async function rememberAs(
  name: string,
  entityIds: readonly string[],
): Promise<RememberOutcome> {
  const item = await rememberedCommand(name, entityIds);
  const problems = await checkTaughtItem(item);
  if (problems.errors.length > 0) return { kind: 'refused', errors: problems.errors };
  if (problems.warnings.length > 0) return { kind: 'confirm', warnings: problems.warnings, item };
  return save(item, false);
}

/** "Save anyway": the person heard the warnings and wants it, so their meaning wins. */
export const rememberAnyway = (item: TaughtCommand) => save(item, true);
