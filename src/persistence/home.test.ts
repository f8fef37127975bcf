import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entity, Home } from '../domain/home/model.ts';
import type { TeachableHomeDb } from './db.ts';
import { countEvents } from './events.ts';
import { readHome, replaceHomeLayout, updateHome } from './home.ts';
import { dump, freshDb, makeEvent, sampleHome, seededDb } from './testing.ts';

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));
const sorted = (home: Home): Home => ({
  floors: byId(home.floors),
  areas: byId(home.areas),
  entities: byId(home.entities),
});

/** Turns the kitchen light on, the way execute() would: only that entity is a new object. */
function kitchenOn(home: Home) {
  const entities = home.entities.map((e): Entity =>
    e.id === 'light.kitchen_ceiling' && e.domain === 'light' ? { ...e, state: 'on' } : e,
  );
  return { home: { ...home, entities }, events: [makeEvent(1)] };
}

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('readHome', () => {
  it('reads an empty database as an empty home', async () => {
    db = freshDb();
    expect(await readHome(db)).toEqual({ floors: [], areas: [], entities: [] });
  });

  it('reads back what was written', async () => {
    db = await seededDb();
    expect(await readHome(db)).toEqual(sorted(sampleHome));
  });

  it('repairs what it can and drops what it cannot, without throwing, and says so', async () => {
    db = await seededDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.table('floors').put({ id: 'attic', name: 'Attic', level: 999 });
    await db.table('areas').put({ id: 'study', name: 'Study', floor: 'cellar' });
    await db.table('entities').bulkPut([
      {
        ...sampleHome.entities[0],
        attributes: { ...sampleHome.entities[0]?.attributes, brightness: 150 },
        legacy: 1,
      },
      {
        id: 'fan.ghost',
        name: 'Ghost',
        domain: 'fan',
        area: 'nowhere',
        state: 'on',
        attributes: { percentage: 30 },
      },
      { id: 'toaster.x', name: 'Toaster', domain: 'toaster', state: 'on', attributes: {} },
      {
        id: 'switch.broken',
        name: 'Broken',
        domain: 'switch',
        state: 'sideways',
        attributes: { device_class: 'outlet' },
      },
      {
        id: 'light.alias',
        name: 'Alias',
        domain: 'light',
        state: 'on',
        aliases: 'not a list',
        attributes: {
          brightness: 5,
          color_mode: 'brightness',
          supported_color_modes: ['brightness', 'sparkle'],
        },
      },
    ]);
    const home = await readHome(db);
    expect(home.floors.find((f) => f.id === 'attic')?.level).toBe(200);
    expect(home.areas.find((a) => a.id === 'study')).toEqual({ id: 'study', name: 'Study' });
    const kitchen = home.entities.find((e) => e.id === 'light.kitchen_ceiling');
    expect(kitchen?.attributes).toMatchObject({ brightness: 100 });
    expect(kitchen).not.toHaveProperty('legacy');
    expect(home.entities.find((e) => e.id === 'fan.ghost')).not.toHaveProperty('area');
    expect(home.entities.find((e) => e.id === 'light.alias')).toMatchObject({
      attributes: { supported_color_modes: ['brightness'] },
    });
    expect(home.entities.find((e) => e.id === 'light.alias')).not.toHaveProperty('aliases');
    expect(home.entities.map((e) => e.id)).not.toContain('toaster.x');
    expect(home.entities.map((e) => e.id)).not.toContain('switch.broken');
    const messages = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(messages).toMatch(/Repaired "light.kitchen_ceiling".*brightness: 150 → 100/);
    expect(messages).toMatch(/Dropped a broken row "toaster.x"/);
    expect(messages).toMatch(
      /Dropped a broken row "switch.broken".*state: must be one of "on", "off"/,
    );
  });

  it('persists repairs with the next write', async () => {
    db = await seededDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.table('entities').bulkPut([
      { id: 'fan.heal', name: 'Heal', domain: 'fan', state: 'on', attributes: { percentage: 300 } },
      { id: 'toaster.y', name: 'Toaster', domain: 'toaster', state: 'on', attributes: {} },
    ]);
    await updateHome(db, (home) => ({ home, events: [] }));
    expect(await db.entities.get('fan.heal')).toMatchObject({ attributes: { percentage: 100 } });
    expect(await db.table('entities').get('toaster.y')).toBeUndefined();
  });
});

