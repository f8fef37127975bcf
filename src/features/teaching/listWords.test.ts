import { describe, expect, it } from 'vitest';
import { command, concept, taughtName } from '../../domain/teaching/testing.ts';
import { countWords } from './listWords.ts';

const say = { type: 'say', text: 'hi' } as const;

describe('countWords', () => {
  it('counts what was learned, by kind, in plain words', () => {
    expect(countWords([])).toBe('Nothing taught yet');
    expect(countWords([command('a', ['movie mode'], [say])])).toBe('1 thing');
    expect(countWords([command('a', ['x'], [say]), command('b', ['y'], [say])])).toBe('2 things');
    expect(
      countWords([
        command('a', ['x'], [say]),
        concept('b', 'cozy', 'climate', { temperature: 22 }),
        taughtName('c', 'the big light', { kind: 'entity', entityId: 'light.office' }),
        taughtName('d', 'the den', { kind: 'area', areaId: 'office' }),
      ]),
    ).toBe('4 things: 1 command, 1 setting word and 2 names');
  });
});
