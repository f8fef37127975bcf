import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DialogueState } from '../domain/assistant/types.ts';
import { openDatabase, type TeachableHomeDb } from './db.ts';
import { readHome } from './home.ts';
import { resetDatabase } from './scenario.ts';
import { getHomeSettings } from './settings.ts';
import { T0, freshDb, sampleHome, seededDb } from './testing.ts';
import {
  DEFAULT_CONSOLE_SETTINGS,
  TRANSCRIPT_CAP,
  addTurn,
  clearTranscript,
  getConsoleSettings,
  getDialogueState,
  readTranscript,
  restoreTranscript,
  saveDialogueState,
  updateConsoleSettings,
  type NewTurn,
} from './transcript.ts';

function turn(i: number, overrides: Partial<NewTurn> = {}): NewTurn {
  return {
    id: `turn-${i}`,
    at: T0 + i * 1000,
    area: 'kitchen',
    text: `turn off the kitchen light ${i}`,
    reply: 'Turned off Kitchen ceiling.',
    outcome: 'acted',
    explanation: {
      understood: 'Turn off the Kitchen ceiling',
      intent: 'HassTurnOff',
      slots: { name: 'Kitchen ceiling', area: 'Kitchen' },
      targets: [{ id: 'light.kitchen_ceiling', name: 'Kitchen ceiling' }],
      changes: ['Kitchen ceiling: turned off'],
      reasons: ['You said "kitchen light", and Kitchen ceiling is the light in the Kitchen.'],
    },
    interpretation: {
      intent: 'HassTurnOff',
      slots: { name: 'Kitchen ceiling', area: 'Kitchen' },
      targets: ['light.kitchen_ceiling'],
    },
    ...overrides,
  };
}

const remembered: DialogueState = {
  previous: {
    intent: 'HassTurnOff',
    slots: { area: 'Kitchen' },
    targets: ['light.kitchen_ceiling'],
  },
  pending: {
    kind: 'which',
    options: ['light.kitchen_ceiling', 'light.kitchen_counter'],
    interpretation: {
      text: 'turn on the kitchen light',
      intent: 'HassTurnOn',
      slots: { area: 'Kitchen', domain: 'light' },
      targets: [],
      ambiguous: ['light.kitchen_ceiling', 'light.kitchen_counter'],
      parts: [{ text: 'the kitchen light', intent: 'HassTurnOn', slots: {}, targets: [] }],
    },
  },
};

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('the database upgrade to version 2', () => {
  it('adds the turns table and keeps everything a version 1 database held', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-from-v1';
    // A database exactly as version 1 of the app left it.
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      floors: 'id',
      areas: 'id',
      entities: 'id, domain, area',
      events: '++seq, &id, at, [entityId+at], [area+at], [causeKind+at]',
      settings: 'key',
    });
    await v1.table('floors').bulkAdd(sampleHome.floors);
    await v1.table('areas').bulkAdd(sampleHome.areas);
    await v1.table('entities').bulkAdd(sampleHome.entities);
    await v1.table('settings').put({
      key: 'home',
      value: {
        temperatureUnit: 'F',
        location: { name: 'Oslo', latitude: 59.9, longitude: 10.7, timeZone: 'Europe/Oslo' },
      },
    });
    v1.close();

    db = openDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect((await readHome(db)).entities.map((e) => e.id).sort()).toEqual(
      sampleHome.entities.map((e) => e.id).sort(),
    );
    expect((await getHomeSettings(db)).location.name).toBe('Oslo');
    expect(await readTranscript(db)).toEqual([]);
    await addTurn(db, turn(1));
    expect(await readTranscript(db)).toHaveLength(1);
  });
});

