import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type HomeSettings } from '../domain/settings/settings.ts';
import { startClock } from '../domain/clock/simClock.ts';
import type { TeachableHomeDb } from './db.ts';
import { countEvents } from './events.ts';
import { readHome } from './home.ts';
import { resetDatabase } from './scenario.ts';
import {
  getClockState,
  getHomeSettings,
  getMeta,
  restoreHomeSettings,
  saveClockState,
  saveHomeSettings,
  saveMeta,
} from './settings.ts';
import { T0, dump, freshDb, makeEvent, sampleHome, seededDb } from './testing.ts';

const paris: HomeSettings = {
  temperatureUnit: 'F',
  location: { name: 'Paris', latitude: 48.8566, longitude: 2.3522, timeZone: 'Europe/Paris' },
};

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('home settings', () => {
  it('are the defaults in a new database, without a warning', async () => {
    db = freshDb();
    const warn = vi.spyOn(console, 'warn');
    expect(await getHomeSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  it('round-trip', async () => {
    db = freshDb();
    await saveHomeSettings(db, paris);
    expect(await getHomeSettings(db)).toEqual(paris);
  });

  it('refuse to save invalid settings, and keep the old ones', async () => {
    db = freshDb();
    await saveHomeSettings(db, paris);
    const bad = { ...paris, location: { ...paris.location, latitude: 123 } };
    await expect(saveHomeSettings(db, bad)).rejects.toThrow(
      /home\.location\.latitude: Latitude is between -90 and 90/,
    );
    expect(await getHomeSettings(db)).toEqual(paris);
  });

  it('keep each valid field of a broken row and fall back to the default for the rest', async () => {
    db = freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.settings.put({
      key: 'home',
      value: { temperatureUnit: 'F', location: { ...paris.location, latitude: 'north' } },
    });
    expect(await getHomeSettings(db)).toEqual({
      temperatureUnit: 'F',
      location: { ...paris.location, latitude: DEFAULT_SETTINGS.location.latitude },
    });
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/default for location\.latitude/);
  });

  it('restore anything at all to something valid', () => {
    for (const stored of [null, 'text', 42, [], { temperatureUnit: 'K' }, { location: null }]) {
      const { settings } = restoreHomeSettings(stored);
      expect(settings.temperatureUnit).toMatch(/^[CF]$/);
      expect(settings.location.name.length).toBeGreaterThan(0);
    }
  });
});

describe('clock and meta', () => {
  it('are undefined until saved, then round-trip', async () => {
    db = freshDb();
    expect(await getClockState(db)).toBeUndefined();
    expect(await getMeta(db)).toBeUndefined();
    const clock = startClock(T0, 1_000, 60);
    await saveClockState(db, clock);
    await saveMeta(db, { scenario: 'demo', simulatedUntil: T0, createdAt: T0 });
    expect(await getClockState(db)).toEqual(clock);
    expect(await getMeta(db)).toEqual({ scenario: 'demo', simulatedUntil: T0, createdAt: T0 });
  });

  it('ignore a broken row, and refuse to save one', async () => {
    db = freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.settings.put({
      key: 'clock',
      value: { anchorReal: 1, anchorSim: -5, rate: 1, paused: false },
    });
    expect(await getClockState(db)).toBeUndefined();
    await expect(
      saveClockState(db, { anchorReal: 1, anchorSim: 1, rate: -1, paused: false }),
    ).rejects.toThrow(/clock\.rate: must be at least 0/);
    await expect(saveMeta(db, { scenario: '', simulatedUntil: 0, createdAt: 0 })).rejects.toThrow(
      /meta\.scenario/,
    );
  });
});

describe('resetDatabase', () => {
  it('replaces everything with the scenario', async () => {
    db = await seededDb([makeEvent(1), makeEvent(2)]);
    await saveClockState(db, startClock(T0, 0));
    const home = { ...sampleHome, entities: sampleHome.entities.slice(0, 2) };
    const meta = await resetDatabase(db, {
      scenario: 'small',
      home,
      events: [makeEvent(7)],
      settings: { temperatureUnit: 'F' },
      now: T0 + 5,
    });
    expect(meta).toEqual({ scenario: 'small', simulatedUntil: T0 + 5, createdAt: T0 + 5 });
    expect((await readHome(db)).entities.map((e) => e.id)).toEqual(
      home.entities.map((e) => e.id).sort(),
    );
    expect(await countEvents(db)).toBe(1);
    expect(await getHomeSettings(db)).toEqual({ ...DEFAULT_SETTINGS, temperatureUnit: 'F' });
    expect(await getClockState(db)).toBeUndefined();
    expect(await getMeta(db)).toEqual(meta);
  });

  it('throws on invalid scenario data and leaves the database as it was', async () => {
    db = await seededDb([makeEvent(1)]);
    const before = await dump(db);
    const dangling = { ...sampleHome, areas: [] };
    await expect(resetDatabase(db, { scenario: 'bad', home: dangling, now: T0 })).rejects.toThrow(
      /there is no area/,
    );
    await expect(
      resetDatabase(db, {
        scenario: 'bad',
        home: sampleHome,
        events: [makeEvent(1, { at: -1 })],
        now: T0,
      }),
    ).rejects.toThrow(/at: must be at least 0/);
    expect(await dump(db)).toBe(before);
  });
});
