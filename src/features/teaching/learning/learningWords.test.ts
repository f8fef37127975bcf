import { sensitiveReason } from '../../../domain/learning/whyWords.ts';
import { describe, expect, it } from 'vitest';
import {
  LEARN_T0,
  candidateRewrite,
  promotedRewrite,
  samplePreference,
  sensitiveRewrite,
} from '../../../persistence/learningSamples.ts';
import {
  dayWords,
  evidenceWords,
  preferenceWords,
  rewriteWords,
  standingWords,
} from './learningWords.ts';

const TZ = 'Europe/London';
const YEAR = 365 * 86_400_000;

describe('learned rewrites in words', () => {
  it('says what the words mean, as the person said them', () => {
    expect(rewriteWords(promotedRewrite)).toBe(
      '“kill the big lamp” means “turn off the living room lamp”',
    );
  });

  it('says since when a rewrite is in use and how it went', () => {
    expect(standingWords(promotedRewrite, TZ, LEARN_T0)).toBe(
      'In use since 4 March · worked 4 times, went wrong once',
    );
    expect(standingWords({ ...promotedRewrite, wins: 2, losses: 0 }, TZ, LEARN_T0)).toBe(
      'In use since 4 March · worked twice',
    );
  });

  it('says a candidate needs one more time or a yes, and a sensitive one a yes', () => {
    expect(standingWords(candidateRewrite, TZ, LEARN_T0)).toBe(
      "Heard once: I'll use it after one more time, or now if you say so",
    );
    expect(standingWords(sensitiveRewrite, TZ, LEARN_T0)).toBe(
      'Waits for your yes: it would unlock a door',
    );
    expect(sensitiveReason({ why: 'open' })).toBe('it would open a door or the garage');
    expect(sensitiveReason({ why: 'guard' })).toMatch(/switch off/);
    expect(sensitiveReason({ why: 'steps' })).toBe('it runs steps you may change later');
    expect(sensitiveReason({})).toMatch(/could unlock, open or switch off/);
  });

  it('dates in the home’s time zone, with the year only when it is another year', () => {
    // 23:30 UTC on 3 March is already 4 March in Tokyo.
    const late = Date.UTC(2025, 2, 3, 23, 30);
    expect(dayWords(late, TZ, late)).toBe('3 March');
    expect(dayWords(late, 'Asia/Tokyo', late)).toBe('4 March');
    expect(dayWords(late, TZ, late + YEAR)).toBe('3 March 2025');
  });

  it('tells the evidence: when, what was said, what worked', () => {
    expect(evidenceWords(promotedRewrite.evidence[0]!, TZ, LEARN_T0)).toBe(
      '3 March, 18:00: you said “kill the big lamp”, then “turn off the living room lamp” worked.',
    );
  });

  it('says a preference and the correction that taught it', () => {
    expect(preferenceWords(samplePreference, TZ, LEARN_T0)).toBe(
      'When you ask for Wow, I play Wow by Kate Bush — you said “no, the Kate Bush one” on 3 March',
    );
  });
});
