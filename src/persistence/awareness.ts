// What the assistant remembers of a person's answers to its hunches and offers (snoozes, devices
// never to ask about, devices it may put right on its own, follow-up rules' acceptance), kept in
// the settings table under 'awareness'. Read back leniently: what is valid is kept.
import { awarenessMemorySchema, restoreMemory } from '../domain/awareness/memory.ts';
import type { AwarenessMemory } from '../domain/awareness/types.ts';
import type { TeachableHomeDb } from './db.ts';
import { writeSetting } from './settings.ts';

export async function getAwarenessMemory(db: TeachableHomeDb): Promise<AwarenessMemory> {
  return restoreMemory((await db.settings.get('awareness'))?.value);
}

export function saveAwarenessMemory(
  db: TeachableHomeDb,
  memory: AwarenessMemory,
): Promise<AwarenessMemory> {
  return writeSetting(db, 'awareness', awarenessMemorySchema, memory);
}

/** Read, change and write in one transaction, so two tabs answering at once both count. */
export function updateAwarenessMemory(
  db: TeachableHomeDb,
  change: (memory: AwarenessMemory) => AwarenessMemory,
): Promise<AwarenessMemory> {
  return db.transaction('rw', db.settings, async () =>
    saveAwarenessMemory(db, change(await getAwarenessMemory(db))),
  );
}
