import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HomeEvent } from '../domain/activity/event.ts';
import { CAUSE_KINDS } from '../domain/activity/causeKinds.ts';
import type { Cause } from '../domain/activity/cause.ts';
import type { EventRow, TeachableHomeDb } from './db.ts';
import {
  addEvents,
  countEvents,
  eventsOfEntity,
  queryEvents,
  type EventCursor,
  type EventFilter,
} from './events.ts';
import { T0, dump, freshDb, makeEvent } from './testing.ts';

const ENTITIES = [
  ['light.kitchen_ceiling', 'kitchen'],
  ['light.living_room_lamp', 'living_room'],
  ['switch.kettle', 'kitchen'],
  ['climate.bedroom', 'bedroom'],
  ['person.alex', undefined],
] as const;

const CAUSES: Cause[] = [
  { kind: 'manual' },
  { kind: 'voice', utterance: 'turn it on' },
  {
    kind: 'routine',
    routineId: 'r1',
    routineName: 'Morning',
    trigger: 'time',
    parent: { kind: 'voice', utterance: 'good morning' },
  },
  { kind: 'simulation', process: 'thermostat' },
];

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** 5,000 events; `at` is coarse (one of 1,000 seconds) so many share a millisecond, and not in insert order. */
function manyEvents(): HomeEvent[] {
  const next = random(42);
  return Array.from({ length: 5000 }, (_, i) => {
    const [entityId, area] = ENTITIES[Math.floor(next() * ENTITIES.length)] ?? ENTITIES[0];
    const cause = CAUSES[Math.floor(next() * CAUSES.length)] ?? { kind: 'manual' };
    return makeEvent(i, { at: T0 + Math.floor(next() * 1000) * 1000, entityId, area }, cause);
  });
}

const newestFirst = (a: EventRow, b: EventRow) => b.at - a.at || b.seq - a.seq;

async function allPages(db: TeachableHomeDb, filter: EventFilter, limit: number) {
  const rows: EventRow[] = [];
  let after: EventCursor | undefined;
  let pages = 0;
  do {
    const page = await queryEvents(db, filter, { after, limit });
    rows.push(...page.rows);
    after = page.next;
    pages++;
    if (after) expect(page.rows).toHaveLength(limit);
  } while (after);
  return { rows, pages };
}

describe('queryEvents over 5,000 events', () => {
  let db: TeachableHomeDb;
  let all: EventRow[];
  beforeAll(async () => {
    db = freshDb();
    await addEvents(db, manyEvents());
    all = (await db.events.toArray()).sort(newestFirst);
  });
  afterAll(() => db.delete());

  const filters: [string, EventFilter][] = [
    ['no filter', {}],
    ['an entity', { entityId: 'switch.kettle' }],
    ['an area', { area: 'kitchen' }],
    ['a cause kind', { causeKind: 'routine' }],
    ['an area and a cause kind', { area: 'kitchen', causeKind: 'voice' }],
    ['an entity and a cause kind', { entityId: 'climate.bedroom', causeKind: 'simulation' }],
    ['an area that has no events', { area: 'garage' }],
  ];

  it.each(filters)(
    'pages through %s newest first, ties by insert order, without gaps or repeats',
    async (_, filter) => {
      const expected = all.filter(
        (e) =>
          (filter.entityId === undefined || e.entityId === filter.entityId) &&
          (filter.area === undefined || e.area === filter.area) &&
          (filter.causeKind === undefined || e.causeKind === filter.causeKind),
      );
      const { rows } = await allPages(db, filter, 97);
      expect(rows.map((r) => r.seq)).toEqual(expected.map((r) => r.seq));
      expect(await countEvents(db, filter)).toBe(expected.length);
    },
  );

  it('has ties on `at` in the data, so the tie-break is really tested', () => {
    const ats = new Set(all.map((e) => e.at));
    expect(ats.size).toBeLessThan(all.length / 4);
  });

  it('ends exactly at the last row when the count is a multiple of the page size', async () => {
    const { rows, pages } = await allPages(db, {}, 1000);
    expect(rows).toHaveLength(5000);
    expect(pages).toBe(5);
  });

  it('returns rows with their seq, cause kind and full cause', async () => {
    const { rows } = await queryEvents(db, { causeKind: 'routine' }, { limit: 1 });
    expect(rows[0]).toMatchObject({
      causeKind: 'routine',
      cause: { kind: 'routine', parent: { kind: 'voice' } },
    });
    expect(typeof rows[0]?.seq).toBe('number');
  });

  it('reads one entity between two times, oldest first, end excluded', async () => {
    const from = T0 + 100_000;
    const to = T0 + 200_000;
    const rows = await eventsOfEntity(db, 'light.kitchen_ceiling', from, to);
    const expected = all
      .filter((e) => e.entityId === 'light.kitchen_ceiling' && e.at >= from && e.at < to)
      .sort((a, b) => a.at - b.at || a.seq - b.seq);
    expect(rows.map((r) => r.seq)).toEqual(expected.map((r) => r.seq));
    expect(rows.length).toBeGreaterThan(0);
    expect(await eventsOfEntity(db, 'light.kitchen_ceiling', to, from)).toEqual([]);
  });
});

describe('addEvents and broken rows', () => {
  it('adds nothing when one event is invalid', async () => {
    const db = freshDb();
    await addEvents(db, [makeEvent(1)]);
    const before = await dump(db);
    await expect(addEvents(db, [makeEvent(2), makeEvent(3, { at: -5 })])).rejects.toThrow(
      /at: must be at least 0/,
    );
    expect(await dump(db)).toBe(before);
    await expect(addEvents(db, [makeEvent(1)])).rejects.toThrow();
    expect(await dump(db)).toBe(before);
    await db.delete();
  });

  it('skips a broken stored event and repairs a fixable one', async () => {
    const db = freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await addEvents(db, [makeEvent(1), makeEvent(2)]);
    await db.events.add({ ...makeEvent(3), cause: { kind: 'alien' } } as unknown as EventRow);
    await db.events.add({ ...makeEvent(4), entityName: 'x'.repeat(300) } as unknown as EventRow);
    const { rows } = await queryEvents(db, {}, { limit: 10 });
    expect(rows.map((r) => r.id)).toEqual(['ev-test-4', 'ev-test-2', 'ev-test-1']);
    expect(rows[0]?.entityName).toHaveLength(200);
    expect(CAUSE_KINDS).toContain(rows[0]?.causeKind);
    await db.delete();
  });
});
