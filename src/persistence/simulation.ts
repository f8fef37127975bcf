// Running the simulation forward is a write like any other, with one extra fact kept in the same
// transaction: how far it has run (meta.simulatedUntil). Reading and advancing that mark together
// makes the step idempotent, so two tabs, a reload or a clock set backwards never make a
// thermostat warm twice over the same minutes.
import type { Home } from '../domain/home/model.ts';
import type { TeachableHomeDb } from './db.ts';
import { updateHome, type HomeUpdate } from './home.ts';
import { getMeta, saveMeta } from './settings.ts';

export type Advance = (home: Home, from: number, to: number) => HomeUpdate;

/** Runs `advance` from where the simulation stopped up to `to`; returns what changed. */
export async function advanceHomeTo(db: TeachableHomeDb, to: number, advance: Advance): Promise<HomeUpdate | undefined> {
  return db.transaction('rw', [db.floors, db.areas, db.entities, db.events, db.settings], async () => {
    const meta = await getMeta(db);
    if (!meta || to === meta.simulatedUntil) return undefined;
    // A clock set backwards only moves the mark: the home does not run in reverse.
    const result = to > meta.simulatedUntil ? await updateHome(db, (home) => advance(home, meta.simulatedUntil, to)) : undefined;
    await saveMeta(db, { ...meta, simulatedUntil: to });
    return result;
  });
}
