import { describe, expect, it } from 'vitest';
import { homeSettingsSchema, DEFAULT_SETTINGS } from '../../settings/settings.ts';
import { loadHomeFile } from '../load.ts';
import { DOMAINS, homeSchema, type Home } from '../model.ts';
import { advance } from '../simulate.ts';
import { DEFAULT_SCENARIO, SCENARIOS, findScenario } from './index.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0);

function checkIntegrity(home: Home) {
  const ids = home.entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  const areaIds = new Set(home.areas.map((a) => a.id));
  expect(areaIds.size).toBe(home.areas.length);
  const floorIds = new Set(home.floors.map((f) => f.id));
  for (const e of home.entities) if (e.area !== undefined) expect(areaIds, e.id).toContain(e.area);
  for (const a of home.areas) if (a.floor !== undefined) expect(floorIds, a.id).toContain(a.floor);
  // Every room has something in it, and entity ids start with their domain.
  for (const a of home.areas)
    expect(
      home.entities.some((e) => e.area === a.id),
      a.id,
    ).toBe(true);
  for (const e of home.entities) expect(e.id.startsWith(`${e.domain}.`), e.id).toBe(true);
}

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('scenario %s', (_name, scenario) => {
  const data = scenario.build(NOW);

  it('builds a home that passes the model schema', () => {
    expect(() => homeSchema.parse(data.home)).not.toThrow();
  });

  it('has unique ids, and every area and floor it refers to exists', () => {
    checkIntegrity(data.home);
  });

  it('gives settings that complete to valid settings, and a start at or before now', () => {
    expect(() => homeSettingsSchema.parse({ ...DEFAULT_SETTINGS, ...data.settings })).not.toThrow();
    if (data.startAt !== undefined) {
      expect(data.startAt).toBeLessThanOrEqual(NOW);
      expect(NOW - data.startAt).toBeLessThan(24 * 3600_000);
    }
  });

  it('is deterministic for a given now', () => {
    expect(scenario.build(NOW)).toEqual(data);
  });

  it('loads back unchanged through the home-file loader, without warnings', () => {
    expect(loadHomeFile(data.home)).toEqual({ ok: true, home: data.home, warnings: [] });
  });

  it('stays valid after a simulated day', () => {
    const start = data.startAt ?? NOW;
    const { home } = advance(data.home, start, start + 24 * 3600_000);
    expect(() => homeSchema.parse(home)).not.toThrow();
  });
});

describe('the demo home', () => {
  const { home, startAt } = findScenario('demo')!.build(NOW);
  const of = (domain: string) => home.entities.filter((e) => e.domain === domain);

  it('is a family house on two floors with at least 8 areas and 30 entities', () => {
    expect(home.floors.map((f) => f.level).sort()).toEqual([0, 1]);
    expect(home.areas.length).toBeGreaterThanOrEqual(8);
    for (const f of home.floors)
      expect(home.areas.filter((a) => a.floor === f.id).length).toBeGreaterThanOrEqual(4);
    expect(home.entities.length).toBeGreaterThanOrEqual(30);
  });

  it('has every domain', () => {
    for (const domain of DOMAINS) expect(of(domain).length, domain).toBeGreaterThan(0);
  });

  it('has two thermostats on different floors, a TV, a speaker and a garage door', () => {
    const climate = of('climate');
    expect(climate).toHaveLength(2);
    const floors = climate.map((c) => home.areas.find((a) => a.id === c.area)?.floor);
    expect(new Set(floors).size).toBe(2);
    const media = home.entities.flatMap((e) =>
      e.domain === 'media_player' ? [e.attributes.device_class] : [],
    );
    expect(media).toEqual(expect.arrayContaining(['tv', 'speaker']));
    const garage = home.entities.find(
      (e) => e.domain === 'cover' && e.attributes.device_class === 'garage',
    );
    expect(garage).toMatchObject({ attributes: { supports_position: false, travel_seconds: 12 } });
  });

  it('has lights of every kind, some on', () => {
    const modes = of('light').flatMap((l) =>
      l.domain === 'light' ? l.attributes.supported_color_modes : [],
    );
    expect(new Set(modes)).toEqual(new Set(['onoff', 'brightness', 'color_temp', 'rgb']));
    expect(of('light').filter((l) => l.state === 'on').length).toBeGreaterThanOrEqual(5);
    expect(of('light').filter((l) => l.state === 'off').length).toBeGreaterThanOrEqual(5);
  });

  it('has a family of four, one of them away', () => {
    expect(of('person')).toHaveLength(4);
    expect(of('person').filter((p) => p.state === 'not_home')).toHaveLength(1);
  });

  it('starts on an evening in London, with a motion sensor that clears itself soon after', () => {
    expect(new Date(startAt!).toISOString()).toBe('2025-01-14T19:30:00.000Z');
    const { events } = advance(home, startAt!, startAt! + 60_000);
    expect(events.map((e) => [e.entityId, e.at - startAt!])).toContainEqual([
      'binary_sensor.landing_motion',
      40_000,
    ]);
  });
});

describe('findScenario', () => {
  it('finds scenarios by name, ignoring case and spaces', () => {
    expect(findScenario(DEFAULT_SCENARIO)?.name).toBe('demo');
    expect(findScenario(' Apartment ')?.name).toBe('apartment');
    expect(findScenario('castle')).toBeUndefined();
  });

  it('lists scenarios with unique, URL-safe names and a title and description', () => {
    const names = SCENARIOS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SCENARIOS) {
      expect(s.name).toMatch(/^[a-z0-9-]+$/);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
    }
  });
});
