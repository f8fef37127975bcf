import { describe, expect, it } from 'vitest';
import { likeness, matchText, stem, typoFor } from './matchWords.ts';

const keys = (text: string) => matchText(text).words.map((w) => w.key);

describe('stem', () => {
  it.each([
    ['parking', 'park'],
    ['parked', 'park'],
    ['park', 'park'],
    ['swimming', 'swim'],
    ['stopped', 'stop'],
    ['charging', 'charg'],
    ['charge', 'charg'],
    ['falling', 'fall'],
    ['dressed', 'dress'],
    ['need', 'need'],
    ['thing', 'thing'],
    ['bed', 'bed'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe('matchText', () => {
  it('keeps the words that mean something, question words marked', () => {
    const text = matchText('Where do we keep the towels?');
    expect(text.words.map((w) => [w.key, w.question, w.shown])).toEqual([
      ['where', true, 'Where'],
      ['towel', false, 'towels'],
    ]);
    expect(text.exact).toBe('where do we keep towel');
  });

  it('gives words that mean the same in a home the same key', () => {
    expect(keys("where's the loo")).toEqual(keys('where is the restroom'));
    expect(keys('the rubbish bin')).toEqual(keys('garbage'));
    expect(keys('the children')).toEqual(keys('kids'));
    expect(keys('television')).toEqual(keys('TV'));
    expect(keys('sofa')).toEqual(keys('couch'));
    expect(keys('the fridge')).toEqual(keys('refrigerator'));
  });

  it('joins words said apart that are one thing', () => {
    expect(keys('the Wi-Fi')).toEqual(keys('wifi'));
    expect(keys('what time is check out')).toEqual(keys('when is checkout'));
    expect(keys('when does the garbage get picked up')).toEqual(['when', 'trash', 'pickup']);
    const wifi = matchText('What is the Wi-Fi password?').words[0]!;
    expect(wifi.shown).toBe('Wi-Fi');
  });

  it('says a thing once even when it is said twice', () => {
    const words = matchText('the phone number').words;
    expect(words).toHaveLength(1);
    expect(words[0]!.stems).toEqual(['phon', 'number']);
  });

  it('reads a typo as the word it stands for when asked to', () => {
    const fixed = matchText('where are the towles', (w) => typoFor(w, ['towel']));
    expect(fixed.words[1]).toMatchObject({ key: 'towel', fixed: true, shown: 'towles' });
  });
});

describe('typoFor', () => {
  it('forgives one edit in a word of five letters or more', () => {
    expect(typoFor('thermostatt', ['thermostat'])).toBe('thermostat');
    expect(typoFor('bathrom', [])).toBe('bathroom');
    expect(typoFor('pak', ['park'])).toBeUndefined();
    expect(typoFor('bok', ['book'])).toBeUndefined();
    expect(typoFor('towwwel', ['towel'])).toBeUndefined();
  });
});

describe('likeness', () => {
  const word = (text: string) => matchText(text).words[0]!;

  it('is 1 for the same word, 0.9 for a synonym, 0.5 for a related word, 0 otherwise', () => {
    expect(likeness(word('towels'), word('towel'))).toBe(1);
    expect(likeness(word('loo'), word('bathroom'))).toBe(0.9);
    expect(likeness(word('sleep'), word('bedtime'))).toBe(0.5);
    expect(likeness(word('coffee'), word('bathroom'))).toBe(0);
    expect(likeness(word('where'), word('when'))).toBe(0);
  });
});
