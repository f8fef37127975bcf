// Sensors of every Home Assistant class survive the database and a backup: written, read back
// through restore-on-read, exported, checked by the backup schema and imported again.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BINARY_CLASSES } from '../../domain/home/binaryClasses.ts';
import { homeSchema, type Entity, type Home } from '../../domain/home/model.ts';
import { SENSOR_CLASSES } from '../../domain/home/sensorClasses.ts';
import type { TeachableHomeDb } from '../db.ts';
import { readHome } from '../home.ts';
import { resetDatabase } from '../scenario.ts';
import { freshDb, sampleHome, T0 } from '../testing.ts';
import { backupToText, exportBackup } from './export.ts';
import { importBackup } from './import.ts';
import { parseBackup } from './parse.ts';

const dbs: TeachableHomeDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** A reading that fits each class: a date for dates, °C for temperatures, a number otherwise. */
const reading = (deviceClass: string) =>
  deviceClass === 'date' ? '2024-04-01' : deviceClass === 'signal_strength' ? '-43' : '22.9';

const everyClass: Home = homeSchema.parse({
  ...sampleHome,
  entities: [
    ...sampleHome.entities,
    ...SENSOR_CLASSES.map((c): Entity => ({
      id: `sensor.${c}`,
      name: `A ${c.replace(/_/g, ' ')} sensor`,
      domain: 'sensor',
      area: 'kitchen',
      state: reading(c),
      attributes: {
        device_class: c,
        ...(c === 'temperature'
          ? { unit_of_measurement: '°C' }
          : c === 'date'
            ? {}
            : { unit_of_measurement: 'MB/s' }),
      },
    })),
    {
      id: 'sensor.plain_text',
      name: 'Dishwasher program',
      domain: 'sensor',
      state: 'Eco wash',
      attributes: {},
    },
    ...BINARY_CLASSES.map((c, i): Entity => ({
      id: `binary_sensor.${c}`,
      name: `A ${c.replace(/_/g, ' ')} sensor`,
      domain: 'binary_sensor',
      state: i % 2 === 0 ? 'on' : 'off',
      attributes: { device_class: c },
    })),
  ],
});

/** Stored rows come back in id order. */
const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (home: Home | false) =>
  home && { floors: byId(home.floors), areas: byId(home.areas), entities: byId(home.entities) };

async function seeded(home: Home): Promise<TeachableHomeDb> {
  const db = freshDb();
  dbs.push(db);
  await resetDatabase(db, { scenario: 'test', home, events: [], now: T0 });
  return db;
}

describe('sensors of every class', () => {
  it('are stored and read back unchanged', async () => {
    const db = await seeded(everyClass);
    expect(sorted(await readHome(db))).toEqual(sorted(everyClass));
  });

  it('round-trip through a backup file', async () => {
    const text = backupToText(await exportBackup(await seeded(everyClass), T0));
    const parsed = parseBackup(text);
    expect(sorted(parsed.ok && parsed.backup.home)).toEqual(sorted(everyClass));

    const target = freshDb();
    dbs.push(target);
    expect(await importBackup(target, text)).toMatchObject({ ok: true });
    expect(sorted(await readHome(target))).toEqual(sorted(everyClass));
  });

  it('are refused in a backup when a reading does not fit its class', async () => {
    const text = backupToText(await exportBackup(await seeded(everyClass), T0));
    const broken = text.replace('"state":"2024-04-01"', '"state":"next spring"');
    expect(broken).not.toBe(text);
    const parsed = parseBackup(broken);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toMatch(/date/);
  });

  it('leave older backups importable', () => {
    // Format 1, written before the classes were widened, with its four sensor classes.
    const v1 = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
    const parsed = parseBackup(v1);
    expect(parsed.ok).toBe(true);
    const sensors = parsed.ok
      ? parsed.backup.home.entities.filter((e) => e.domain === 'sensor')
      : [];
    expect(sensors.length).toBeGreaterThan(0);
  });
});
