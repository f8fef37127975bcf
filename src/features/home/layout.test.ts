import { describe, expect, it } from 'vitest';
import type { Home } from '../../domain/home/model.ts';
import { groupHome, summarize } from './layout.ts';

const home: Home = {
  floors: [
    { id: 'up', name: 'Upstairs', level: 1 },
    { id: 'base', name: 'Basement', level: -1 },
    { id: 'ground', name: 'Ground floor', level: 0 },
  ],
  areas: [
    { id: 'a_kitchen', name: 'Kitchen', floor: 'ground', order: 1 },
    { id: 'z_hall', name: 'Hall', floor: 'ground', order: 0 },
    { id: 'bed', name: 'Bedroom', floor: 'up' },
    { id: 'cellar', name: 'Cellar', floor: 'base' },
  ],
  entities: [
    { id: 'person.ann', name: 'Ann', domain: 'person', state: 'home', attributes: {} },
    {
      id: 'lock.front',
      name: 'Front door',
      domain: 'lock',
      area: 'z_hall',
      state: 'unlocked',
      attributes: {},
    },
    {
      id: 'light.hall',
      name: 'Hall light',
      domain: 'light',
      area: 'z_hall',
      state: 'on',
      attributes: {
        brightness: 50,
        color_mode: 'brightness',
        supported_color_modes: ['brightness'],
      },
    },
    {
      id: 'lock.shed',
      name: 'Shed',
      domain: 'lock',
      area: 'gone',
      state: 'locked',
      attributes: {},
    },
  ],
};

describe('groupHome', () => {
  it('orders floors ground first, upstairs next, basements last, and rooms by their order', () => {
    const { floors, people, unplaced } = groupHome(home);
    expect(floors.map((f) => f.floor?.name)).toEqual(['Ground floor', 'Upstairs', 'Basement']);
    expect(floors[0]?.rooms.map((r) => r.area.name)).toEqual(['Hall', 'Kitchen']);
    expect(floors[0]?.rooms[0]?.entities.map((e) => e.id)).toEqual(['light.hall', 'lock.front']);
    expect(people.map((p) => p.id)).toEqual(['person.ann']);
    expect(unplaced.map((e) => e.id)).toEqual(['lock.shed']);
  });

  it('summarizes the home in a line', () => {
    expect(summarize(home)).toEqual(['1 light on', '1 door unlocked', '1 of 1 people home']);
  });
});
