import { describe, expect, it } from 'vitest';
import {
  afterNo,
  afterYes,
  chunks,
  cleanPhrase,
  controlWord,
  likeNow,
  phraseAndMeaning,
  withoutOpening,
} from './answers.ts';

describe('controlWord', () => {
  it.each([
    ['cancel', 'cancel'],
    ['Stop!', 'cancel'],
    ['never mind', 'cancel'],
    ['No thanks.', 'cancel'],
    ['forget it', 'cancel'],
    ['nothing', 'cancel'],
    ['yes', 'yes'],
    ['Yes please', 'yes'],
    ['ok', 'yes'],
    ['sure, go ahead', 'yes'],
    ['save it', 'yes'],
    ['no', 'no'],
    ['nope', 'no'],
    ["no, that's wrong", 'no'],
    ['lights to 20 percent', undefined],
    ['no lights', undefined],
    ['', undefined],
  ])('%j is %s', (text, word) => {
    expect(controlWord(text)).toBe(word);
  });
});

describe('afterYes and afterNo', () => {
  it('finds the meaning said with a yes or a no', () => {
    expect(afterYes('yes, lights to 20 percent')).toBe('lights to 20 percent');
    expect(afterYes('yes please')).toBeUndefined();
    expect(afterNo('no, 30 percent')).toBe('30 percent');
    expect(afterNo('No - I meant the kitchen lights')).toBe('the kitchen lights');
    expect(afterNo("no, that's wrong")).toBeUndefined();
    expect(afterNo('nothing')).toBeUndefined();
  });
});

describe('likeNow', () => {
  it.each([
    ['like it is now', ''],
    ["like it's now", ''],
    ['just like this', ''],
    ['the living room lights as they are now', 'the living room lights'],
    ['make the kitchen the way it is now', 'the kitchen'],
    ['remember this', ''],
  ])('%j is about %j', (text, about) => {
    expect(likeNow(text)).toEqual({ about });
  });

  it('is not any sentence with "now"', () => {
    expect(likeNow('turn on the lights now')).toBeUndefined();
    expect(likeNow('living room lights to 20 percent')).toBeUndefined();
  });
});

describe('phrases and parts', () => {
  it('cleans the phrase to teach', () => {
    expect(cleanPhrase('Hey Alexa, “Movie mode”!')).toBe('movie mode');
    expect(cleanPhrase('when I say   reading time')).toBe('reading time');
  });

  it('reads a phrase said with its meaning', () => {
    expect(phraseAndMeaning('party time means turn on the TV')).toEqual({
      phrase: 'party time',
      meaning: 'turn on the TV',
    });
    expect(phraseAndMeaning('movie mode')).toEqual({ phrase: 'movie mode' });
  });

  it('drops openings and splits parts', () => {
    expect(withoutOpening('it should turn on the TV')).toBe('turn on the TV');
    expect(withoutOpening("I'd like it to close the blinds")).toBe('close the blinds');
    expect(chunks('close the blinds, then turn on the TV and run Good night')).toEqual([
      'close the blinds',
      'turn on the TV',
      'run Good night',
    ]);
    expect(chunks('warm white with half brightness', true)).toEqual([
      'warm white',
      'half brightness',
    ]);
  });
});
