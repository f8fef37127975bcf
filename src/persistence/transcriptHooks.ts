// React views of the assistant's conversation, kept apart from hooks.ts so that only the console
// (a page loaded on visit) brings the transcript's schemas into the browser. Live queries: a turn
// taken in another tab shows here too.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TeachableHomeDb, TurnRow } from './db.ts';
import { getDb } from './instance.ts';
import type { DialogueState } from '../domain/assistant/types.ts';
import {
  getConsoleSettings,
  getDialogueState,
  readTranscript,
  type ConsoleSettings,
} from './transcript.ts';

/** The conversation, oldest turn first; undefined while reading. */
export function useTranscript(db: TeachableHomeDb = getDb()): TurnRow[] | undefined {
  return useLiveQuery(() => readTranscript(db), [db]);
}

export function useConsoleSettings(db: TeachableHomeDb = getDb()): ConsoleSettings | undefined {
  return useLiveQuery(() => getConsoleSettings(db), [db]);
}

/** What the assistant remembers between turns (a skill session under way, a question asked). */
export function useDialogueState(db: TeachableHomeDb = getDb()): DialogueState | undefined {
  return useLiveQuery(() => getDialogueState(db), [db]);
}
