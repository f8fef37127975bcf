// Undoing what the assistant did on its own: the device is set back to what the event says it was
// before. The change is read backwards (each `to` becomes its `from`) and turned into the command
// that makes it, the same way a person's change is read as a habit step.
import type { HomeEvent } from '../activity/event.ts';
import type { Command } from '../home/commands.ts';
import { commandFor } from './historyIndex.ts';

export function undoCommands(event: HomeEvent): Command[] {
  const backwards: HomeEvent = {
    ...event,
    changes: event.changes.map((c) => ({ key: c.key, from: c.to, to: c.from })),
  };
  const command = commandFor(backwards);
  return command ? [command] : [];
}
