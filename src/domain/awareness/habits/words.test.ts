import { describe, expect, it } from 'vitest';
import type { Command } from '../../home/commands.ts';
import { demoHome } from '../../home/scenarios/demo.ts';
import {
  habitName,
  habitPhrase,
  habitText,
  habitTime,
  habitWords,
  offerStep,
  roundedMinute,
} from './words.ts';

const home = demoHome(Date.UTC(2025, 0, 1));
const step = (command: Command, unit: 'C' | 'F' = 'C') => offerStep(command, home, unit);

const THERMOSTAT: Command = {
  entityId: 'climate.living_room',
  type: 'set_temperature',
  temperature: 17,
};
const LAMP_OFF: Command = { entityId: 'light.living_room_lamp', type: 'turn_off' };
const LOCK: Command = { entityId: 'lock.front_door', type: 'lock' };

describe('habit words', () => {
  it('says each step as the routine would do it, by name, in the person’s unit', () => {
    expect(step(THERMOSTAT)).toEqual({
      entityId: 'climate.living_room',
      entityName: 'Living room thermostat',
      command: THERMOSTAT,
      words: 'set the Living room thermostat to 17 °C',
    });
    expect(step(THERMOSTAT, 'F').words).toBe('set the Living room thermostat to 62.6 °F');
    expect(step(LAMP_OFF).words).toBe('turn off the Living room lamp');
    expect(
      step({
        entityId: 'media_player.kitchen_speaker',
        type: 'play_media',
        mediaId: 'radio.jazz_fm',
      }).words,
    ).toBe('play “Jazz FM (Jazz FM)” on the Kitchen speaker');
    // A device the home no longer has is never shown by its id.
    const gone = step({ entityId: 'light.shed', type: 'turn_on' });
    expect(gone.words).toBe('turn on a device that no longer exists');
  });

  it('gives the usual time to the nearest five minutes, as a schedule is set', () => {
    expect(habitTime(22 * 60 + 29.5)).toBe('22:30');
    expect(habitTime(6 * 60 + 52)).toBe('06:50');
    expect(habitTime(6 * 60 + 53)).toBe('06:55');
    expect(habitTime(23 * 60 + 58)).toBe('00:00');
    expect(roundedMinute(15 * 60 + 47.4)).toBe(15 * 60 + 45);
  });

  it('asks about several steps as a list and about one step in a sentence', () => {
    expect(habitText([step(THERMOSTAT), step(LAMP_OFF), step(LOCK)], '22:30')).toBe(
      'You often do these around 22:30: set the Living room thermostat to 17 °C, turn off the ' +
        'Living room lamp and lock the Front door. Make a routine?',
    );
    expect(habitText([step({ entityId: 'light.night_light', type: 'turn_off' })], '06:55')).toBe(
      'You often turn off the Night light around 06:55. Make a routine?',
    );
  });

  it('suggests the words said most often as the phrase, the latest of equals', () => {
    expect(habitPhrase([])).toBeUndefined();
    expect(habitPhrase(['lights out', 'Lights  out', 'bedtime'])).toBe('Lights out');
    expect(habitPhrase(['bedtime', 'lights out'])).toBe('lights out');
    // Words that are a command of their own would run the routine instead: left out.
    const isCommand = (p: string) => p.startsWith('turn off');
    expect(habitPhrase(['turn off the lights', 'turn off the lights', 'night'], isCommand)).toBe(
      'night',
    );
    expect(habitPhrase(['turn off the lights'], isCommand)).toBeUndefined();
  });

  it('names the routine after its phrase, else after its time', () => {
    expect(habitName('lights out', '22:30')).toBe('Lights out');
    expect(habitName(undefined, '22:30')).toBe('Around 22:30');
    expect(habitWords([step(LOCK)], 22 * 60 + 31, ['lights out'])).toEqual({
      time: '22:30',
      name: 'Lights out',
      phrase: 'lights out',
      text: 'You often lock the Front door around 22:30. Make a routine?',
    });
    expect(habitWords([step(LOCK)], 22 * 60 + 31, [])).not.toHaveProperty('phrase');
  });
});
