import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE, mediaChoiceSchema, preferenceSchema } from './types.ts';

const good = {
  id: 'media:wow',
  key: 'wow',
  choice: 'song.wow_kate_bush',
  label: 'Wow by Kate Bush',
  createdAt: 1,
  evidence: [{ at: 1, said: 'no, the Kate Bush one' }],
};

describe('preferenceSchema', () => {
  it('accepts a preference, with or without lastUsedAt', () => {
    expect(preferenceSchema.safeParse(good).success).toBe(true);
    expect(preferenceSchema.safeParse({ ...good, lastUsedAt: 5 }).success).toBe(true);
  });

  it.each([
    ['no evidence', { ...good, evidence: [] }],
    [
      'too much evidence',
      { ...good, evidence: Array.from({ length: MAX_EVIDENCE + 1 }, () => good.evidence[0]) },
    ],
    ['empty words', { ...good, evidence: [{ at: 1, said: '  ' }] }],
    ['words too long', { ...good, evidence: [{ at: 1, said: 'x'.repeat(301) }] }],
    ['an empty key', { ...good, key: '' }],
    ['a negative time', { ...good, createdAt: -1 }],
    ['an unknown field', { ...good, extra: true }],
  ])('rejects %s', (_why, value) => {
    expect(preferenceSchema.safeParse(value).success).toBe(false);
  });
});

describe('mediaChoiceSchema', () => {
  const choice = {
    entityId: 'media_player.kitchen_speaker',
    key: 'wow',
    chosen: 'song.wow_kate_bush',
    alternatives: ['song.wow_kate_bush', 'song.wow_post_malone'],
    at: 1,
  };
  it('accepts a choice among two versions and rejects one with a single version', () => {
    expect(mediaChoiceSchema.safeParse(choice).success).toBe(true);
    expect(
      mediaChoiceSchema.safeParse({ ...choice, alternatives: ['song.wow_kate_bush'] }).success,
    ).toBe(false);
  });
});
