import { describe, expect, it } from 'vitest';
import { answeredWords, quietWords } from './followUpWords.ts';

const counts = (offered: number, accepted: number, declined: number, declinedInARow = 0) => ({
  offered,
  accepted,
  declined,
  declinedInARow,
});

describe('how a suggestion was received, in words', () => {
  it('counts the yeses against the offers', () => {
    expect(answeredWords(undefined)).toBe('Not offered yet');
    expect(answeredWords(counts(5, 3, 2))).toBe('Accepted 3 of 5 times');
    expect(answeredWords(counts(1, 0, 1))).toBe('Accepted 0 of 1 time');
    // Counts from a damaged save never say more yeses than offers.
    expect(answeredWords(counts(1, 2, 1))).toBe('Accepted 2 of 3 times');
  });

  it('says why one went quiet on its own', () => {
    expect(quietWords('declined', counts(4, 1, 3, 3))).toBe(
      'Went quiet on its own after you said no 3 times in a row.',
    );
    expect(quietWords('unwelcome', counts(6, 1, 5))).toMatch(/rarely said yes/);
    expect(quietWords('off', counts(6, 1, 5))).toBeUndefined();
    expect(quietWords('on', undefined)).toBeUndefined();
  });
});
