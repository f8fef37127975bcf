import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { HomeEvent } from '../../domain/activity/event.ts';
import { startClock } from '../../domain/clock/simClock.ts';
import type { TeachableHomeDb } from '../db.ts';
import { readHome } from '../home.ts';
import { getRunnerState } from '../routineRunner.ts';
import {
  getRoutine,
  listRoutines,
  listRuns,
  listVersions,
  restoreVersion,
  saveRoutine,
  waitingRuns,
} from '../routines.ts';
import {
  getClockState,
  getHomeSettings,
  getMeta,
  saveClockState,
  saveHomeSettings,
} from '../settings.ts';
import { deleteTaught, getTaught, listTaught, saveTaught } from '../taught.ts';
import { sampleCommand, sampleConcept, seedTaught } from '../taughtSamples.ts';
import { getSkill, listSkills, saveSkill } from '../skills.ts';
import { jokesMemory, sampleDraft, sampleSkill, seedSkills } from '../skillSamples.ts';
import { T0, dump, freshDb, makeEvent, seededDb } from '../testing.ts';
import { backupToText, exportBackup } from './export.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format.ts';
import { importBackup } from './import.ts';
import { parseBackup } from './parse.ts';
import { heldFor, sampleRoutine, seedRoutines } from './routineSamples.ts';
import { getAwarenessMemory, saveAwarenessMemory } from '../awareness.ts';
import { EMPTY_MEMORY } from '../../domain/awareness/types.ts';

const dbs: TeachableHomeDb[] = [];
const track = (db: TeachableHomeDb) => (dbs.push(db), db);
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const V1_TEXT = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
const V2_TEXT = readFileSync(new URL('./fixtures/backup-v2.json', import.meta.url), 'utf8');
const V3_TEXT = readFileSync(new URL('./fixtures/backup-v3.json', import.meta.url), 'utf8');
const V4_TEXT = readFileSync(new URL('./fixtures/backup-v4.json', import.meta.url), 'utf8');
const V5_TEXT = readFileSync(new URL('./fixtures/backup-v5.json', import.meta.url), 'utf8');

function historyWithTies(): HomeEvent[] {
  return [
    makeEvent(1),
    makeEvent(2, { at: T0 + 5000 }, { kind: 'voice', utterance: 'lights on', area: 'Kitchen' }),
    makeEvent(3, {
      at: T0 + 5000,
      entityId: 'switch.kettle',
      entityName: 'Kettle',
      domain: 'switch',
    }),
    makeEvent(4, {
      at: T0 + 5000,
      entityId: 'light.gone',
      entityName: 'Removed lamp',
      area: undefined,
    }),
    makeEvent(
      5,
      {
        changes: [
          { key: 'brightness', from: 10, to: 55 },
          { key: 'color', from: null, to: 'red' },
        ],
      },
      {
        kind: 'taught',
        commandId: 't1',
        phrase: 'movie mode',
        parent: { kind: 'routine', routineId: 'r1', routineName: 'Evening', trigger: 'sunset' },
      },
    ),
  ];
}

async function everything(db: TeachableHomeDb) {
  const backup = await exportBackup(db, 0);
  return {
    home: await readHome(db),
    settings: await getHomeSettings(db),
    clock: await getClockState(db),
    meta: await getMeta(db),
    events: backup.events,
  };
}

