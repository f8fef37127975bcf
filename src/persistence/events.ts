// The activity log: up to hundreds of thousands of events, read newest first in pages. Paging is
// by cursor (the last row's `at` and `seq`), never by offset, so every page costs the same: the
// query starts at the cursor inside an index instead of skipping rows.
import { Dexie } from 'dexie';
import { eventSchema, type HomeEvent } from '../domain/activity/event.ts';
import type { CauseKind } from '../domain/activity/cause.ts';
import type { EventRow, TeachableHomeDb } from './db.ts';
import { humanErrors, issueToProblem, limitProblems, quote } from './problems.ts';
import { reportRestore, restore } from './restore.ts';

export interface EventFilter {
  area?: string;
  entityId?: string;
  causeKind?: CauseKind;
}

/** Where the previous page ended: its last row. Plain data, so it can live in a URL or a store. */
export interface EventCursor {
  at: number;
  seq: number;
}

export interface EventPage {
  rows: EventRow[];
  /** Absent on the last page. */
  next?: EventCursor;
}

type InsertRow = Omit<EventRow, 'seq'>;
type EventCollection = ReturnType<TeachableHomeDb['events']['toCollection']>;

/** Validates an event for storage; throws with the problems if it is not one. */
export function toEventRow(event: HomeEvent): InsertRow {
  const result = eventSchema.safeParse(event, { error: humanErrors });
  if (!result.success) {
    const problems = limitProblems(result.error.issues.map((i) => issueToProblem(i)));
    throw new Error(`Refusing to save event ${quote(String(event.id))}: ${problems.join('; ')}`);
  }
  return { ...event, causeKind: event.cause.kind };
}

/** Restore-on-read for one event row; undefined when it is beyond repair (and reported). */
export function restoreEventRow(row: EventRow): EventRow | undefined {
  const { seq, causeKind: _stored, ...event } = row;
  const result = restore(eventSchema, event);
  if (!result.ok) {
    reportRestore(`Skipped a broken event (seq ${seq}): ${result.problems.join('; ')}`);
    return undefined;
  }
  if (result.fixes.length > 0)
    reportRestore(`Repaired event (seq ${seq}): ${result.fixes.join('; ')}`);
  return { ...result.value, seq, causeKind: result.value.cause.kind };
}

function matches(row: EventRow, filter: EventFilter): boolean {
  return (
    (filter.entityId === undefined || row.entityId === filter.entityId) &&
    (filter.area === undefined || row.area === filter.area) &&
    (filter.causeKind === undefined || row.causeKind === filter.causeKind)
  );
}

/** The narrowest index for the filter; the other filter fields are checked in JS. */
function indexFor(filter: EventFilter): { name: string; key?: string } {
  if (filter.entityId !== undefined) return { name: '[entityId+at]', key: filter.entityId };
  if (filter.area !== undefined) return { name: '[area+at]', key: filter.area };
  if (filter.causeKind !== undefined) return { name: '[causeKind+at]', key: filter.causeKind };
  return { name: 'at' };
}

/** Rows of the filter's index at exactly `at`: the ties a cursor may sit in the middle of. */
function tiesAt(db: TeachableHomeDb, filter: EventFilter, time: number): EventCollection {
  const { name, key } = indexFor(filter);
  return db.events.where(name).equals(key === undefined ? time : [key, time]);
}

/** Rows of the filter's index with `at` strictly before `time` (all of them without it). */
function olderThan(db: TeachableHomeDb, filter: EventFilter, time?: number): EventCollection {
  const { name, key } = indexFor(filter);
  if (key === undefined)
    return time === undefined ? db.events.orderBy('at') : db.events.where('at').below(time);
  const upper = time ?? Dexie.maxKey;
  return db.events.where(name).between([key, Dexie.minKey], [key, upper], true, time === undefined);
}

const fieldCount = (filter: EventFilter): number =>
  Object.values(filter).filter((v) => v !== undefined).length;

/**
 * One page of events matching `filter`, newest first; events of the same millisecond come latest
 * insert first. Pass the previous page's `next` as `page.after` for the following page.
 *
 * Inside an IndexedDB index, equal keys are ordered by primary key (`seq`), so walking an index
 * backwards is exactly this order. A page is read in two parts: the ties at the cursor's `at`
 * whose `seq` is below the cursor's (few: events of one command), then a plain reverse walk of
 * everything strictly older, which IndexedDB serves straight from the index. Only a filter on two
 * fields makes the walk check rows in JS, scanning past the rows the second field rejects.
 */
export async function queryEvents(
  db: TeachableHomeDb,
  filter: EventFilter,
  page: { after?: EventCursor; limit: number },
): Promise<EventPage> {
  const { after } = page;
  const limit = Math.max(1, Math.floor(page.limit));
  const wanted = limit + 1;
  // One read transaction: both parts see the same snapshot even while the simulation writes.
  const rows = await db.transaction('r', db.events, async () => {
    const found: EventRow[] = [];
    if (after !== undefined) {
      const ties = await tiesAt(db, filter, after.at).toArray();
      for (let i = ties.length - 1; i >= 0 && found.length < wanted; i--) {
        const row = ties[i];
        if (row && row.seq < after.seq && matches(row, filter)) found.push(row);
      }
    }
    if (found.length < wanted) {
      let older = olderThan(db, filter, after?.at).reverse();
      if (fieldCount(filter) > 1) older = older.filter((row) => matches(row, filter));
      found.push(...(await older.limit(wanted - found.length).toArray()));
    }
    return found;
  });
  const restored = rows
    .slice(0, limit)
    .map(restoreEventRow)
    .filter((row): row is EventRow => row !== undefined);
  const last = rows[limit - 1];
  return rows.length > limit && last
    ? { rows: restored, next: { at: last.at, seq: last.seq } }
    : { rows: restored };
}

export async function countEvents(db: TeachableHomeDb, filter: EventFilter = {}): Promise<number> {
  const fields = fieldCount(filter);
  if (fields === 0) return db.events.count();
  const all = olderThan(db, filter);
  return fields === 1 ? all.count() : all.filter((row) => matches(row, filter)).count();
}

/** The events of one entity with `from <= at < to`, oldest first. */
export async function eventsOfEntity(
  db: TeachableHomeDb,
  entityId: string,
  from: number,
  to: number,
): Promise<EventRow[]> {
  if (!(to > from)) return [];
  const rows = await db.events
    .where('[entityId+at]')
    .between([entityId, from], [entityId, to], true, false)
    .toArray();
  return rows.map(restoreEventRow).filter((row): row is EventRow => row !== undefined);
}

/** Adds events in one transaction (history, imports, scale tests); all are validated first. */
export async function addEvents(db: TeachableHomeDb, events: readonly HomeEvent[]): Promise<void> {
  const rows = events.map(toEventRow);
  if (rows.length > 0) await db.events.bulkAdd(rows);
}