describe('turns', () => {
  it('come back in the order they were said, numbered by the table', async () => {
    db = freshDb();
    const first = await addTurn(db, turn(1));
    const second = await addTurn(db, turn(2, { area: undefined, outcome: 'answered' }));
    expect(second.seq).toBeGreaterThan(first.seq);
    const stored = await readTranscript(db);
    expect(stored.map((t) => t.id)).toEqual(['turn-1', 'turn-2']);
    expect(stored[0]).toEqual({ ...turn(1), seq: first.seq });
    expect(stored[1]?.area).toBeUndefined();
    expect(stored[1]?.outcome).toBe('answered');
  });

  it(`keep only the last ${TRANSCRIPT_CAP}`, async () => {
    db = freshDb();
    await db.turns.bulkAdd(
      Array.from({ length: TRANSCRIPT_CAP }, (_, i) => ({ ...turn(i), seq: i + 1 })),
    );
    await addTurn(db, turn(TRANSCRIPT_CAP));
    await addTurn(db, turn(TRANSCRIPT_CAP + 1));
    const stored = await readTranscript(db);
    expect(stored).toHaveLength(TRANSCRIPT_CAP);
    expect(stored[0]?.id).toBe('turn-2');
    expect(stored.at(-1)?.id).toBe(`turn-${TRANSCRIPT_CAP + 1}`);
  });

  it('leave a broken row out instead of failing, and say so', async () => {
    db = freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await addTurn(db, turn(1));
    await db.turns.add({ ...turn(2), outcome: 'exploded' } as never);
    await db.turns.add({ ...turn(3), explanation: null } as never);
    await addTurn(db, turn(4));
    expect((await readTranscript(db)).map((t) => t.id)).toEqual(['turn-1', 'turn-4']);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/broken turn/);
  });

  it('are refused, and nothing is saved, when invalid', async () => {
    db = freshDb();
    await expect(addTurn(db, turn(1, { id: '' }))).rejects.toThrow(/Refusing to save invalid turn/);
    await expect(
      addTurn(
        db,
        turn(2, { interpretation: { intent: 'HassDance', slots: {}, targets: [] } } as never),
      ),
    ).rejects.toThrow(/turn\.interpretation\.intent/);
    expect(await db.turns.count()).toBe(0);
  });
});

describe('the dialogue state', () => {
  it('is empty until saved, then round-trips, compound requests included', async () => {
    db = freshDb();
    expect(await getDialogueState(db)).toEqual({});
    await saveDialogueState(db, remembered);
    expect(await getDialogueState(db)).toEqual(remembered);
  });

  it('is forgotten, not fatal, when the stored row is broken', async () => {
    db = freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.settings.put({
      key: 'dialogue',
      value: { previous: { intent: 'HassTurnOff', slots: {}, targets: 'everything' } },
    });
    expect(await getDialogueState(db)).toEqual({});
    await expect(
      saveDialogueState(db, { previous: { intent: 'Nope', slots: {}, targets: [] } } as never),
    ).rejects.toThrow(/dialogue/);
  });
});

describe('the console settings', () => {
  it('start at the defaults (spoken replies off) and change one at a time', async () => {
    db = freshDb();
    expect(await getConsoleSettings(db)).toEqual(DEFAULT_CONSOLE_SETTINGS);
    expect(DEFAULT_CONSOLE_SETTINGS.speak).toBe(false);
    await updateConsoleSettings(db, { area: 'kitchen' });
    await updateConsoleSettings(db, { speak: true });
    expect(await getConsoleSettings(db)).toEqual({ area: 'kitchen', speak: true });
  });

  it('fall back to the defaults when the stored row is broken', async () => {
    db = freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.settings.put({ key: 'console', value: { area: 42, speak: 'loud' } });
    expect(await getConsoleSettings(db)).toEqual(DEFAULT_CONSOLE_SETTINGS);
    await expect(updateConsoleSettings(db, { area: '' })).rejects.toThrow(/console\.area/);
  });
});

describe('clearing the conversation', () => {
  it('forgets the turns and the dialogue state, and Undo brings both back', async () => {
    db = freshDb();
    await addTurn(db, turn(1));
    await addTurn(db, turn(2));
    await saveDialogueState(db, remembered);
    await updateConsoleSettings(db, { area: 'kitchen' });

    const cleared = await clearTranscript(db);
    expect(await readTranscript(db)).toEqual([]);
    expect(await getDialogueState(db)).toEqual({});
    expect(await getConsoleSettings(db)).toEqual({ area: 'kitchen', speak: false });

    // Something said after clearing stays, after the restored turns.
    await addTurn(db, turn(3));
    await restoreTranscript(db, cleared);
    expect((await readTranscript(db)).map((t) => t.id)).toEqual(['turn-1', 'turn-2', 'turn-3']);
    expect(await getDialogueState(db)).toEqual(remembered);
  });

  it('Undo keeps a dialogue state saved after the clearing', async () => {
    db = freshDb();
    await saveDialogueState(db, remembered);
    const cleared = await clearTranscript(db);
    const newer: DialogueState = {
      previous: { intent: 'HassTurnOn', slots: {}, targets: ['switch.kettle'] },
    };
    await saveDialogueState(db, newer);
    await restoreTranscript(db, cleared);
    expect(await getDialogueState(db)).toEqual(newer);
  });
});

describe('loading a scenario', () => {
  it('starts a new conversation: no turns and nothing remembered', async () => {
    db = await seededDb();
    await addTurn(db, turn(1));
    await saveDialogueState(db, remembered);
    await resetDatabase(db, { scenario: 'again', home: sampleHome, now: T0 });
    expect(await readTranscript(db)).toEqual([]);
    expect(await getDialogueState(db)).toEqual({});
  });
});
