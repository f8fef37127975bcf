import { describe, expect, it } from 'vitest';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { devicesByRoom } from './assistantDevices.ts';

const home = demoHome(Date.UTC(2026, 10, 24, 21, 30));

describe('the devices the assistant may put right on its own', () => {
  const rooms = devicesByRoom(home);
  const ids = rooms.flatMap((r) => r.devices.map((d) => d.id));

  it('are those it has hunches about: lights, plugs, fans, locks, doors, thermostats, players', () => {
    for (const id of [
      'light.porch',
      'switch.kettle',
      'fan.desk_fan',
      'lock.back_door',
      'cover.garage_door',
      'climate.main_bedroom',
      'media_player.living_room_tv',
    ])
      expect(ids).toContain(id);
  });

  it('leave out blinds and curtains, sensors and people', () => {
    for (const id of [
      'cover.living_room_blinds',
      'cover.main_bedroom_curtains',
      'sensor.kitchen_temperature',
      'binary_sensor.front_door',
      'person.emma',
    ])
      expect(ids).not.toContain(id);
  });

  it('come by room in the panel’s order, by name within a room', () => {
    expect(rooms.map((r) => r.name).slice(0, 3)).toEqual(['Bathroom', 'Dining room', 'Garage']);
    const ordered = {
      ...home,
      areas: home.areas.map((a, i) => ({ ...a, order: home.areas.length - i })),
    };
    expect(devicesByRoom(ordered)[0]!.name).toBe('Bathroom');
    expect(devicesByRoom(ordered).at(-1)!.name).toBe('Hallway');
    const garage = rooms.find((r) => r.name === 'Garage')!;
    expect(garage.devices.map((d) => d.name)).toEqual([
      'Chest freezer',
      'Garage door',
      'Garage light',
    ]);
  });

  it('puts devices in no room last', () => {
    const loose = {
      ...home,
      entities: home.entities.map((e) => (e.id === 'light.porch' ? { ...e, area: undefined } : e)),
    };
    const last = devicesByRoom(loose).at(-1)!;
    expect(last.name).toBe('Not in a room');
    expect(last.devices.map((d) => d.id)).toEqual(['light.porch']);
  });
});
