// Running the simulation forward is a write like any other, with one extra fact kept in the same
// transaction: how far it has run (meta.simulatedUntil). Reading and advancing that mark together
// makes the step idempotent, so two tabs, a reload or a clock set backwards never make a
// thermostat warm twice over the same minutes.
import type { Home } from '../domain/home/model.ts';
import type { TeachableHomeDb } from './db.ts';
import { updateHome, type HomeUpdate } from './home.ts';
import { getMeta, saveMeta } from './settings.ts';

export type Advance = (home: Home, from: number, to: number) => HomeUpdate;

/**
 * Runs `advance` from where the simulation stopped up to `to`; returns what changed. A `to` at or
 * before the mark does nothing: a slow step finishing after a newer one must not move it back.
 */
export async function advanceHomeTo(
  db: TeachableHomeDb,
  to: number,
  advance: Advance,
): Promise<HomeUpdate | undefined> {
  return db.transaction(
    'rw',
    [db.floors, db.areas, db.entities, db.events, db.settings],
    async () => {
      const meta = await getMeta(db);
      if (!meta || to <= meta.simulatedUntil) return undefined;
      const result = await updateHome(db, (home) => advance(home, meta.simulatedUntil, to));
      await saveMeta(db, { ...meta, simulatedUntil: to });
      return result;
    },
  );
}

/** The clock was set back: the home does not run in reverse, the mark just moves to `to`. */
export async function rewindSimulation(db: TeachableHomeDb, to: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const meta = await getMeta(db);
    if (meta && to < meta.simulatedUntil) await saveMeta(db, { ...meta, simulatedUntil: to });
  });
}
