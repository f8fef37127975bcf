import { describe, expect, it } from 'vitest';
import { recallStep, sayings } from './recall.ts';

describe('sayings', () => {
  it('keeps the order, drops blanks and repeats in a row', () => {
    expect(sayings(['lights off', 'lights off', ' ', 'turn it up', 'lights off'])).toEqual([
      'lights off',
      'turn it up',
      'lights off',
    ]);
  });
});

describe('recallStep', () => {
  it('goes back from what is being typed to the newest, then older, and stops at the oldest', () => {
    expect(recallStep(3, undefined, 'back')).toBe(2);
    expect(recallStep(3, 2, 'back')).toBe(1);
    expect(recallStep(3, 0, 'back')).toBe(0);
  });

  it('comes forward and, past the newest, returns to what was being typed', () => {
    expect(recallStep(3, 0, 'forward')).toBe(1);
    expect(recallStep(3, 2, 'forward')).toBeUndefined();
    expect(recallStep(3, undefined, 'forward')).toBeUndefined();
  });

  it('does nothing when nothing was said yet', () => {
    expect(recallStep(0, undefined, 'back')).toBeUndefined();
  });
});