describe('backup round trip', () => {
  it('restores home, events (in order, ties included), settings, clock and meta exactly', async () => {
    const source = track(await seededDb(historyWithTies()));
    await saveHomeSettings(source, {
      temperatureUnit: 'F',
      location: { name: 'Oslo', latitude: 59.91, longitude: 10.75, timeZone: 'Europe/Oslo' },
    });
    await saveClockState(source, startClock(T0 + 9000, 123_456, 3600, true));
    const text = backupToText(await exportBackup(source, T0 + 10_000));

    const target = track(freshDb());
    const result = await importBackup(target, text);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.upgradedFrom).toBeFalsy();
    expect(await everything(target)).toEqual(await everything(source));
    expect((await everything(target)).events.map((e) => e.id)).toEqual(
      historyWithTies().map((e) => e.id),
    );
    // Same database, same text: backups diff cleanly.
    expect(backupToText(await exportBackup(target, T0 + 10_000))).toBe(text);
  });

  it('writes readable JSON with a header first and one line per row', async () => {
    const db = track(await seededDb(historyWithTies()));
    const text = backupToText(await exportBackup(db, T0));
    expect(
      text.startsWith(`{\n  "format": "${BACKUP_FORMAT}",\n  "version": ${BACKUP_VERSION},`),
    ).toBe(true);
    expect(text.split('\n').filter((line) => line.includes('"id":"ev-test-')).length).toBe(5);
    expect(JSON.parse(text)).toEqual(await exportBackup(db, T0));
  });

  it('replaces what was in the database before', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    const text = backupToText(await exportBackup(source, T0));
    const target = track(await seededDb([makeEvent(8), makeEvent(9)]));
    await saveClockState(target, startClock(0, 0));
    await importBackup(target, text);
    expect((await exportBackup(target, T0)).events.map((e) => e.id)).toEqual(['ev-test-1']);
    expect(await getClockState(target)).toBeUndefined();
  });
});

/** The routines as the app reads them: each with its versions (newest first) and runs. */
async function routinesOf(db: TeachableHomeDb) {
  const routines = await listRoutines(db);
  return {
    routines,
    versions: await Promise.all(
      routines.map(async (r) => (await listVersions(db, r.id)).map(({ seq: _seq, ...v }) => v)),
    ),
    runs: await Promise.all(routines.map((r) => listRuns(db, r.id, 1000))),
    waiting: await waitingRuns(db),
  };
}

describe('backup of routines', () => {
  it('restores routines, every kept version in order, runs and the runner state', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    await seedRoutines(source);
    const text = backupToText(await exportBackup(source, T0 + 10_000));

    const target = track(await seededDb());
    await saveRoutine(target, sampleRoutine({ id: 'other', name: 'Replaced' }), T0);
    expect(await importBackup(target, text)).toMatchObject({ ok: true });

    const restored = await routinesOf(target);
    expect(restored).toEqual(await routinesOf(source));
    expect(restored.routines.map((r) => [r.id, r.name, r.enabled])).toEqual([
      ['morning', 'Morning', true],
      ['good_night', 'Sleep well', false],
    ]);
    expect(restored.versions[1]!.map((v) => [v.savedAt, v.routine.name])).toEqual([
      [T0 + 3000, 'Sleep well'],
      [T0 + 2000, 'Night night'],
      [T0 + 1000, 'Good night'],
    ]);
    expect(restored.runs.map((runs) => runs.map((r) => r.id))).toEqual([
      ['run-morning-1'],
      ['run-night-1'],
    ]);
    expect(restored.waiting.map((r) => r.id)).toEqual(['run-morning-1']);
    expect(await getRunnerState(target)).toEqual({ until: T0 + 6000, held: [heldFor('morning')] });
    expect(backupToText(await exportBackup(target, T0 + 10_000))).toBe(text);

    // The history still works: the oldest version comes back as a new save.
    const oldest = (await listVersions(target, 'good_night')).at(-1)!;
    await restoreVersion(target, 'good_night', oldest.seq, T0 + 20_000);
    expect(await getRoutine(target, 'good_night')).toMatchObject({
      name: 'Good night',
      enabled: false,
    });
  });

  it('leaves out a deleted routine with its versions, runs and held triggers', async () => {
    const db = track(await seededDb());
    await seedRoutines(db);
    const backup = await exportBackup(db, T0);
    expect(backup.routines.map((r) => r.id)).toEqual(['morning', 'good_night']);
    expect(backup.routineVersions.map((v) => v.routineId)).toEqual([
      'good_night',
      'good_night',
      'morning',
      'good_night',
    ]);
    expect(backup.routineVersions.some((v) => 'seq' in v)).toBe(false);
    expect(backup.routineRuns.map((r) => r.id)).toEqual(['run-night-1', 'run-morning-1']);
    expect(backup.runner?.held).toEqual([heldFor('morning')]);
    expect(JSON.stringify(backup)).not.toContain('"gone"');
  });

  it('refuses the whole file when one routine is invalid, changing nothing', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    await seedRoutines(source);
    const backup = JSON.parse(backupToText(await exportBackup(source, T0)));
    const night = backup.routines.findIndex((r: { id: string }) => r.id === 'good_night');
    backup.routines[night].actions = [];

    const target = track(await seededDb([makeEvent(7)]));
    await saveRoutine(target, sampleRoutine({ id: 'kept', name: 'Kept' }), T0);
    const before = await dump(target);
    expect(await importBackup(target, JSON.stringify(backup))).toEqual({
      ok: false,
      message: 'This backup has problems, so nothing was imported.',
      problems: [`routines[${night}].actions: add at least one action`],
    });
    expect(await dump(target)).toBe(before);
    expect((await listRoutines(target)).map((r) => r.name)).toEqual(['Kept']);
  });
});

