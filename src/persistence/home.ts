// The home (floors, areas, entities) as stored: read with restore-on-read, changed only through
// updateHome, which runs a pure function of the home inside one read-write transaction. Reading
// and writing in the same transaction is what keeps two open tabs from overwriting each other's
// changes with a stale copy.
import type { Table } from 'dexie';
import type { z } from '../domain/zod.ts';
import {
  areaSchema,
  entitySchema,
  floorSchema,
  homeSchema,
  type Area,
  type Entity,
  type Floor,
  type Home,
} from '../domain/home/model.ts';
import type { HomeEvent } from '../domain/activity/event.ts';
import type { TeachableHomeDb } from './db.ts';
import { toEventRow } from './events.ts';
import { homeProblems, humanErrors, issueToProblem, limitProblems, quote } from './problems.ts';
import { reportRestore, restore } from './restore.ts';

type Row = { id: string };
type Kind = 'floors' | 'areas' | 'entities';

/** The home as read, plus the repairs to persist with the next write. */
interface Loaded {
  home: Home;
  repaired: Record<Kind, Set<Row>>;
  dropped: Record<Kind, string[]>;
}

function restoreRows<T extends Row>(
  kind: Kind,
  rows: unknown[],
  schema: z.ZodMiniType<T>,
  loaded: Loaded,
): T[] {
  const kept: T[] = [];
  for (const raw of rows) {
    const key = String((raw as Partial<Row>).id);
    const result = restore(schema, raw);
    if (!result.ok) {
      loaded.dropped[kind].push(key);
      reportRestore(`Dropped a broken row ${quote(key)} of ${kind}: ${result.problems.join('; ')}`);
      continue;
    }
    if (result.value.id !== key) loaded.dropped[kind].push(key);
    if (result.fixes.length > 0) {
      loaded.repaired[kind].add(result.value);
      reportRestore(`Repaired ${quote(key)} of ${kind}: ${result.fixes.join('; ')}`);
    }
    kept.push(result.value);
  }
  return kept;
}

/** A reference to a floor or area that no longer exists is forgotten rather than kept dangling. */
function unlink<T extends Row>(
  kind: Kind,
  rows: T[],
  field: 'floor' | 'area',
  ids: Set<string>,
  loaded: Loaded,
): T[] {
  return rows.map((row) => {
    const target = (row as Record<string, unknown>)[field];
    if (typeof target !== 'string' || ids.has(target)) return row;
    const fixed = { ...row };
    delete (fixed as Record<string, unknown>)[field];
    loaded.repaired[kind].add(fixed);
    reportRestore(`Repaired ${quote(row.id)} of ${kind}: ${field} ${quote(target)} does not exist`);
    return fixed;
  });
}

async function loadHome(db: TeachableHomeDb): Promise<Loaded> {
  return db.transaction('r', [db.floors, db.areas, db.entities], async () => {
    const [floorRows, areaRows, entityRows] = await Promise.all([
      db.floors.toArray(),
      db.areas.toArray(),
      db.entities.toArray(),
    ]);
    const loaded: Loaded = {
      home: { floors: [], areas: [], entities: [] },
      repaired: { floors: new Set(), areas: new Set(), entities: new Set() },
      dropped: { floors: [], areas: [], entities: [] },
    };
    const floors = restoreRows('floors', floorRows, floorSchema, loaded);
    const floorIds = new Set(floors.map((f) => f.id));
    const areas = unlink(
      'areas',
      restoreRows('areas', areaRows, areaSchema, loaded),
      'floor',
      floorIds,
      loaded,
    );
    const areaIds = new Set(areas.map((a) => a.id));
    const entities = unlink(
      'entities',
      restoreRows('entities', entityRows, entitySchema, loaded),
      'area',
      areaIds,
      loaded,
    );
    loaded.home = { floors, areas, entities };
    return loaded;
  });
}

/** The home, every row validated; broken rows are repaired or left out (and reported). */
export async function readHome(db: TeachableHomeDb): Promise<Home> {
  return (await loadHome(db)).home;
}

