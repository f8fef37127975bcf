// ?scenario=family-month writes four weeks of generated history in one transaction: it must go in
// whole, be found again through the log's indexes, and not take long.
import { describe, expect, it } from 'vitest';
import { findScenario } from '../domain/home/scenarios/index.ts';
import { countEvents, eventsOfEntity, queryEvents } from './events.ts';
import { readHome } from './home.ts';
import { resetDatabase } from './scenario.ts';
import { freshDb } from './testing.ts';

/** Tuesday 3 March 2026, 22:00 in London: a late hour, as the end-to-end demo uses. */
const NOW = Date.UTC(2026, 2, 3, 22, 0);

describe('the family-month scenario in the database', () => {
  it('loads its month of history in one go, readable through every index', async () => {
    const data = findScenario('family-month')!.build(NOW);
    const events = data.events ?? [];
    expect(events.length).toBeGreaterThan(2000);

    const db = freshDb();
    const started = performance.now();
    await resetDatabase(db, {
      scenario: 'family-month',
      home: data.home,
      events,
      ...(data.settings ? { settings: data.settings } : {}),
      now: NOW,
    });
    const took = performance.now() - started;
    // fake-indexeddb is far slower than a browser's IndexedDB; this only catches a runaway.
    expect(took).toBeLessThan(20_000);

    expect(await countEvents(db)).toBe(events.length);
    const voice = events.filter((e) => e.cause.kind === 'voice').length;
    expect(voice).toBeGreaterThan(0);
    expect(await countEvents(db, { causeKind: 'voice' })).toBe(voice);
    expect(await countEvents(db, { area: 'kitchen' })).toBe(
      events.filter((e) => e.area === 'kitchen').length,
    );

    const newest = await queryEvents(db, {}, { limit: 5 });
    expect(newest.rows[0]?.id).toBe(events.at(-1)?.id);

    // The garage door left open at the end is there, and so is the home as the history left it.
    const garage = await eventsOfEntity(db, 'cover.garage_door', NOW - 3 * 3600_000, NOW + 1);
    expect(garage.some((e) => e.changes.some((c) => c.key === 'state' && c.to === 'open'))).toBe(
      true,
    );
    const home = await readHome(db);
    const stateOf = (id: string) => home.entities.find((e) => e.id === id)?.state;
    expect(stateOf('cover.garage_door')).toBe('open');
    for (const entity of data.home.entities)
      expect(stateOf(entity.id), entity.id).toBe(entity.state);
  });
});