describe('backup of taught items', () => {
  it('restores the taught commands, concepts and names, leaving out deleted ones', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    await seedRoutines(source);
    await seedTaught(source);
    const backup = await exportBackup(source, T0 + 10_000);
    expect(backup.taught.map((i) => i.id)).toEqual([
      'movie_mode',
      'study_mode',
      'big_light',
      'kids_room',
    ]);
    expect(JSON.stringify(backup)).not.toContain('party time');
    const text = backupToText(backup);
    expect(text.split('\n').filter((line) => line.includes('"taughtAt":')).length).toBe(4);

    const target = track(await seededDb());
    await saveTaught(target, sampleCommand({ id: 'replaced', phrases: ['replaced'] }), T0);
    expect(await importBackup(target, text)).toMatchObject({ ok: true });
    expect(await listTaught(target)).toEqual(await listTaught(source));
    expect(await getTaught(target, 'movie_mode')).toMatchObject({
      phrases: ['cinema time', 'movie mode'],
      taughtAt: T0,
      updatedAt: T0 + 200,
    });
    expect(await getTaught(target, 'replaced')).toBeUndefined();
    expect(await target.taught.get('party')).toBeUndefined();
    expect((await listRoutines(target)).map((r) => r.id)).toEqual(['morning', 'good_night']);
    expect(backupToText(await exportBackup(target, T0 + 10_000))).toBe(text);
  });

  it('refuses the whole file when one taught item is invalid, changing nothing', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    await seedTaught(source);
    const backup = JSON.parse(backupToText(await exportBackup(source, T0)));
    backup.taught[1].settings = {};
    backup.taught[0].phrases.push('');

    const target = track(await seededDb([makeEvent(7)]));
    await saveTaught(target, sampleConcept({ id: 'kept', word: 'cozy' }), T0);
    await saveTaught(target, sampleCommand({ id: 'gone', phrases: ['gone'] }), T0);
    await deleteTaught(target, 'gone', T0 + 1);
    const before = await dump(target);
    expect(await importBackup(target, JSON.stringify(backup))).toEqual({
      ok: false,
      message: 'This backup has problems, so nothing was imported.',
      problems: [
        'taught[0].phrases[2]: must not be empty',
        'taught[1].settings: choose at least one setting',
      ],
    });
    expect(await dump(target)).toBe(before);
    expect((await listTaught(target)).map((i) => i.id)).toEqual(['kept']);
  });
});

