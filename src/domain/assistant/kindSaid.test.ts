import { describe, expect, it } from 'vitest';
import { demo } from './testing.ts';
import { kindSaid } from './kindSaid.ts';

const home = demo();
const byId = (...ids: string[]) => home.entities.filter((e) => ids.includes(e.id));
const LOCKS = byId('lock.front_door', 'lock.back_door');

describe('the word a person used for the devices', () => {
  it('finds the noun that names these devices, singular or plural', () => {
    expect(kindSaid('how many doors are unlocked?', LOCKS)).toEqual({
      one: 'door',
      many: 'doors',
      number: 'many',
    });
    expect(kindSaid('is the lock open', LOCKS)).toMatchObject({ one: 'lock', number: 'one' });
    expect(kindSaid('how many TVs are on', byId('media_player.living_room_tv'))).toMatchObject({
      one: 'TV',
      many: 'TVs',
    });
  });

  it('prefers the longer phrase', () => {
    expect(kindSaid('is the garage door open', byId('cover.garage_door'))?.one).toBe('garage door');
  });

  it('calls people people', () => {
    expect(kindSaid('is anyone home', byId('person.emma'))?.many).toBe('people');
  });

  it('ignores kind words that don’t fit the devices, and words for what they sense', () => {
    expect(kindSaid('is the TV backlight on', byId('light.tv_backlight'))).toBeUndefined();
    expect(kindSaid('is there any motion', byId('binary_sensor.hallway_motion'))).toBeUndefined();
    expect(kindSaid('turn on movie mode', LOCKS)).toBeUndefined();
  });
});
