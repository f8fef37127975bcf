// Test helpers: a fresh, uniquely named fake-IndexedDB database per test, a byte-exact dump of a
// database, and a small valid home. Imported by tests only.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { homeSchema, type Home } from '../domain/home/model.ts';
import type { HomeEvent } from '../domain/activity/event.ts';
import type { Cause } from '../domain/activity/cause.ts';
import { openDatabase, type TeachableHomeDb } from './db.ts';
import { resetDatabase } from './scenario.ts';

let counter = 0;

/** Passed explicitly: Dexie reads the indexedDB global when it is first imported, and test
 * files import Dexie (through the modules under test) before any helper could set the global. */
const indexedDB = new IDBFactory();

export function freshDb(): TeachableHomeDb {
  counter++;
  return openDatabase(`test-${counter}-${Math.random().toString(36).slice(2)}`, {
    indexedDB,
    IDBKeyRange,
  });
}

/** Every row of every table, in key order, as one string: equal dumps mean an unchanged database. */
export async function dump(db: TeachableHomeDb): Promise<string> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const contents = await Promise.all(tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(contents);
}

export const T0 = Date.UTC(2025, 0, 6, 7, 0, 0);

export const sampleHome: Home = homeSchema.parse({
  floors: [
    { id: 'ground', name: 'Ground floor', level: 0 },
    { id: 'upstairs', name: 'Upstairs', level: 1 },
  ],
  areas: [
    { id: 'kitchen', name: 'Kitchen', floor: 'ground' },
    { id: 'living_room', name: 'Living room', floor: 'ground' },
    { id: 'bedroom', name: 'Bedroom', floor: 'upstairs' },
  ],
  entities: [
    {
      id: 'light.kitchen_ceiling',
      name: 'Kitchen ceiling',
      domain: 'light',
      area: 'kitchen',
      state: 'off',
      attributes: {
        brightness: 80,
        color_mode: 'color_temp',
        color_temp_kelvin: 2700,
        supported_color_modes: ['color_temp'],
      },
    },
    {
      id: 'light.living_room_lamp',
      name: 'Living room lamp',
      domain: 'light',
      area: 'living_room',
      aliases: ['reading lamp'],
      state: 'on',
      attributes: {
        brightness: 40,
        color_mode: 'rgb',
        rgb_color: '#ff8800',
        supported_color_modes: ['rgb'],
      },
    },
    {
      id: 'switch.kettle',
      name: 'Kettle',
      domain: 'switch',
      area: 'kitchen',
      state: 'off',
      attributes: { device_class: 'outlet', plugged_in: 'kettle' },
    },
    {
      id: 'climate.bedroom',
      name: 'Bedroom thermostat',
      domain: 'climate',
      area: 'bedroom',
      state: 'heat',
      attributes: { temperature: 20, current_temperature: 18.5, hvac_action: 'heating' },
    },
    { id: 'person.alex', name: 'Alex', domain: 'person', state: 'home', attributes: {} },
  ],
});

export function makeEvent(
  i: number,
  overrides: Partial<HomeEvent> = {},
  cause: Cause = { kind: 'manual' },
): HomeEvent {
  return {
    id: `ev-test-${i}`,
    at: T0 + i * 1000,
    entityId: 'light.kitchen_ceiling',
    entityName: 'Kitchen ceiling',
    domain: 'light',
    area: 'kitchen',
    changes: [{ key: 'state', from: 'off', to: 'on' }],
    cause,
    ...overrides,
  };
}

export async function seededDb(events: HomeEvent[] = []): Promise<TeachableHomeDb> {
  const db = freshDb();
  await resetDatabase(db, { scenario: 'test', home: sampleHome, events, now: T0 });
  return db;
}
