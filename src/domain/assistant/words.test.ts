import { describe, expect, it } from 'vitest';
import { makeLight, makePerson } from '../home/testing.ts';
import { isPluralName, joinList, plural, shortList, theName } from './words.ts';

describe('words', () => {
  it('joins lists the way people say them', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A and B');
    expect(joinList(['A', 'B', 'C'], 'or')).toBe('A, B or C');
  });

  it('shortens long lists to the first few and a count', () => {
    expect(shortList(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
    expect(shortList(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C and 3 more');
  });

  it('makes plurals of device kinds', () => {
    expect(['light', 'switch', 'person', 'TV', 'garage door'].map(plural)).toEqual([
      'lights',
      'switches',
      'people',
      'TVs',
      'garage doors',
    ]);
  });

  it('hears plural device names, so verbs agree', () => {
    expect(isPluralName('Kitchen counter lights')).toBe(true);
    expect(isPluralName('Bedroom curtains')).toBe(true);
    expect(isPluralName('Front door')).toBe(false);
    expect(isPluralName('Outside humidity')).toBe(false);
    expect(isPluralName('Glass')).toBe(false);
  });

  it('puts "the" before devices but not before people', () => {
    expect(theName(makeLight())).toBe('the Kitchen ceiling');
    expect(theName(makePerson())).toBe('Alex');
  });
});
