import { describe, expect, it } from 'vitest';
import {
  matchOwnPhrase,
  phraseIndex,
  phraseWords,
  withinOneEdit,
  type PhraseOwner,
} from './ownPhrases.ts';

const owners: PhraseOwner[] = [
  { id: 'night', name: 'Good night', phrases: ['Good night', 'bed time'] },
  { id: 'movie', name: 'Movie night', phrases: ['movie time'] },
];
const match = (text: string) => matchOwnPhrase(text, owners);

describe('phraseWords', () => {
  it('keeps what the interpreter keeps: lower case, no articles, politeness or wake words', () => {
    expect(phraseWords('Hey Alexa, turn off the Lights please!')).toEqual(['turn', 'off', 'light']);
    expect(phraseWords('  Good   Night ')).toEqual(['good', 'night']);
  });
});

describe('matchOwnPhrase', () => {
  it('finds the owner and the phrase as it was written', () => {
    expect(match('good night')).toEqual({ id: 'night', name: 'Good night', phrase: 'Good night' });
    expect(match('Movie time')).toEqual({ id: 'movie', name: 'Movie night', phrase: 'movie time' });
  });

  it('tolerates wake words, politeness, fillers and punctuation the tokenizer drops', () => {
    expect(match('Alexa, good night!')?.id).toBe('night');
    expect(match('hey, bed time please')?.id).toBe('night');
    expect(match('um, could you movie time, thanks')?.id).toBe('movie');
    expect(match('good night now')?.id).toBe('night');
  });

  it('forgives one small typo in a longer word, not in a short one', () => {
    expect(match('good nigth')?.phrase).toBe('Good night');
    expect(match('moive time')?.phrase).toBe('movie time');
    expect(match('good nite')).toBeUndefined();
    expect(match('god night')).toBeUndefined();
    expect(match('movie tim')).toBeUndefined();
  });

  it('needs the same words: no more, no fewer, no others', () => {
    expect(match('good night kitchen')).toBeUndefined();
    expect(match('night')).toBeUndefined();
    expect(match('good morning')).toBeUndefined();
    expect(match('')).toBeUndefined();
    expect(match('please')).toBeUndefined();
  });

  it('gives the first owner when two have the phrase', () => {
    const twice = [...owners, { id: 'other', name: 'Other', phrases: ['good night'] }];
    expect(matchOwnPhrase('good night', twice)?.id).toBe('night');
    expect(matchOwnPhrase('good night', twice.slice(2))?.id).toBe('other');
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['night', 'night', true],
    ['nigth', 'night', true],
    ['nght', 'night', true],
    ['nights', 'night', true],
    ['might', 'night', true],
    ['ngiht', 'night', true],
    ['nihtg', 'night', false],
    ['nite', 'night', false],
    ['movie', 'moive', true],
    ['ab', 'ba', true],
    ['', 'a', true],
    ['', 'ab', false],
  ])('"%s" and "%s": %s', (a, b, within) => {
    expect(withinOneEdit(a, b)).toBe(within);
    expect(withinOneEdit(b, a)).toBe(within);
  });
});

describe('phraseIndex', () => {
  it('is built once per list of owners', () => {
    expect(phraseIndex(owners)).toBe(phraseIndex(owners));
    expect(phraseIndex(owners).size).toBe(3);
    expect(phraseIndex([...owners])).not.toBe(phraseIndex(owners));
  });

  it('prefers a phrase said exactly to an earlier one said with a typo', () => {
    const close = [
      { id: 'a', name: 'A', phrases: ['movie time'] },
      { id: 'b', name: 'B', phrases: ['moive time'] },
    ];
    expect(phraseIndex(close).match(['moive', 'time'])?.id).toBe('b');
    expect(phraseIndex(close).match(['movie', 'time'])?.id).toBe('a');
    expect(phraseIndex(close).exact(['movie', 'tmie'])).toBeUndefined();
  });
});