describe('backup of skills', () => {
  it('restores every skill with its status and memory, leaving out deleted ones', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    await seedRoutines(source);
    await seedTaught(source);
    await seedSkills(source);
    const backup = await exportBackup(source, T0 + 10_000);
    expect(backup.skills.map((s) => [s.id, s.status])).toEqual([
      ['dad_jokes', 'enabled'],
      ['feed_cat', 'draft'],
      ['kind_words', 'disabled'],
    ]);
    expect(backup.skills[0]).toEqual(sampleSkill({ updatedAt: T0 + 200, memory: jokesMemory() }));
    expect(JSON.stringify(backup)).not.toContain('old_facts');
    const text = backupToText(backup);
    expect(text.split('\n').filter((line) => line.includes('"blueprint":')).length).toBe(3);

    const target = track(await seededDb());
    await saveSkill(target, sampleSkill({ id: 'replaced', name: 'Replaced' }), T0);
    expect(await importBackup(target, text)).toMatchObject({ ok: true });
    expect(await listSkills(target)).toEqual(await listSkills(source));
    expect(await getSkill(target, 'dad_jokes')).toMatchObject({
      name: 'Dad jokes',
      createdAt: T0,
      updatedAt: T0 + 200,
      memory: jokesMemory(),
    });
    expect(await getSkill(target, 'replaced')).toBeUndefined();
    expect(await target.skills.get('old_facts')).toBeUndefined();
    expect((await listTaught(target)).map((i) => i.id)).toHaveLength(4);
    expect(backupToText(await exportBackup(target, T0 + 10_000))).toBe(text);
  });

  it('refuses the whole file when one skill or its form is invalid, naming it, changing nothing', async () => {
    const source = track(await seededDb([makeEvent(1)]));
    await seedSkills(source);
    const backup = JSON.parse(backupToText(await exportBackup(source, T0)));
    backup.skills[1].config = 'no form at all';
    backup.skills[2].name = 'K';

    const target = track(await seededDb([makeEvent(7)]));
    await saveSkill(target, sampleDraft({ id: 'kept', name: 'Kept' }), T0);
    const before = await dump(target);
    const result = await importBackup(target, JSON.stringify(backup));
    expect(result).toMatchObject({
      ok: false,
      message: 'This backup has problems, so nothing was imported.',
      problems: ['skills[2].name: give the skill a name of at least 2 letters'],
    });
    expect(await dump(target)).toBe(before);

    backup.skills[2].name = 'Kind words';
    const refused = await importBackup(target, JSON.stringify(backup));
    if (refused.ok) throw new Error('the backup was accepted');
    expect(refused.message).toBe('This backup has problems, so nothing was imported.');
    expect(refused.problems.length).toBeGreaterThan(0);
    for (const problem of refused.problems)
      expect(problem).toMatch(/^skills\[1\]\.config: the skill "Feed the cat" — ./);
    expect(await dump(target)).toBe(before);
    expect((await listSkills(target)).map((s) => s.id)).toEqual(['kept']);
  });
});

