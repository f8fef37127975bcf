import { describe, expect, it } from 'vitest';
import type { MediaItem } from '../../home/catalogue.ts';
import { alternativesFor } from './alternatives.ts';
import { readCorrection } from './correction.ts';

const WOW = alternativesFor('Wow');
const KATE = 'song.wow_kate_bush';
const POST = 'song.wow_post_malone';
const HALO = alternativesFor('Halo');

/** What `said` picks after `chosen` was played, by id. */
const pick = (said: string, chosen: string, alternatives: readonly MediaItem[] = WOW) =>
  readCorrection(said, alternatives, chosen)?.id;

describe('a correction naming the version', () => {
  it.each([
    ['no, the Kate Bush one', POST, KATE],
    ['not that one, the Post Malone one', KATE, POST],
    ['I meant the one by Kate Bush', POST, KATE],
    ["Kate Bush's", POST, KATE],
    ['no the kate bush version please', POST, KATE],
    ['the Bush one', POST, KATE],
    ['no, Malone', KATE, POST],
    ['I wanted Wow by Post Malone', KATE, POST],
    ['the one from Lionheart', POST, KATE],
    ['no, the Kate Bush song', POST, KATE],
  ])('%s (after %s) → %s', (said, chosen, meant) => {
    expect(pick(said, chosen)).toBe(meant);
  });

  it('works for other titles the same way', () => {
    expect(pick('no, the Depeche Mode one', 'song.halo_beyonce', HALO)).toBe(
      'song.halo_depeche_mode',
    );
    expect(pick('I meant the beyonce one', 'song.halo_depeche_mode', HALO)).toBe(
      'song.halo_beyonce',
    );
  });

  it('returns the version already playing when that is the one named', () => {
    expect(pick('no, the Kate Bush one', KATE)).toBe(KATE);
  });
});

describe('a correction by elimination', () => {
  it.each([
    ['the other one', KATE, POST],
    ['no, the other one', POST, KATE],
    ['a different version', KATE, POST],
    ['not that one', KATE, POST],
    ["I didn't mean that one", POST, KATE],
    ['not the Post Malone one', POST, KATE],
    ["no, the one that isn't by Kate Bush", KATE, POST],
  ])('%s (after %s) → %s', (said, chosen, meant) => {
    expect(pick(said, chosen)).toBe(meant);
  });

  it('"not that Post Malone one" turns the name away, not the choice', () => {
    expect(pick('not that Post Malone one', POST)).toBe(KATE);
  });

  it('"not Kate Bush, Post Malone" reads each clause on its own', () => {
    expect(pick('not Kate Bush, Post Malone', KATE)).toBe(POST);
  });

  it('"the other one" among three versions picks nothing', () => {
    const third: MediaItem = {
      id: 'song.wow_3',
      title: 'Wow',
      by: 'Someone',
      kind: 'song',
      duration: 1,
    };
    expect(pick('the other one', KATE, [...WOW, third])).toBeUndefined();
    expect(pick('the other one, by Someone', KATE, [...WOW, third])).toBe('song.wow_3');
  });
});

describe('words that do not pick one version pick nothing', () => {
  it.each([
    ['an artist with no such version', 'no, the Beatles one'],
    [
      'an artist with no such version, after turning the choice away',
      'not that one, the Beatles one',
    ],
    ['an unknown artist', 'I meant the Madonna one'],
    ['years the catalogue does not have', 'the older one'],
    ['a kind no version is', 'no, the film'],
    ['a kind every version is', 'no, the song'],
    ['just "no"', 'no'],
    ['an ordinary request', 'turn off the kitchen lights'],
    ['both names', 'the Kate Bush one and the Post Malone one'],
  ])('%s: %s', (_why, said) => {
    expect(pick(said, POST)).toBeUndefined();
  });

  it('a title with one version has nothing to correct', () => {
    expect(pick('the other one', 'song.something', alternativesFor('Something'))).toBeUndefined();
  });
});

describe('only what the versions hold decides', () => {
  // A made-up pair that differs by kind and album, to show the reader is not written for "Wow".
  const pair: MediaItem[] = [
    {
      id: 'song.home',
      title: 'Home',
      by: 'Sea Birds',
      kind: 'song',
      duration: 200,
      album: 'Harbour Lights',
    },
    { id: 'movie.home', title: 'Home', by: 'Movie', kind: 'movie', duration: 6000 },
  ];

  it('by kind', () => {
    expect(pick('no, the film', 'song.home', pair)).toBe('movie.home');
    expect(pick('I meant the song', 'movie.home', pair)).toBe('song.home');
  });

  it('by album and by a word of the album', () => {
    expect(pick('the one from Harbour Lights', 'movie.home', pair)).toBe('song.home');
    expect(pick('the harbour one', 'movie.home', pair)).toBe('song.home');
  });
});
