import { describe, expect, it } from 'vitest';
import { agoWords } from './draftWords.ts';

describe('agoWords', () => {
  it('says how long ago, rounded down to what people say', () => {
    const t = 1_000_000_000;
    expect(agoWords(t, t + 30_000)).toBe('a moment ago');
    expect(agoWords(t, t + 60_000)).toBe('1 minute ago');
    expect(agoWords(t, t + 59 * 60_000)).toBe('59 minutes ago');
    expect(agoWords(t, t + 2 * 3_600_000)).toBe('2 hours ago');
    expect(agoWords(t, t + 25 * 3_600_000)).toBe('1 day ago');
    expect(agoWords(t, t + 72 * 3_600_000)).toBe('3 days ago');
  });
});
