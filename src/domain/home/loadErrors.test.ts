// Home files the loader refuses, and how it says what is wrong and where.
import { describe, expect, it } from 'vitest';
import { loadHomeFile } from './load.ts';

describe('files that cannot be read as a home', () => {
  it.each([
    ['not an object', null, 'a home file is a JSON object with "floors", "areas" and "entities"'],
    ['a list', [], 'a home file is a JSON object with "floors", "areas" and "entities"'],
    ['no entities', { areas: [] }, '"entities" is missing: a home file lists its entities'],
    ['entities not a list', { entities: { 'light.a': {} } }, '"entities" is not a list'],
    ['areas not a list', { areas: 'Kitchen', entities: [] }, '"areas" is not a list'],
    ['an entity that is not an object', { entities: ['light.a'] }, 'entities[0]: not an object'],
    [
      'an entity with no id',
      {
        entities: [
          { id: 'light.a', domain: 'light' },
          { id: 'light.b' },
          { id: 'light.c' },
          { name: 'Lamp', domain: 'light' },
        ],
      },
      'entities[3]: no id',
    ],
    [
      'an entity with no domain',
      { entities: [{ id: 'lamp' }] },
      'entities[0] (lamp): no domain, and the id does not start with one',
    ],
    [
      'duplicate entity ids',
      { entities: [{ id: 'light.a' }, { id: 'light.A' }] },
      'entities[1]: duplicate id "light.a" (also entities[0])',
    ],
    [
      'duplicate area ids',
      {
        areas: [
          { id: 'k', name: 'Kitchen' },
          { id: 'k', name: 'Cook' },
        ],
        entities: [],
      },
      'areas[1]: duplicate id "k" (also areas[0])',
    ],
    [
      'a floor with neither id nor name',
      { floors: [{ level: 2 }], entities: [] },
      'floors[0]: no id or name',
    ],
  ])('%s', (_what, input, error) => {
    const result = loadHomeFile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(error);
  });

  it('reports every problem at once, not only the first', () => {
    const result = loadHomeFile({
      entities: [{ name: 'A' }, { id: 'light.x' }, { id: 'light.x' }, 7],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'entities[0]: no id',
        'entities[2]: duplicate id "light.x" (also entities[1])',
        'entities[3]: not an object',
      ],
    });
  });

  it('accepts an empty home', () => {
    expect(loadHomeFile({ entities: [] })).toEqual({
      ok: true,
      home: { floors: [], areas: [], entities: [] },
      warnings: [],
    });
  });
});
