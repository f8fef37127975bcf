import { describe, expect, it } from 'vitest';
import type { Command } from '../../home/commands.ts';
import { demoHome } from '../../home/scenarios/demo.ts';
import type { Routine } from '../../routines/model.ts';
import type { PersonalAction } from '../types.ts';
import {
  doneBySchedule,
  lastingActions,
  minutesApart,
  routineSteps,
  scheduledSteps,
  stepKey,
  unsafeOnSchedule,
} from './steps.ts';

const home = demoHome(Date.UTC(2025, 0, 1));
const MINUTE = 60_000;
const lamp = (type: 'turn_on' | 'turn_off'): Command => ({
  entityId: 'light.living_room_lamp',
  type,
});
const act = (minute: number, command: Command): PersonalAction => ({
  at: minute * MINUTE,
  eventId: `e${minute}`,
  entityId: command.entityId,
  command,
  via: 'manual',
});

describe('habit steps', () => {
  it('are the same command on the same device, whatever is played', () => {
    expect(
      stepKey({ entityId: 'climate.living_room', type: 'set_temperature', temperature: 17 }),
    ).toBe('climate.living_room:set_temperature=17');
    expect(stepKey(lamp('turn_off'))).toBe('light.living_room_lamp:turn_off');
    const tv = 'media_player.living_room_tv';
    expect(stepKey({ entityId: tv, type: 'play_media', mediaId: 'episode.nature_1' })).toBe(
      stepKey({ entityId: tv, type: 'play' }),
    );
  });

  it('leave out what was taken back within minutes, and settings replaced at once', () => {
    expect(lastingActions([act(0, lamp('turn_on')), act(5, lamp('turn_off'))])).toEqual([
      false,
      false,
    ]);
    // A light turned on at a level and off again is the same.
    const dimmed: Command = {
      entityId: 'light.living_room_lamp',
      type: 'set_brightness',
      brightness: 40,
    };
    expect(lastingActions([act(0, dimmed), act(5, lamp('turn_off'))])).toEqual([false, false]);
    // Long enough to have been wanted.
    expect(lastingActions([act(0, lamp('turn_on')), act(40, lamp('turn_off'))])).toEqual([
      true,
      true,
    ]);
    // Another device in between changes nothing.
    const lock: Command = { entityId: 'lock.front_door', type: 'lock' };
    expect(
      lastingActions([act(0, lamp('turn_on')), act(1, lock), act(3, lamp('turn_off'))]),
    ).toEqual([false, true, false]);
    const to = (temperature: number): Command => ({
      entityId: 'climate.living_room',
      type: 'set_temperature',
      temperature,
    });
    expect(lastingActions([act(0, to(19)), act(2, to(17))])).toEqual([false, true]);
    expect(lastingActions([act(0, to(17)), act(2, to(17))])).toEqual([true, true]);
  });

  it('never unlock a door or open the garage on a schedule', () => {
    expect(unsafeOnSchedule({ entityId: 'lock.front_door', type: 'unlock' }, home)).toBe(true);
    expect(unsafeOnSchedule({ entityId: 'cover.garage_door', type: 'open' }, home)).toBe(true);
    expect(
      unsafeOnSchedule({ entityId: 'cover.garage_door', type: 'set_position', position: 50 }, home),
    ).toBe(true);
    expect(unsafeOnSchedule({ entityId: 'cover.living_room_blinds', type: 'open' }, home)).toBe(
      false,
    );
    expect(unsafeOnSchedule({ entityId: 'lock.front_door', type: 'lock' }, home)).toBe(false);
  });

  it('know what a person’s routines do, and when', () => {
    const routine: Routine = {
      id: 'r',
      name: 'Night',
      enabled: true,
      triggers: [
        { type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] },
        { type: 'phrase', phrases: ['night'] },
      ],
      conditionMode: 'all',
      conditions: [],
      actions: [
        { type: 'control', target: { kind: 'area', domain: 'lock' }, command: 'lock' },
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'light.porch' },
          command: 'turn_off',
          disabled: true,
        },
        { type: 'say', text: 'Good night' },
      ],
      createdAt: 0,
      updatedAt: 0,
    };
    expect([...routineSteps(routine, home)].sort()).toEqual([
      'lock.back_door:lock',
      'lock.front_door:lock',
    ]);
    const schedules = scheduledSteps([routine], home);
    expect(schedules).toHaveLength(1);
    expect(doneBySchedule(schedules, 'lock.front_door:lock', 22 * 60 + 40, 3, 15)).toBe(true);
    expect(doneBySchedule(schedules, 'lock.front_door:lock', 22 * 60 + 50, 3, 15)).toBe(false);
    expect(doneBySchedule(schedules, 'lock.front_door:lock', 22 * 60 + 40, 6, 15)).toBe(false);
    expect(doneBySchedule(schedules, 'light.porch:turn_off', 22 * 60 + 30, 3, 15)).toBe(false);
    expect(scheduledSteps([{ ...routine, enabled: false }], home)).toEqual([]);
  });

  it('measure time of day the short way round midnight', () => {
    expect(minutesApart(23 * 60 + 55, 5)).toBe(10);
    expect(minutesApart(600, 630)).toBe(30);
  });
});
