// React views of the database. useLiveQuery re-runs a query whenever a transaction (in this tab
// or in another one, through Dexie's storage-event broadcast) touches what it read, so every open
// tab shows the same home. Each hook is a thin wrapper of a query function of this layer, which
// is where the logic and the tests are. All return undefined until the first read completes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Home } from '../domain/home/model.ts';
import type { HomeSettings } from '../domain/settings/settings.ts';
import type { SimClockState } from '../domain/clock/simClock.ts';
import type { TeachableHomeDb } from './db.ts';
import { countEvents, type EventFilter } from './events.ts';
import { readHome } from './home.ts';
import { getDb } from './instance.ts';
import { getClockState, getHomeSettings, getMeta, type Meta } from './settings.ts';

export function useHome(db: TeachableHomeDb = getDb()): Home | undefined {
  return useLiveQuery(() => readHome(db), [db]);
}

export function useHomeSettings(db: TeachableHomeDb = getDb()): HomeSettings | undefined {
  return useLiveQuery(() => getHomeSettings(db), [db]);
}

/** `null` once read and there is no saved clock; undefined while reading. */
export function useClockState(db: TeachableHomeDb = getDb()): SimClockState | null | undefined {
  return useLiveQuery(async () => (await getClockState(db)) ?? null, [db]);
}

/** `null` once read and the database was never reset to a scenario; undefined while reading. */
export function useMeta(db: TeachableHomeDb = getDb()): Meta | null | undefined {
  return useLiveQuery(async () => (await getMeta(db)) ?? null, [db]);
}

export function useEventCount(
  filter: EventFilter,
  db: TeachableHomeDb = getDb(),
): number | undefined {
  const { area, entityId, causeKind } = filter;
  return useLiveQuery(
    () => countEvents(db, { area, entityId, causeKind }),
    [db, area, entityId, causeKind],
  );
}