describe('backup format 1', () => {
  it('is upgraded keeping every entity, event and setting', async () => {
    const v1 = JSON.parse(V1_TEXT);
    const parsed = parseBackup(V1_TEXT);
    if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.problems.join('\n')}`);
    expect(parsed.upgradedFrom).toBe(1);
    const { backup } = parsed;
    expect(backup.home.entities.map((e) => e.id)).toEqual(
      v1.home.entities.map((e: { id: string }) => e.id),
    );
    expect(backup.home.areas).toEqual(v1.home.areas);
    expect(backup.home.floors).toEqual([
      { id: 'ground', name: 'Ground floor', level: 0 },
      { id: 'upstairs', name: 'Upstairs', level: 1 },
    ]);
    expect(backup.events.map((e) => e.id)).toEqual(v1.events.map((e: { id: string }) => e.id));
    expect(backup.settings).toEqual({
      temperatureUnit: 'F',
      location: {
        name: 'Boston',
        latitude: 42.3601,
        longitude: -71.0589,
        timeZone: 'America/New_York',
      },
    });
    expect(backup.clock).toEqual({
      anchorReal: Date.parse(v1.exportedAt),
      anchorSim: v1.clock.time,
      rate: 60,
      paused: false,
    });
    expect(backup.meta).toEqual({
      scenario: 'demo',
      simulatedUntil: v1.clock.time,
      createdAt: v1.clock.time,
    });

    const entity = (id: string) => backup.home.entities.find((e) => e.id === id);
    expect(entity('light.living_room_lamp')).toMatchObject({
      aliases: ['reading lamp'],
      attributes: {
        brightness: 80,
        color_mode: 'color_temp',
        supported_color_modes: ['color_temp'],
        color_temp_kelvin: 2700,
      },
    });
    expect(entity('light.kitchen_ceiling')?.attributes).toMatchObject({ brightness: 100 });
    expect(entity('light.bedroom_strip')?.attributes).toMatchObject({
      brightness: 25,
      color_mode: 'rgb',
      rgb_color: '#ff8800',
    });
    expect(entity('climate.hallway_thermostat')?.attributes).toEqual({
      temperature: 21.1,
      current_temperature: 19,
      hvac_action: 'heating',
      current_humidity: 45,
    });
    expect(entity('media_player.living_room_tv')?.attributes).toEqual({
      device_class: 'tv',
      volume: 35,
      muted: false,
      media_id: 'episode.nature_2',
      media_position: 0,
      queue: [],
    });
    expect(entity('sensor.bedroom_temperature')?.state).toBe('19.5');
    expect(entity('person.sam')?.state).toBe('not_home');

    const event = (n: number) => backup.events[n - 1];
    expect(event(1)).toMatchObject({
      changes: [
        { key: 'state', from: 'off', to: 'on' },
        { key: 'brightness', from: 50, to: 80 },
      ],
      cause: { kind: 'voice', utterance: 'turn on the living room lamp' },
    });
    expect(event(2)?.cause).toEqual({
      kind: 'routine',
      routineId: 'format-1',
      routineName: 'Good morning',
      trigger: 'not recorded',
    });
    expect(event(3)?.changes).toEqual([{ key: 'temperature', from: 17.8, to: 21.1 }]);
    expect(event(4)?.cause).toEqual({ kind: 'simulation', process: 'thermostat' });
    expect(event(6)?.cause).toEqual({
      kind: 'automatic',
      reason: 'Lock the door when someone leaves',
    });
    expect(event(7)).toMatchObject({ entityId: 'light.porch', cause: { kind: 'manual' } });
    expect(event(9)?.changes).toEqual([{ key: 'volume', from: 20, to: 35 }]);
    expect(event(10)?.changes).toEqual([{ key: 'state', from: '19', to: '19.5' }]);
    expect(event(13)?.changes).toEqual([{ key: 'state', from: 'home', to: 'not_home' }]);
  });

  it('imports into the database and exports in the current format', async () => {
    const db = track(freshDb());
    const result = await importBackup(db, V1_TEXT);
    expect(result).toMatchObject({ ok: true, upgradedFrom: 1 });
    expect((await readHome(db)).entities).toHaveLength(13);
    const again = await exportBackup(db, 1);
    expect(again.events).toHaveLength(13);
    expect(parseBackup(backupToText(again))).toMatchObject({ ok: true });
  });
});

describe('backup format 2', () => {
  const v2 = JSON.parse(V2_TEXT);
  const upgraded = {
    ...v2,
    version: BACKUP_VERSION,
    routines: [],
    routineVersions: [],
    routineRuns: [],
    taught: [],
    skills: [],
  };

  it('is upgraded keeping everything, with no routines yet', () => {
    expect(v2.version).toBe(2);
    const parsed = parseBackup(V2_TEXT);
    if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.problems.join('\n')}`);
    expect(parsed.upgradedFrom).toBe(2);
    expect(parsed.backup).toEqual(upgraded);
  });

  it('imports into the database and exports the same contents in the current format', async () => {
    const db = track(freshDb());
    expect(await importBackup(db, V2_TEXT)).toMatchObject({ ok: true, upgradedFrom: 2 });
    expect(await exportBackup(db, v2.exportedAt)).toEqual(upgraded);
    expect(await getClockState(db)).toEqual(v2.clock);
  });
});

