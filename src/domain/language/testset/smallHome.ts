// A small home for the language layer's unit tests, built with the home's test factories: two
// lights in the kitchen and two in the bedroom (one "ceiling" in each), a lamp in the living
// room, a blind, a lock, a thermostat and a speaker; the bedroom is upstairs.
import type { Home } from '../../home/model.ts';
import {
  makeClimate,
  makeCover,
  makeHome,
  makeLight,
  makeLock,
  makeMedia,
} from '../../home/testing.ts';

export const KITCHEN = ['light.kitchen_ceiling', 'light.kitchen_countertop'];
export const BEDROOM = ['light.bedroom_ceiling', 'light.bedroom_lamp'];
export const LIGHTS = [...KITCHEN, ...BEDROOM, 'light.reading_lamp'];

export function smallHome(): Home {
  const home = makeHome(
    makeLight({ id: 'light.kitchen_ceiling', name: 'Kitchen ceiling', area: 'kitchen' }),
    makeLight({
      id: 'light.kitchen_countertop',
      name: 'Kitchen countertop',
      area: 'kitchen',
      aliases: ['Under-cabinet lights'],
    }),
    makeLight({ id: 'light.bedroom_ceiling', name: 'Bedroom ceiling', area: 'bedroom' }),
    makeLight({ id: 'light.bedroom_lamp', name: 'Bedside lamp', area: 'bedroom' }),
    makeLight({ id: 'light.reading_lamp', name: 'Reading lamp', area: 'living_room' }),
    makeCover(),
    makeLock(),
    makeClimate(),
    makeMedia(),
  );
  const floors = [
    { id: 'ground', name: 'Ground floor', level: 0 },
    { id: 'upstairs', name: 'Upstairs', level: 1 },
  ];
  const areas = home.areas.map((a) => ({
    ...a,
    floor: a.id === 'bedroom' ? 'upstairs' : 'ground',
  }));
  return { ...home, floors, areas };
}
