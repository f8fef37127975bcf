import { describe, expect, it } from 'vitest';
import { execute } from '../home/execute.ts';
import type { Entity, Home } from '../home/model.ts';
import {
  conceptCommands,
  conceptFromDevice,
  describeConcept,
  foreignSettings,
} from './concepts.ts';
import { concept, home, NOW } from './testing.ts';

const entity = (h: Home, id: string): Entity => h.entities.find((e) => e.id === id)!;
const applied = (h: Home, commands: Parameters<typeof execute>[1]) =>
  execute(h, commands, { kind: 'manual' }, NOW);

const studyMode = concept(
  'study',
  'study mode',
  'light',
  { brightness: 100, color_temp_kelvin: 4000 },
  'light.living_room_lamp',
);

describe('conceptCommands', () => {
  it('applies a concept taught on the living room lamp to the bedside lamp too', () => {
    const h = home();
    const {
      commands,
      notes,
      applied: to,
    } = conceptCommands(studyMode, [entity(h, 'light.bedside_lamp')]);
    expect(commands).toEqual([
      { entityId: 'light.bedside_lamp', type: 'set_color_temp', kelvin: 4000 },
      { entityId: 'light.bedside_lamp', type: 'set_brightness', brightness: 100 },
    ]);
    expect(notes).toEqual([]);
    expect(to.map((e) => e.id)).toEqual(['light.bedside_lamp']);
    const lamp = entity(applied(h, commands).home, 'light.bedside_lamp');
    expect(lamp).toMatchObject({
      state: 'on',
      attributes: { brightness: 100, color_mode: 'color_temp', color_temp_kelvin: 4000 },
    });
  });

  it('gives each light what it can do and says what it left out', () => {
    const h = home();
    const red = concept('party', 'party', 'light', { brightness: 60, rgb_color: '#ff0000' });
    const lights = ['light.desk_lamp', 'light.office', 'light.garage'].map((id) => entity(h, id));
    const { commands, notes } = conceptCommands(red, lights);
    expect(commands).toEqual([
      { entityId: 'light.desk_lamp', type: 'set_brightness', brightness: 60 },
      { entityId: 'light.office', type: 'set_brightness', brightness: 60 },
      { entityId: 'light.garage', type: 'turn_on' },
    ]);
    expect(notes).toEqual([
      "the Desk lamp can't show colours, so I left its colour",
      "the Office light can't show colours, so I left its colour",
      "the Garage light can't show colours, so I left its colour",
      "the Garage light can't be dimmed, so I just turned it on",
    ]);
    expect(applied(h, commands).errors).toEqual([]);
  });

  it('leaves devices of another kind alone with a note', () => {
    const h = home();
    const { commands, notes } = conceptCommands(studyMode, [
      entity(h, 'media_player.kitchen_speaker'),
    ]);
    expect(commands).toEqual([]);
    expect(notes).toEqual([
      '“study mode” is a setting for lights; the Kitchen speaker is a speaker',
    ]);
  });

  it('keeps a white within what a bulb can show', () => {
    const h = home();
    const candle = concept('c', 'candle', 'light', { color_temp_kelvin: 1500 });
    const { commands } = conceptCommands(candle, [entity(h, 'light.living_room_ceiling')]);
    expect(commands).toEqual([
      { entityId: 'light.living_room_ceiling', type: 'set_color_temp', kelvin: 2000 },
    ]);
    expect(applied(h, commands).errors).toEqual([]);
  });

  it('sets thermostats, blinds, fans and TVs', () => {
    const h = home();
    const cozy = concept('cozy', 'cozy', 'climate', { hvac_mode: 'heat', temperature: 22 });
    expect(conceptCommands(cozy, [entity(h, 'climate.main_bedroom')]).commands).toEqual([
      { entityId: 'climate.main_bedroom', type: 'set_hvac_mode', mode: 'heat' },
      { entityId: 'climate.main_bedroom', type: 'set_temperature', temperature: 22 },
    ]);
    const half = concept('half', 'half way', 'cover', { position: 50 });
    const covers = conceptCommands(half, [
      entity(h, 'cover.office_shade'),
      entity(h, 'cover.garage_door'),
    ]);
    expect(covers.commands).toEqual([
      { entityId: 'cover.office_shade', type: 'set_position', position: 50 },
    ]);
    expect(covers.notes).toEqual(['the Garage door only opens or closes, so I left it']);
    const shut = concept('shut', 'shut', 'cover', { position: 0 });
    expect(conceptCommands(shut, [entity(h, 'cover.garage_door')]).commands).toEqual([
      { entityId: 'cover.garage_door', type: 'close' },
    ]);
    const breeze = concept('breeze', 'breeze', 'fan', { percentage: 30 });
    expect(conceptCommands(breeze, [entity(h, 'fan.desk_fan')]).commands).toEqual([
      { entityId: 'fan.desk_fan', type: 'set_fan_speed', percentage: 30 },
    ]);
    const quiet = concept('quiet', 'quiet', 'media_player', { power: 'on', volume: 10 });
    const tv = conceptCommands(quiet, [entity(h, 'media_player.living_room_tv')]);
    expect(tv.commands).toEqual([
      { entityId: 'media_player.living_room_tv', type: 'turn_on' },
      { entityId: 'media_player.living_room_tv', type: 'set_volume', volume: 10 },
    ]);
    expect(applied(h, tv.commands).errors).toEqual([]);
  });
});

