import { describe, expect, it } from 'vitest';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import {
  makeHome,
  makeLight,
  makeLock,
  makeSensor,
  makeSwitch,
} from '../../../domain/home/testing.ts';
import {
  allIn,
  defaultRoom,
  NO_ROOM,
  preselectIn,
  rememberGroups,
  roomChoices,
  stateWords,
  withTicks,
} from './choices.ts';

const demo = demoHome(Date.UTC(2026, 2, 3, 19, 30));

describe('rememberGroups', () => {
  it('groups the devices that can be kept by room, leaving sensors and people out', () => {
    const groups = rememberGroups(demo);
    const living = groups.find((g) => g.id === 'living_room');
    expect(living?.name).toBe('Living room');
    const ids = living?.devices.map((d) => d.id) ?? [];
    expect(ids).toContain('light.living_room_lamp');
    expect(ids).toContain('climate.living_room');
    expect(ids).not.toContain('sensor.living_room_humidity');
    expect(groups.flatMap((g) => g.devices).some((d) => d.domain === 'person')).toBe(false);
    // The panel's order: lights first within a room.
    expect(living?.devices[0]?.domain).toBe('light');
  });

  it('leaves out rooms with nothing to keep and puts devices in no room last', () => {
    const home = makeHome(
      makeSensor({ id: 'sensor.kitchen', area: 'kitchen' }),
      makeSwitch({ id: 'switch.loose', name: 'Loose plug', area: undefined }),
      makeLight({ id: 'light.hall', name: 'Hall light', area: 'hall' }),
    );
    const groups = rememberGroups(home);
    expect(groups.map((g) => [g.id, g.devices.map((d) => d.id)])).toEqual([
      ['hall', ['light.hall']],
      [NO_ROOM, ['switch.loose']],
    ]);
    expect(roomChoices(home).map((a) => a.id)).toEqual(['hall']);
  });
});

describe('defaultRoom', () => {
  it('starts in the room with the most lights on', () => {
    expect(defaultRoom(demo)).toBe('living_room');
    const home = makeHome(
      makeLight({ id: 'light.a', area: 'kitchen', state: 'on' }),
      makeLight({ id: 'light.b', area: 'bedroom', state: 'on' }),
      makeLight({ id: 'light.c', area: 'bedroom', state: 'on' }),
      makeLight({ id: 'light.d', area: 'kitchen', state: 'off' }),
    );
    expect(defaultRoom(home)).toBe('bedroom');
  });

  it('falls back to the first room with something to keep, or none', () => {
    const home = makeHome(
      makeSensor({ id: 'sensor.kitchen', area: 'kitchen' }),
      makeLock({ id: 'lock.garage', area: 'garage' }),
    );
    expect(defaultRoom(home)).toBe('garage');
    expect(defaultRoom(makeHome())).toBeUndefined();
  });
});

describe('ticking', () => {
  it('preselects a room’s lights, blinds and TV, not its thermostat or plug', () => {
    expect(preselectIn(demo, 'living_room')).toEqual([
      'light.living_room_ceiling',
      'light.living_room_lamp',
      'light.tv_backlight',
      'cover.living_room_blinds',
      'media_player.living_room_tv',
    ]);
    expect(preselectIn(demo, undefined)).toEqual([]);
  });

  it('"select all" adds every device of the room to what is ticked, in the checklist’s order', () => {
    const ticked = withTicks(demo, ['lock.front_door'], allIn(demo, 'living_room'));
    expect(ticked[0]).toBe('lock.front_door'); // the Hallway comes before the Living room
    expect(ticked).toContain('switch.tv_stand');
    expect(ticked).toContain('climate.living_room');
    expect(ticked).toContain('fan.living_room_ceiling_fan');
    expect(new Set(ticked).size).toBe(ticked.length);
  });

  it('says a state after the name in lower case', () => {
    const lamp = demo.entities.find((e) => e.id === 'light.living_room_lamp')!;
    expect(stateWords(lamp, 'C')).toBe('on · 45 %');
    const thermostat = demo.entities.find((e) => e.id === 'climate.living_room')!;
    expect(stateWords(thermostat, 'F')).toMatch(/°F$/);
  });
});
