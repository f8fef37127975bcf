import { describe, expect, it } from 'vitest';
import { contentWords, phraseKey, stem } from './phrase.ts';

describe('words as learning compares them', () => {
  it('keys a request as the interpreter reads it: no wake words, politeness, articles or plurals', () => {
    expect(phraseKey('Hey Alexa, kill the big lamps please!')).toBe('kill big lamp');
    expect(phraseKey('kill the big lamp')).toBe('kill big lamp');
    expect(phraseKey('   ')).toBe('');
  });

  it('keeps what a request is about, not how it asks', () => {
    expect([...contentWords('could you turn off the living room lamp for me')]).toEqual([
      'living',
      'room',
      'lamp',
    ]);
    expect(contentWords('make it cozy')).toEqual(new Set(['cozy']));
  });

  it('meets the same verb said another way', () => {
    expect(stem('cranking')).toBe('crank');
    expect(stem('dimmed')).toBe('dim');
    expect(stem('popping')).toBe('pop');
    expect(stem('bring')).toBe('bring');
    expect(stem('red')).toBe('red');
  });
});
