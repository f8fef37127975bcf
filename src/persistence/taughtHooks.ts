// React views of what a person taught the assistant (see hooks.ts for how live queries work).
// Each returns undefined until the first read completes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TaughtItem } from '../domain/teaching/model.ts';
import type { TeachableHomeDb } from './db.ts';
import { getDb } from './instance.ts';
import { getTaught, listTaught } from './taught.ts';

/** Every taught item that is not deleted: commands, then concepts, then names, each by name. */
export function useTaught(db: TeachableHomeDb = getDb()): TaughtItem[] | undefined {
  return useLiveQuery(() => listTaught(db), [db]);
}

/** One taught item; `null` once read and there is none (or it was deleted). */
export function useTaughtItem(
  id: string,
  db: TeachableHomeDb = getDb(),
): TaughtItem | null | undefined {
  return useLiveQuery(async () => (await getTaught(db, id)) ?? null, [db, id]);
}
