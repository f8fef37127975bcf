// The app-wide database. Created on first use rather than at import time, so that importing a
// module of this layer (tests, scripts) never touches IndexedDB by itself.
import { openDatabase, type TeachableHomeDb } from './db.ts';

let current: TeachableHomeDb | undefined;

export function getDb(): TeachableHomeDb {
  current ??= openDatabase();
  return current;
}

/** Swap the app-wide database (a fresh fake one per test); undefined goes back to the default. */
export function setDbForTests(db: TeachableHomeDb | undefined): void {
  current = db;
}
