// The event history read as a whole stretch, oldest first: what the assistant learns the usual
// state of the home and a person's habits from (domain/awareness). The Activity page pages
// through the same table newest first (events.ts).
import type { HomeEvent } from '../domain/activity/event.ts';
import type { EventRow, TeachableHomeDb } from './db.ts';
import { restoreEventRow } from './events.ts';

function toEvent(row: EventRow): HomeEvent {
  const { seq: _seq, causeKind: _kind, ...event } = row;
  return event;
}

/**
 * The events with `from < at <= to`, oldest first (events of one millisecond in insert order).
 * Broken rows are skipped and reported, as everywhere events are read.
 */
export async function eventsBetween(
  db: TeachableHomeDb,
  from: number,
  to: number,
): Promise<HomeEvent[]> {
  if (!(to > from)) return [];
  const rows = await db.events.where('at').between(from, to, false, true).toArray();
  // Within one `at`, the index gives rows by primary key: insert order.
  return rows
    .map(restoreEventRow)
    .filter((row): row is EventRow => row !== undefined)
    .map(toEvent);
}

/** When the oldest stored event happened; undefined when there are none. */
export async function oldestEventAt(db: TeachableHomeDb): Promise<number | undefined> {
  return (await db.events.orderBy('at').first())?.at;
}
