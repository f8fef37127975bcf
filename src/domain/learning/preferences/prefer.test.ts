import { forgetPreference } from '../learn.ts';
import { EMPTY_LEARNING } from '../types.ts';
import { describe, expect, it } from 'vitest';
import { alternativesFor } from './alternatives.ts';
import {
  chooseWithPreference,
  correctedWords,
  playingPreferredWords,
  preferred,
  remember,
  used,
} from './prefer.ts';
import { MAX_EVIDENCE, MAX_PREFERENCES, preferencesSchema, type Preference } from './types.ts';

const KATE = 'song.wow_kate_bush';
const POST = 'song.wow_post_malone';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 3, 18, 0);
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('remember and preferred', () => {
  it('remembers the version chosen for a title, with the words as evidence', () => {
    const prefs = remember([], 'Wow', KATE, 'no, the Kate Bush one', T0);
    expect(prefs).toEqual([
      {
        id: 'media:wow',
        key: 'wow',
        choice: KATE,
        label: 'Wow by Kate Bush',
        createdAt: T0,
        evidence: [{ at: T0, said: 'no, the Kate Bush one' }],
      },
    ]);
    expect(preferencesSchema.safeParse(prefs).success).toBe(true);
    expect(preferred(prefs, 'WOW')).toBe(KATE);
  });

  it('a preference for one title never affects another', () => {
    const prefs = remember([], 'wow', KATE, 'no, the Kate Bush one', T0);
    expect(preferred(prefs, 'Halo')).toBeUndefined();
    expect(chooseWithPreference(alternativesFor('Halo'), prefs)).toEqual({
      ordered: alternativesFor('Halo'),
    });
    const both = remember(
      prefs,
      'halo',
      'song.halo_depeche_mode',
      'the Depeche Mode one',
      T0 + DAY,
    );
    expect(preferred(both, 'wow')).toBe(KATE);
    expect(preferred(both, 'halo')).toBe('song.halo_depeche_mode');
    expect(
      preferred(
        forgetPreference({ ...EMPTY_LEARNING, preferences: both }, 'media:halo').preferences,
        'wow',
      ),
    ).toBe(KATE);
  });

  it('the same choice again adds evidence, keeping the newest ten', () => {
    let prefs: Preference[] = [];
    for (let day = 0; day < 12; day++)
      prefs = remember(prefs, 'wow', KATE, `time ${day}`, T0 + day * DAY);
    expect(prefs).toHaveLength(1);
    expect(prefs[0]!.createdAt).toBe(T0);
    expect(prefs[0]!.evidence).toHaveLength(MAX_EVIDENCE);
    expect(prefs[0]!.evidence[0]!.said).toBe('time 2');
    expect(prefs[0]!.evidence.at(-1)!.said).toBe('time 11');
  });

  it('a correction to the other version replaces the preference and its evidence', () => {
    const first = used(remember([], 'wow', KATE, 'the Kate Bush one', T0), 'media:wow', T0 + DAY);
    const changed = remember(first, 'wow', POST, 'no, the Post Malone one', T0 + 2 * DAY);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      choice: POST,
      label: 'Wow by Post Malone',
      createdAt: T0 + 2 * DAY,
    });
    expect(changed[0]!.evidence).toEqual([{ at: T0 + 2 * DAY, said: 'no, the Post Malone one' }]);
    expect(changed[0]!.lastUsedAt).toBeUndefined();
  });

  it('ignores a choice that is not a version of the title, or not in the catalogue', () => {
    expect(remember([], 'wow', 'song.halo_beyonce', 'the Beyoncé one', T0)).toEqual([]);
    expect(remember([], 'wow', 'song.nope', 'that one', T0)).toEqual([]);
    expect(remember([], '!!', KATE, 'that one', T0)).toEqual([]);
  });

  it('a preference whose version left the catalogue is not used', () => {
    const stale: Preference = {
      id: 'media:wow',
      key: 'wow',
      choice: 'song.gone',
      label: 'Wow by Nobody',
      createdAt: T0,
      evidence: [{ at: T0, said: 'the Nobody one' }],
    };
    expect(preferred([stale], 'wow')).toBeUndefined();
    expect(chooseWithPreference(alternativesFor('wow'), [stale]).preference).toBeUndefined();
  });

  it('forget removes only the preference named', () => {
    const prefs = remember(
      remember([], 'wow', KATE, 'a', T0),
      'halo',
      'song.halo_beyonce',
      'b',
      T0,
    );
    const state = { ...EMPTY_LEARNING, preferences: prefs };
    expect(forgetPreference(state, 'media:wow').preferences.map((p) => p.key)).toEqual(['halo']);
    expect(forgetPreference(state, 'media:nothing')).toBe(state);
  });

  it('used marks when the preference last decided', () => {
    const prefs = used(remember([], 'wow', KATE, 'a', T0), 'media:wow', T0 + DAY);
    expect(prefs[0]!.lastUsedAt).toBe(T0 + DAY);
  });

  it('keeps at most the limit, dropping the one least recently used', () => {
    const many: Preference[] = Array.from({ length: MAX_PREFERENCES }, (_, i) => ({
      id: `media:t${i}`,
      key: `t${i}`,
      choice: KATE,
      label: 'x',
      createdAt: T0 + i,
      evidence: [{ at: T0, said: 'x' }],
    }));
    const prefs = remember(used(many, 'media:t0', T0 + DAY), 'wow', KATE, 'a', T0 + DAY);
    expect(prefs).toHaveLength(MAX_PREFERENCES);
    expect(prefs.some((p) => p.key === 't0')).toBe(true);
    expect(prefs.some((p) => p.key === 't1')).toBe(false);
  });
});

describe('chooseWithPreference', () => {
  it('without a preference keeps catalogue order', () => {
    expect(ids(chooseWithPreference(alternativesFor('wow'), []).ordered)).toEqual([KATE, POST]);
  });

  it('puts the preferred version first and says which preference did it', () => {
    const prefs = remember([], 'wow', POST, 'the Post Malone one', T0);
    const choice = chooseWithPreference(alternativesFor('wow'), prefs);
    expect(ids(choice.ordered)).toEqual([POST, KATE]);
    expect(choice.preference?.id).toBe('media:wow');
  });

  it('an empty list stays empty', () => {
    expect(chooseWithPreference([], [])).toEqual({ ordered: [] });
  });
});

describe('words', () => {
  const [kate] = alternativesFor('wow');
  it('when a preference chose', () => {
    expect(playingPreferredWords(kate!)).toBe(
      'Playing Wow by Kate Bush — you preferred that one last time.',
    );
  });
  it('after a correction', () => {
    expect(correctedWords(kate!)).toBe(
      "OK, Wow by Kate Bush. I'll play that one next time you ask for Wow.",
    );
  });
});
