// Numbers said in words become digits, so the grammar only ever sees digits; "one" is a number
// only where a number is expected.
import { describe, expect, it } from 'vitest';
import { digitize } from './numbers.ts';

const d = (text: string) => digitize(text.split(' ')).join(' ');

describe('digitize', () => {
  it.each([
    ['zero', '0'],
    ['seven', '7'],
    ['nineteen', '19'],
    ['twenty', '20'],
    ['seventy two', '72'],
    ['ninety nine', '99'],
    ['fourty five', '45'],
    ['hundred', '100'],
    ['a hundred', '100'],
    ['one hundred', '100'],
    ['one hundred and five', '105'],
    ['two hundred fifty', '250'],
    ['three hundred and twenty one', '321'],
  ])('%s → %s', (words, expected) => {
    expect(d(words)).toBe(expected);
  });

  it.each([
    ['twenty point five', '20.5'],
    ['eleven point two five', '11.25'],
    ['20 point 5', '20.5'],
    ['twenty one point five degrees', '21.5 degrees'],
  ])('reads decimals: %s → %s', (words, expected) => {
    expect(d(words)).toBe(expected);
  });

  it('reads numbers in the middle of a request and leaves the other words alone', () => {
    expect(d('set the lamp to fifty percent please')).toBe('set the lamp to 50 percent please');
    expect(d('set it to 30 percent')).toBe('set it to 30 percent');
  });

  it('keeps two numbers in a row apart', () => {
    expect(d('twenty twenty')).toBe('20 20');
    expect(d('seven eight')).toBe('7 8');
  });

  it('leaves "and" that does not continue a number', () => {
    expect(d('one hundred and the lamp')).toBe('100 and the lamp');
    expect(d('a hundred and lights')).toBe('100 and lights');
  });

  it('leaves "point" without decimals after it', () => {
    expect(d('twenty point')).toBe('20 point');
  });

  it.each([
    ['set it to one', 'set it to 1'],
    ['one percent', '1 percent'],
    ['by one degree', 'by 1 degree'],
    ['at one', 'at 1'],
    ['one point five', '1.5'],
  ])('reads "one" as a number where one is expected: %s', (words, expected) => {
    expect(d(words)).toBe(expected);
  });

  it.each(['that one', 'the first one', 'this one please', 'one more', 'turn on one light'])(
    'leaves "one" as a word elsewhere: %s',
    (words) => {
      expect(d(words)).toBe(words);
    },
  );

  it('leaves ordinals and "oh" alone: they are names and exclamations', () => {
    expect(d('first floor')).toBe('first floor');
    expect(d('oh no')).toBe('oh no');
  });

  it('gives nothing for nothing', () => {
    expect(digitize([])).toEqual([]);
  });
});
