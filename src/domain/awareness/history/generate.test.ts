import { describe, expect, it } from 'vitest';
import { causeSchema } from '../../activity/cause.ts';
import { eventSchema } from '../../activity/event.ts';
import { homeSchema } from '../../home/model.ts';
import { demoHome } from '../../home/scenarios/demo.ts';
import { generateHistory, generateWithErrors } from './generate.ts';
import { DAY, month, TZ, WINTER_END } from './testing.ts';

// The simulation moves these without an event of their own: a player's position and queue, a
// cover's position mid-travel (its arrival says where this step found it) and its target.
const QUIET_KEYS = new Set(['media_position', 'queue', 'position', 'target_position']);

describe('generateHistory', () => {
  const { history, errors } = month();
  const { events } = history;

  it('makes a few thousand events over four weeks, oldest first, inside the window', () => {
    expect(events.length).toBeGreaterThan(2000);
    expect(events.length).toBeLessThan(10_000);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
    expect(events[0]!.at).toBeGreaterThanOrEqual(WINTER_END - 28 * DAY);
    expect(events.at(-1)!.at).toBeLessThanOrEqual(WINTER_END);
  });

  it('writes events the app would accept: every event and cause passes its schema', () => {
    for (const event of events) {
      expect(eventSchema.safeParse(event).success, event.id).toBe(true);
      expect(causeSchema.safeParse(event.cause).success, event.id).toBe(true);
    }
    expect(homeSchema.safeParse(history.home).success).toBe(true);
  });

  it('asks the home for nothing it refuses', () => {
    expect(errors).toEqual([]);
  });

  it('gives every event a unique id made from the seed, not from Math.random', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) expect(e.id).toMatch(/^ev-[0-9a-z]+-h1\.[0-9a-z]+$/);
  });

  it('is lived, not invented: each change starts where the last change of that key ended', () => {
    const last = new Map<string, unknown>();
    let checked = 0;
    for (const e of events) {
      for (const c of e.changes) {
        const key = `${e.entityId} ${c.key}`;
        if (last.has(key) && !QUIET_KEYS.has(c.key)) {
          expect(c.from, `${key} at ${new Date(e.at).toISOString()}`).toEqual(last.get(key));
          checked++;
        }
        last.set(key, c.to);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // …and the home at the end is where the last events left it.
    for (const entity of history.home.entities) {
      const key = `${entity.id} state`;
      if (last.has(key)) expect(entity.state, entity.id).toBe(last.get(key));
    }
  });

  it('is the same for the same seed, and different for another', () => {
    const again = generateHistory(demoHome(WINTER_END - 28 * DAY), {
      seed: 1,
      end: WINTER_END,
      days: 28,
      timeZone: TZ,
    });
    expect(again).toEqual(history);
    const other = month({ seed: 2 }).history;
    expect(other.events.length).not.toBe(events.length);
    expect(other.events.slice(0, 200)).not.toEqual(events.slice(0, 200));
  });

  it('takes well under a second of processor time for four weeks', () => {
    const before = process.cpuUsage();
    month({ seed: 3 });
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });

  it('leaves out what a home lacks instead of failing', () => {
    const full = demoHome(WINTER_END - 7 * DAY);
    const gone = new Set(['light.porch', 'cover.garage_door', 'person.tom', 'climate.living_room']);
    const home = { ...full, entities: full.entities.filter((e) => !gone.has(e.id)) };
    const result = generateWithErrors(home, {
      seed: 1,
      end: WINTER_END,
      days: 7,
      timeZone: TZ,
      anomalies: 5,
      anomalyAtEnd: true,
    });
    expect(result.errors).toEqual([]);
    const { events, habits, anomalies } = result.history;
    expect(events.length).toBeGreaterThan(300);
    expect(events.some((e) => gone.has(e.entityId))).toBe(false);
    // Nothing is planted on a device that is not there.
    expect(anomalies.length).toBeGreaterThan(0);
    for (const a of anomalies) expect(gone.has(a.entityId), a.entityId).toBe(false);
    expect(habits.map((h) => h.name)).toEqual(['Morning coffee', 'Evening TV']);
  });

  it('refuses a history without days', () => {
    expect(() => month({ days: 0 })).toThrow(/at least one day/);
  });
});
