import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { routineSchema } from './model.ts';
import { startersFor } from './starters.ts';

const home = demoHome(Date.parse('2026-03-03T19:30:00Z'));

describe('startersFor', () => {
  it('offers the gallery, each a routine the editor can save as it is', () => {
    const starters = startersFor(home);
    expect(starters.map((s) => s.title)).toEqual([
      'Good night',
      'Good morning',
      'Leaving home',
      "I'm home",
      'Movie night',
    ]);
    for (const s of starters)
      expect(
        routineSchema.safeParse({ ...s.draft, id: 'x', createdAt: 0, updatedAt: 0 }).success,
      ).toBe(true);
  });

  it('maps steps to the devices of this home: the living room for a movie, every thermostat', () => {
    const movie = startersFor(home).find((s) => s.key === 'movie')!;
    const targets = movie.draft.actions.flatMap((a) =>
      a.type === 'control' && a.target.kind === 'entity' ? [a.target.entityId] : [],
    );
    expect(targets).toContain('media_player.living_room_tv');
    expect(targets).toContain('cover.living_room_blinds');
    expect(
      targets.every((id) => home.entities.find((e) => e.id === id)?.area === 'living_room'),
    ).toBe(true);
    const night = startersFor(home).find((s) => s.key === 'good_night')!;
    const thermostats = night.draft.actions.filter(
      (a) => a.type === 'control' && a.command === 'set_temperature',
    );
    expect(thermostats).toHaveLength(home.entities.filter((e) => e.domain === 'climate').length);
  });

  it('leaves out what a home lacks, and starters that would do nothing', () => {
    const bare = { ...home, entities: home.entities.filter((e) => e.domain === 'light') };
    const starters = startersFor(bare);
    const night = starters.find((s) => s.key === 'good_night')!;
    expect(night.draft.actions.map((a) => a.type)).toEqual(['control', 'say']);
    const nothing = { ...home, entities: [] };
    expect(startersFor(nothing)).toEqual([]);
  });
});
