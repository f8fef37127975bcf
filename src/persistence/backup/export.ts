// Writing a backup: everything in the database, read in one transaction so the file is a
// consistent snapshot even while the simulation keeps writing.
import { eventSchema, type HomeEvent } from '../../domain/activity/event.ts';
import type { TeachableHomeDb } from '../db.ts';
import { readHome } from '../home.ts';
import { reportRestore, restore } from '../restore.ts';
import { getClockState, getHomeSettings, getMeta } from '../settings.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format.ts';

/** Reads all events in insert order; rows beyond repair are left out (and reported). */
async function allEvents(db: TeachableHomeDb): Promise<HomeEvent[]> {
  const events: HomeEvent[] = [];
  // toArray is one getAll() call: far faster than a cursor over 100,000 rows.
  for (const row of await db.events.toArray()) {
    const { seq, causeKind: _kind, ...event } = row;
    const result = restore(eventSchema, event);
    if (result.ok) events.push(result.value);
    else
      reportRestore(
        `Left a broken event (seq ${seq}) out of the backup: ${result.problems.join('; ')}`,
      );
  }
  return events;
}

/** A backup of everything; `now` (simulated ms) is its exportedAt. */
export async function exportBackup(db: TeachableHomeDb, now: number): Promise<Backup> {
  return db.transaction('r', db.tables, async () => {
    const [home, settings, clock, meta, events] = await Promise.all([
      readHome(db),
      getHomeSettings(db),
      getClockState(db),
      getMeta(db),
      allEvents(db),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      meta: meta ?? { scenario: 'imported', simulatedUntil: now, createdAt: now },
      settings,
      ...(clock && { clock }),
      home,
      events,
    };
  });
}

function rows(list: readonly unknown[], indent: string): string {
  if (list.length === 0) return '[]';
  return `[\n${list.map((row) => `${indent}  ${JSON.stringify(row)}`).join(',\n')}\n${indent}]`;
}

/**
 * The backup as text: small parts indented, one line per floor, area, entity and event, so the
 * file is readable, diffs well, and 100,000 events are joined in one pass rather than indented
 * by JSON.stringify's slow path. The same backup always gives the same text.
 */
export function backupToText(backup: Backup): string {
  const inline = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  const parts = [
    `  "format": ${JSON.stringify(backup.format)}`,
    `  "version": ${backup.version}`,
    `  "exportedAt": ${backup.exportedAt}`,
    `  "meta": ${inline(backup.meta)}`,
    `  "settings": ${inline(backup.settings)}`,
    ...(backup.clock ? [`  "clock": ${inline(backup.clock)}`] : []),
    `  "home": {\n    "floors": ${rows(backup.home.floors, '    ')},\n    "areas": ${rows(backup.home.areas, '    ')},\n    "entities": ${rows(backup.home.entities, '    ')}\n  }`,
    `  "events": ${rows(backup.events, '  ')}`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}
