import { describe, expect, it } from 'vitest';
import { copyName } from './copyName.ts';

describe('copyName', () => {
  it('adds "(copy)", then numbers further copies', () => {
    expect(copyName('Good night', ['Good night'])).toBe('Good night (copy)');
    expect(copyName('Good night', ['Good night', 'Good night (copy)'])).toBe('Good night (copy 2)');
    expect(copyName('Good night (copy)', ['good night (COPY)'])).toBe('Good night (copy 2)');
  });

  it('stays within the 120 characters a name may have', () => {
    const long = 'x'.repeat(120);
    const name = copyName(long, [long]);
    expect(name).toHaveLength(120);
    expect(name.endsWith(' (copy)')).toBe(true);
  });
});