describe('conceptFromDevice', () => {
  it('takes a light as it is now, and gives another light the same look', () => {
    const h = home();
    const draft = conceptFromDevice(entity(h, 'light.living_room_lamp'), 'cosy');
    expect(draft).toEqual({
      word: 'cosy',
      domain: 'light',
      settings: { brightness: 45, rgb_color: '#ffa94d' },
      taughtOn: 'light.living_room_lamp',
    });
    const night = entity(h, 'light.night_light');
    const { commands } = conceptCommands(draft!, [night]);
    const after = entity(applied(h, commands).home, 'light.night_light');
    expect(after).toMatchObject({
      state: 'on',
      attributes: { brightness: 45, rgb_color: '#ffa94d' },
    });
  });

  it('takes each kind of device as it is', () => {
    const h = home();
    const of = (id: string) => conceptFromDevice(entity(h, id), 'x')?.settings;
    expect(of('light.sideboard_lamp')).toEqual({ power: 'off' });
    expect(of('light.porch')).toEqual({ brightness: 100 });
    expect(of('light.living_room_ceiling')).toEqual({ brightness: 70, color_temp_kelvin: 2700 });
    expect(of('climate.living_room')).toEqual({ hvac_mode: 'heat', temperature: 21 });
    expect(of('cover.office_shade')).toEqual({ position: 50 });
    expect(of('fan.bathroom_extractor')).toEqual({ percentage: 100 });
    expect(of('fan.desk_fan')).toEqual({ power: 'off' });
    expect(of('media_player.kitchen_speaker')).toEqual({ power: 'on', volume: 30 });
    expect(conceptFromDevice(entity(h, 'lock.front_door'), 'x')).toBeUndefined();
  });
});

describe('describeConcept', () => {
  it.each([
    [{ brightness: 100, color_temp_kelvin: 4000 }, 'C', 'brightness 100 % and cool white'],
    [{ rgb_color: '#ff0000', brightness: 30 }, 'C', 'brightness 30 % and red'],
    [{ hvac_mode: 'heat', temperature: 22 }, 'C', 'heating to 22 °C'],
    [{ temperature: 22 }, 'F', '71.6 °F'],
    [{ hvac_mode: 'off' }, 'C', 'off'],
    [{ position: 0 }, 'C', 'closed'],
    [{ position: 30 }, 'C', '30 % open'],
    [{ percentage: 40 }, 'C', 'speed 40 %'],
    [{ power: 'on', volume: 20 }, 'C', 'on and volume 20 %'],
  ] as const)('says %j in words', (settings, unit, words) => {
    expect(describeConcept({ settings }, unit)).toBe(words);
  });
});

describe('foreignSettings', () => {
  it('names settings a kind of device has no such thing as', () => {
    expect(foreignSettings('climate', { brightness: 50, temperature: 20 })).toEqual(['brightness']);
    expect(foreignSettings('light', { brightness: 50, power: 'on' })).toEqual([]);
  });
});