describe('backup format 3', () => {
  const v3 = JSON.parse(V3_TEXT);
  const upgraded = { ...v3, version: BACKUP_VERSION, taught: [], skills: [] };

  it('is upgraded keeping everything, routines included, with nothing taught yet', () => {
    expect(v3.version).toBe(3);
    expect(v3.routines).toHaveLength(2);
    const parsed = parseBackup(V3_TEXT);
    if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.problems.join('\n')}`);
    expect(parsed.upgradedFrom).toBe(3);
    expect(parsed.backup).toEqual(upgraded);
  });

  it('imports into the database and exports the same contents in the current format', async () => {
    const db = track(freshDb());
    expect(await importBackup(db, V3_TEXT)).toMatchObject({ ok: true, upgradedFrom: 3 });
    expect(await exportBackup(db, v3.exportedAt)).toEqual(upgraded);
    expect(await listTaught(db)).toEqual([]);
    expect((await listVersions(db, 'good_night')).map((v) => v.routine.name)).toEqual([
      'Sleep well',
      'Night night',
      'Good night',
    ]);
  });
});

describe('backup format 4', () => {
  const v4 = JSON.parse(V4_TEXT);
  const upgraded = { ...v4, version: BACKUP_VERSION, skills: [] };

  it('is upgraded keeping everything, routines and taught items included, with no skills yet', () => {
    expect(v4.version).toBe(4);
    expect(v4.routines).toHaveLength(2);
    expect(v4.taught).toHaveLength(4);
    const parsed = parseBackup(V4_TEXT);
    if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.problems.join('\n')}`);
    expect(parsed.upgradedFrom).toBe(4);
    expect(parsed.backup).toEqual(upgraded);
  });

  it('imports into the database and exports the same contents in the current format', async () => {
    const db = track(freshDb());
    expect(await importBackup(db, V4_TEXT)).toMatchObject({ ok: true, upgradedFrom: 4 });
    expect(await exportBackup(db, v4.exportedAt)).toEqual(upgraded);
    expect(await listSkills(db)).toEqual([]);
    expect((await listTaught(db)).map((i) => i.id)).toEqual([
      'movie_mode',
      'study_mode',
      'big_light',
      'kids_room',
    ]);
  });
});

describe('backup format 5', () => {
  const v5 = JSON.parse(V5_TEXT);

  it('is upgraded keeping everything, skills included, with nothing the assistant noticed yet', () => {
    expect(v5.version).toBe(5);
    expect(v5.skills).toHaveLength(1);
    const parsed = parseBackup(V5_TEXT);
    if (!parsed.ok) throw new Error(`${parsed.message}\n${parsed.problems.join('\n')}`);
    expect(parsed.upgradedFrom).toBe(5);
    expect(parsed.backup).toEqual({ ...v5, version: BACKUP_VERSION });
    expect(parsed.backup.awareness).toBeUndefined();
  });

  it('refuses a "format 5" file that already holds format 6 fields', () => {
    const parsed = parseBackup(JSON.stringify({ ...v5, awareness: {} }));
    expect(parsed.ok).toBe(false);
  });

  it('keeps what the assistant remembers across a backup and a restore', async () => {
    const db = track(freshDb());
    expect(await importBackup(db, V5_TEXT)).toMatchObject({ ok: true, upgradedFrom: 5 });
    const memory = {
      ...EMPTY_MEMORY,
      neverAsk: ['light.porch'],
      automatic: ['cover.garage_door'],
      followUpsOff: ['tv-off-late'],
    };
    await saveAwarenessMemory(db, memory);
    const backup = await exportBackup(db, v5.exportedAt);
    expect(backup.awareness).toEqual(memory);
    const other = track(freshDb());
    expect(await importBackup(other, backupToText(backup))).toMatchObject({ ok: true });
    expect(await getAwarenessMemory(other)).toEqual(memory);
  });
});