function invalid(what: string, problems: string[]): Error {
  return new Error(`Refusing to save ${what}: ${limitProblems(problems).join('; ')}`);
}

function validated<T>(schema: z.ZodMiniType<T>, value: T, what: string): T {
  const result = schema.safeParse(value, { error: humanErrors });
  if (!result.success)
    throw invalid(
      what,
      result.error.issues.map((i) => issueToProblem(i)),
    );
  return value;
}

async function writeRows<T extends Row>(
  table: Table<T, string>,
  schema: z.ZodMiniType<T>,
  before: readonly T[],
  after: readonly T[],
  loaded: Loaded,
  kind: Kind,
): Promise<void> {
  const previous = new Map(before.map((row) => [row.id, row]));
  const kept = new Set(after.map((row) => row.id));
  // Unchanged rows keep their object identity through a pure update; repairs made on read ride
  // along with the first write after them.
  const puts = after.filter(
    (row) => previous.get(row.id) !== row || loaded.repaired[kind].has(row),
  );
  for (const row of puts) {
    if (previous.get(row.id) !== row) validated(schema, row, `${kind} row ${quote(row.id)}`);
  }
  const deletes = [
    ...before.filter((row) => !kept.has(row.id)).map((row) => row.id),
    ...loaded.dropped[kind],
  ];
  if (deletes.length > 0) await table.bulkDelete(deletes);
  if (puts.length > 0) await table.bulkPut(puts);
}

export interface HomeUpdate {
  home: Home;
  events: HomeEvent[];
}

/**
 * Applies a pure change to the stored home in one read-write transaction: reads the current home,
 * calls `change`, writes the rows whose object identity changed, deletes the rows that are gone
 * and adds the events. If `change` throws, or anything it returns is invalid, nothing is written.
 */
export async function updateHome(
  db: TeachableHomeDb,
  change: (home: Home) => HomeUpdate,
): Promise<HomeUpdate> {
  return db.transaction('rw', [db.floors, db.areas, db.entities, db.events], async () => {
    const loaded = await loadHome(db);
    const before = loaded.home;
    const result = change(before);
    const next = result.home;
    const problems = homeProblems(next);
    if (problems.length > 0) throw invalid('the home', problems);
    await writeRows(db.floors, floorSchema, before.floors, next.floors, loaded, 'floors');
    await writeRows(db.areas, areaSchema, before.areas, next.areas, loaded, 'areas');
    await writeRows(db.entities, entitySchema, before.entities, next.entities, loaded, 'entities');
    if (result.events.length > 0) await db.events.bulkAdd(result.events.map(toEventRow));
    return result;
  });
}

export type LayoutResult = { ok: true; home: Home } | { ok: false; problems: string[] };

/**
 * Replaces floors, areas and entities with `next` (Settings -> Home: rooms, floors, people as
 * person entities), after validating all of it. Only rows that differ are written, so a device
 * changed meanwhile in another tab keeps its change unless this edit touched that very device.
 */
export async function replaceHomeLayout(db: TeachableHomeDb, next: Home): Promise<LayoutResult> {
  const parsed = homeSchema.safeParse(next, { error: humanErrors });
  if (!parsed.success) {
    return {
      ok: false,
      problems: limitProblems(parsed.error.issues.map((i) => issueToProblem(i, ['home']))),
    };
  }
  const problems = homeProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems: limitProblems(problems) };
  const reuse = <T extends Row>(current: readonly T[], wanted: readonly T[]): T[] => {
    const byId = new Map(current.map((row) => [row.id, row]));
    return wanted.map((row) => {
      const old = byId.get(row.id);
      return old && JSON.stringify(old) === JSON.stringify(row) ? old : row;
    });
  };
  const { home } = await updateHome(db, (current) => ({
    home: {
      floors: reuse<Floor>(current.floors, parsed.data.floors),
      areas: reuse<Area>(current.areas, parsed.data.areas),
      entities: reuse<Entity>(current.entities, parsed.data.entities),
    },
    events: [],
  }));
  return { ok: true, home };
}
