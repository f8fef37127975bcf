// What the assistant said last in this tab — a reply, or words a routine said on its own: the
// console announces it and, when asked to, reads it aloud. Its own small module, so the routine
// runner can speak without loading the language layer.
import { create } from 'zustand';
import type { TurnRow } from '../persistence/db.ts';

export const useAssistantSession = create<{ lastSaid: TurnRow | undefined }>(() => ({
  lastSaid: undefined,
}));
