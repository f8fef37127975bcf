import { describe as group, expect, it } from 'vitest';
import { CATALOGUE, type MediaItem } from '../../home/catalogue.ts';
import { alternativesFor, describe, isAmbiguous, titleKey } from './alternatives.ts';

const ids = (items: readonly MediaItem[]) => items.map((i) => i.id);

group('alternativesFor', () => {
  it('finds both songs called "Wow", however the title is written', () => {
    for (const title of ['Wow', 'wow', 'WOW!', ' the wow '])
      expect(ids(alternativesFor(title))).toEqual(['song.wow_kate_bush', 'song.wow_post_malone']);
  });

  it('finds both versions of "Halo" and nothing of another title', () => {
    expect(ids(alternativesFor('halo'))).toEqual(['song.halo_beyonce', 'song.halo_depeche_mode']);
    expect(alternativesFor('Hello')).toEqual([]);
    expect(alternativesFor('')).toEqual([]);
  });

  it('a title with one version has one alternative and is not ambiguous', () => {
    expect(ids(alternativesFor('Something'))).toEqual(['song.something']);
    expect(isAmbiguous('Something')).toBe(false);
    expect(isAmbiguous('Wow')).toBe(true);
  });

  it('folds accents, so "gymnopedie no 1" is the Satie piece', () => {
    expect(titleKey('Gymnopédie No. 1')).toBe('gymnopedie no 1');
    expect(ids(alternativesFor('gymnopedie no 1'))).toEqual(['song.gymnopedie_1']);
  });

  it('every title of the catalogue finds itself among its alternatives', () => {
    for (const item of CATALOGUE) expect(alternativesFor(item.title)).toContain(item);
  });

  it('reads another catalogue when given one', () => {
    const mine: MediaItem[] = [
      { id: 'a', title: 'Home', by: 'X', kind: 'song', duration: 1 },
      { id: 'b', title: 'home', by: 'Y', kind: 'movie', duration: 1 },
    ];
    expect(ids(alternativesFor('Home', mine))).toEqual(['a', 'b']);
  });
});

group('describe', () => {
  it('says a song by its artist, so two versions read differently', () => {
    const [kate, post] = alternativesFor('Wow');
    expect(describe(kate!)).toBe('Wow by Kate Bush');
    expect(describe(post!)).toBe('Wow by Post Malone');
  });
});