describe('updateHome', () => {
  it('writes only the rows whose identity changed, and the events, in one go', async () => {
    db = await seededDb();
    const puts = vi.spyOn(db.entities, 'bulkPut');
    const result = await updateHome(db, kitchenOn);
    expect(puts).toHaveBeenCalledTimes(1);
    expect(puts.mock.calls[0]?.[0].map((e) => e.id)).toEqual(['light.kitchen_ceiling']);
    expect(result.events).toHaveLength(1);
    expect((await db.entities.get('light.kitchen_ceiling'))?.state).toBe('on');
    expect(await db.events.where('id').equals('ev-test-1').first()).toMatchObject({
      causeKind: 'manual',
      seq: expect.any(Number),
    });
  });

  it('changes nothing when the change function throws', async () => {
    db = await seededDb([makeEvent(0)]);
    const before = await dump(db);
    await expect(
      updateHome(db, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await dump(db)).toBe(before);
  });

  it('refuses an invalid entity, a dangling area or an invalid event, and writes none of it', async () => {
    db = await seededDb();
    const before = await dump(db);
    const brighter = (home: Home) => ({
      home: {
        ...home,
        entities: home.entities.map((e) =>
          e.domain === 'light' ? { ...e, attributes: { ...e.attributes, brightness: 150 } } : e,
        ),
      },
      events: [makeEvent(1)],
    });
    await expect(updateHome(db, brighter)).rejects.toThrow(/brightness: must be at most 100/);
    const moved = (home: Home) => ({
      home: { ...home, entities: home.entities.map((e) => ({ ...e, area: 'attic' })) },
      events: [],
    });
    await expect(updateHome(db, moved)).rejects.toThrow(/there is no area "attic"/);
    const badEvent = (home: Home) => ({
      ...kitchenOn(home),
      events: [makeEvent(2, { changes: [] })],
    });
    await expect(updateHome(db, badEvent)).rejects.toThrow(/changes: needs at least 1/);
    expect(await dump(db)).toBe(before);
  });

  it('deletes removed rows and adds new ones', async () => {
    db = await seededDb();
    await updateHome(db, (home) => ({
      home: {
        ...home,
        entities: [
          ...home.entities.filter((e) => e.id !== 'switch.kettle'),
          { id: 'person.sam', name: 'Sam', domain: 'person', state: 'not_home', attributes: {} },
        ],
      },
      events: [],
    }));
    const ids = (await readHome(db)).entities.map((e) => e.id);
    expect(ids).toContain('person.sam');
    expect(ids).not.toContain('switch.kettle');
  });

  it('keeps both of two concurrent updates (two tabs)', async () => {
    db = await seededDb();
    const setState = (id: string, state: 'on') => (home: Home) => ({
      home: {
        ...home,
        entities: home.entities.map((e) => (e.id === id ? ({ ...e, state } as Entity) : e)),
      },
      events: [makeEvent(id.length, { entityId: id })],
    });
    await Promise.all([
      updateHome(db, setState('light.kitchen_ceiling', 'on')),
      updateHome(db, setState('switch.kettle', 'on')),
    ]);
    const home = await readHome(db);
    expect(home.entities.find((e) => e.id === 'light.kitchen_ceiling')?.state).toBe('on');
    expect(home.entities.find((e) => e.id === 'switch.kettle')?.state).toBe('on');
    expect(await countEvents(db)).toBe(2);
  });
});

describe('replaceHomeLayout', () => {
  it('writes only rows that differ in content', async () => {
    db = await seededDb();
    const next = structuredClone(sampleHome);
    next.areas[0] = { id: 'kitchen', name: 'Big kitchen', floor: 'ground' };
    next.entities.push({
      id: 'person.sam',
      name: 'Sam',
      domain: 'person',
      state: 'home',
      attributes: {},
    });
    const areaPuts = vi.spyOn(db.areas, 'bulkPut');
    const entityPuts = vi.spyOn(db.entities, 'bulkPut');
    const result = await replaceHomeLayout(db, next);
    expect(result.ok).toBe(true);
    expect(areaPuts.mock.calls[0]?.[0].map((a) => a.id)).toEqual(['kitchen']);
    expect(entityPuts.mock.calls[0]?.[0].map((e) => e.id)).toEqual(['person.sam']);
    expect(await readHome(db)).toEqual(sorted(next));
  });

  it('returns the problems of an invalid layout and changes nothing', async () => {
    db = await seededDb();
    const before = await dump(db);
    const next = structuredClone(sampleHome);
    next.areas = next.areas.filter((a) => a.id !== 'kitchen');
    next.entities.push({
      id: 'person.',
      name: '',
      domain: 'person',
      state: 'home',
      attributes: {},
    } as Entity);
    const result = await replaceHomeLayout(db, next);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join('\n')).toMatch(/home\.entities\[5\]\.name: must not be empty/);
    const dangling = await replaceHomeLayout(db, {
      ...sampleHome,
      areas: sampleHome.areas.slice(1),
    });
    expect(dangling).toEqual({
      ok: false,
      problems: [
        'home.entities[0].area: there is no area "kitchen"',
        'home.entities[2].area: there is no area "kitchen"',
      ],
    });
    expect(await dump(db)).toBe(before);
  });
});
