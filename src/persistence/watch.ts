// Subscriptions for code outside React (the home mirror, the clock across tabs). Dexie's
// liveQuery re-runs the query whenever a write in any tab touches what it read.
import { liveQuery } from 'dexie';
import type { Home } from '../domain/home/model.ts';
import type { SimClockState } from '../domain/clock/simClock.ts';
import type { TeachableHomeDb } from './db.ts';
import { readHome } from './home.ts';
import { getClockState } from './settings.ts';

function watch<T>(query: () => Promise<T>, onValue: (value: T) => void): () => void {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: (error: unknown) => console.error('A live query failed:', error),
  });
  return () => subscription.unsubscribe();
}

export function watchHome(db: TeachableHomeDb, onHome: (home: Home) => void): () => void {
  return watch(() => readHome(db), onHome);
}

export function watchClockState(
  db: TeachableHomeDb,
  onState: (state: SimClockState | undefined) => void,
): () => void {
  return watch(() => getClockState(db), onState);
}
