import { describe, expect, it } from 'vitest';
import { addPerson, removePerson, renamePerson } from './people.ts';
import type { Home } from './model.ts';

const home: Home = {
  floors: [],
  areas: [],
  entities: [{ id: 'person.anna', name: 'Anna', domain: 'person', state: 'home', attributes: {} }],
};

describe('people', () => {
  it('adds a person at home with an id from the name', () => {
    const r = addPerson(home, '  Zoë Smith ');
    expect(r.ok && r.home.entities.at(-1)).toMatchObject({
      id: 'person.zoe_smith',
      name: 'Zoë Smith',
      state: 'home',
    });
  });
  it.each([
    ['', 'Enter a name.'],
    ['anna', 'Anna is already in the household.'],
    ['R2-D2!', 'Use letters'],
    ['x'.repeat(41), 'under 40'],
  ])('refuses %j', (name, message) => {
    const r = addPerson(home, name);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });
  it('renames and removes, leaving the input untouched', () => {
    const renamed = renamePerson(home, 'person.anna', 'Annie');
    expect(renamed.ok && renamed.home.entities[0]?.name).toBe('Annie');
    const removed = removePerson(home, 'person.anna');
    expect(removed.ok && removed.home.entities).toEqual([]);
    expect(home.entities[0]?.name).toBe('Anna');
    expect(removePerson(home, 'person.nobody').ok).toBe(false);
  });
});
