import { describe, expect, it } from 'vitest';
import { pastTense, thirdPerson } from './verbs.ts';

describe('verbs of tasks', () => {
  it('puts the first word in the past', () => {
    expect(pastTense('do the dishes')).toBe('did the dishes');
    expect(pastTense('feed the cat')).toBe('fed the cat');
    expect(pastTense('take out the bins')).toBe('took out the bins');
    expect(pastTense('walk the dog')).toBe('walked the dog');
    expect(pastTense('empty the dishwasher')).toBe('emptied the dishwasher');
    expect(pastTense('tidy up the toys')).toBe('tidied up the toys');
    expect(pastTense('mop the floor')).toBe('mopped the floor');
    expect(pastTense('choose the film')).toBe('chose the film');
    expect(pastTense('Hoover the stairs')).toBe('Hoovered the stairs');
  });

  it('says what one person does', () => {
    expect(thirdPerson('feed the cat')).toBe('feeds the cat');
    expect(thirdPerson('do the dishes')).toBe('does the dishes');
    expect(thirdPerson('wash up')).toBe('washes up');
    expect(thirdPerson('empty the dishwasher')).toBe('empties the dishwasher');
    expect(thirdPerson('go shopping')).toBe('goes shopping');
    expect(thirdPerson('play with the dog')).toBe('plays with the dog');
  });

  it('leaves what does not start with a word as written', () => {
    expect(pastTense('  ')).toBe('');
    expect(thirdPerson('3 loads of laundry')).toBe('3 loads of laundry');
  });
});
