import { describe, expect, it } from 'vitest';
import { editPath, newPath, viewOf } from './paths.ts';

describe('the teaching page’s views', () => {
  it('reads the editor to open from the query', () => {
    expect(viewOf('?new=concept')).toEqual({ view: 'new', kind: 'concept' });
    expect(viewOf('edit=taught-1%2Fx')).toEqual({ view: 'edit', id: 'taught-1/x' });
    expect(viewOf('')).toEqual({ view: 'list' });
    expect(viewOf('?new=routine')).toEqual({ view: 'list' });
  });

  it('writes paths that read back', () => {
    expect(viewOf(newPath('name').split('?')[1]!)).toEqual({ view: 'new', kind: 'name' });
    expect(viewOf(editPath('a&b').split('?')[1]!)).toEqual({ view: 'edit', id: 'a&b' });
  });
});
