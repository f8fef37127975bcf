import { describe, expect, it } from 'vitest';
import { blankKey, blanksIn, fillBlanks, segments, shortAnswer, withoutBlanks } from './blanks.ts';

describe('blanks in square brackets', () => {
  it('finds each blank once, whatever its case or spaces', () => {
    expect(blanksIn('[Name] met a [ animal ] and another [animal] in the [big place].')).toEqual([
      'name',
      'animal',
      'big place',
    ]);
    expect(blankKey('[Size]')).toBe('size');
  });

  it('splits a sentence into words and blanks, and fills or removes them', () => {
    expect(segments("I'd like a [size] pizza")).toEqual([
      { kind: 'words', text: "I'd like a " },
      { kind: 'blank', key: 'size' },
      { kind: 'words', text: ' pizza' },
    ]);
    expect(
      fillBlanks('A [Size] pizza with [topping]', (k) => (k === 'size' ? 'large' : undefined)),
    ).toBe('A large pizza with [topping]');
    expect(withoutBlanks("I'd like a [size] pizza")).toBe("I'd like a pizza");
  });

  it('keeps a short answer as said, without articles, fillers or politeness', () => {
    expect(shortAnswer('A purple dragon, please!')).toBe('purple dragon');
    expect(shortAnswer('um, the Eiffel Tower thank you')).toBe('Eiffel Tower');
    expect(shortAnswer('a really big one')).toBe('really big');
    expect(shortAnswer('one')).toBe('one');
    expect(shortAnswer('the very big old castle on the hill')).toBeUndefined();
    expect(shortAnswer('?!')).toBeUndefined();
  });
});
