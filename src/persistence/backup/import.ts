// Importing a backup: validate all of it, then replace the whole database in one transaction.
// A file with any problem, or a write that fails half-way, leaves the database as it was.
import type { TeachableHomeDb } from '../db.ts';
import type { ParseResult } from './format.ts';
import { parseBackup } from './parse.ts';

export async function importBackup(db: TeachableHomeDb, text: string): Promise<ParseResult> {
  const result = parseBackup(text);
  if (!result.ok) return result;
  const { backup } = result;
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
      await db.floors.bulkAdd(backup.home.floors);
      await db.areas.bulkAdd(backup.home.areas);
      await db.entities.bulkAdd(backup.home.entities);
      if (backup.events.length > 0) {
        await db.events.bulkAdd(
          backup.events.map((event) => ({ ...event, causeKind: event.cause.kind })),
        );
      }
      await db.routines.bulkAdd(backup.routines);
      // Added one by one in file order, so the new `seq`s keep each routine's history in order.
      await db.routineVersions.bulkAdd(backup.routineVersions);
      await db.routineRuns.bulkAdd(backup.routineRuns);
      await db.taught.bulkAdd(backup.taught);
      await db.skills.bulkAdd(backup.skills);
      await db.settings.bulkPut([
        { key: 'home', value: backup.settings },
        { key: 'meta', value: backup.meta },
        ...(backup.clock ? [{ key: 'clock' as const, value: backup.clock }] : []),
        ...(backup.runner ? [{ key: 'runner' as const, value: backup.runner }] : []),
        ...(backup.awareness ? [{ key: 'awareness' as const, value: backup.awareness }] : []),
        ...(backup.learning ? [{ key: 'learning' as const, value: backup.learning }] : []),
      ]);
    });
  } catch (error) {
    return {
      ok: false,
      message: 'The backup is valid but could not be saved, so nothing was changed.',
      problems: [String((error as Error).message ?? error).slice(0, 300)],
    };
  }
  return result;
}
