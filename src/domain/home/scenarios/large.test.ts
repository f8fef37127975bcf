import { describe, expect, it } from 'vitest';
import { loadHomeFile } from '../load.ts';
import { homeSchema } from '../model.ts';
import { largeHome, largeScenario } from './large.ts';

const DEVICE_DOMAINS = ['light', 'switch', 'fan', 'cover', 'lock', 'climate', 'media_player'];

describe('the large home', () => {
  const home = largeHome();

  it('has 200 devices in 20 rooms on 3 floors, every room on a floor and holding devices', () => {
    expect(home.entities).toHaveLength(200);
    expect(home.areas).toHaveLength(20);
    expect(home.floors).toHaveLength(3);
    const floorIds = new Set(home.floors.map((f) => f.id));
    for (const a of home.areas) {
      expect(floorIds, a.id).toContain(a.floor);
      expect(home.entities.filter((e) => e.area === a.id).length, a.id).toBe(10);
    }
  });

  it('passes the model schema and loads back unchanged', () => {
    expect(() => homeSchema.parse(home)).not.toThrow();
    expect(loadHomeFile(home)).toEqual({ ok: true, home, warnings: [] });
  });

  it('has every device domain and the sensors, with unique ids that start with the domain', () => {
    const domains = new Set(home.entities.map((e) => e.domain));
    for (const d of [...DEVICE_DOMAINS, 'sensor', 'binary_sensor']) expect(domains).toContain(d);
    const ids = home.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of home.entities) expect(e.id.startsWith(`${e.domain}.`), e.id).toBe(true);
  });

  it('names devices after their room, as people do, so the same device exists in many rooms', () => {
    const lamp = home.entities.find((e) => e.name === 'Bedroom 3 reading lamp');
    expect(lamp).toMatchObject({ id: 'light.bedroom_3_reading_lamp', area: 'bedroom_3' });
    for (const e of home.entities) {
      const room = home.areas.find((a) => a.id === e.area)!;
      expect(e.name.startsWith(`${room.name} `), e.name).toBe(true);
    }
    expect(home.entities.filter((e) => e.name.endsWith(' reading lamp'))).toHaveLength(4);
  });

  it('is the same on every call, and the scenario starts at a fixed evening time', () => {
    expect(largeHome()).toEqual(home);
    const now = Date.UTC(2026, 2, 3, 12, 0);
    const data = largeScenario.build(now);
    expect(data.home).toEqual(home);
    expect(data.startAt).toBeLessThanOrEqual(now);
  });
});
