import { describe, expect, it } from 'vitest';
import { causeSchema } from '../activity/cause.ts';
import {
  makeGarageDoor,
  makeHome,
  makeLight,
  makePlainLight,
  makeSensor,
  NOW,
} from '../home/testing.ts';
import { after, said, turn } from './testing.ts';

const KITCHEN_LIGHTS = ['light.kitchen_ceiling', 'light.kitchen_counter'];
const LIVING_LIGHTS = ['light.living_room_ceiling', 'light.living_room_lamp', 'light.tv_backlight'];

describe('acting on a request', () => {
  it('runs the commands through execute with the utterance as the cause', () => {
    const result = turn(
      said('HassTurnOff', { domain: 'light' }, KITCHEN_LIGHTS, { text: 'lights off' }),
      { area: 'kitchen' },
    );
    expect(result.outcome).toBe('acted');
    expect(result.commands).toEqual([
      { entityId: 'light.kitchen_ceiling', type: 'turn_off' },
      { entityId: 'light.kitchen_counter', type: 'turn_off' },
    ]);
    expect(result.execution?.events).toHaveLength(2);
    expect(result.execution?.events[0]?.cause).toEqual({
      kind: 'voice',
      utterance: 'lights off',
      area: 'kitchen',
    });
    expect(result.execution?.events[0]?.at).toBe(NOW);
    expect(after(result, 'light.kitchen_ceiling')?.state).toBe('off');
    expect(result.reply).toBe('Turned off the Kitchen ceiling and the Kitchen counter lights.');
  });

  it('counts a group of three or more, with its room', () => {
    const result = turn(
      said('HassTurnOff', { domain: 'light', area: 'Living room' }, LIVING_LIGHTS),
    );
    expect(result.reply).toBe('Turned off 3 lights in the Living room.');
  });

  it('says when nothing changed because it already was so', () => {
    const result = turn(said('HassTurnOn', { name: 'Front door' }, ['lock.front_door']));
    expect(result.reply).toBe('The Front door was already locked.');
    expect(result.outcome).toBe('acted');
    expect(result.execution?.events).toEqual([]);
  });

  it('says what changed and what already was, for one or two devices', () => {
    const result = turn(said('HassTurnOn', {}, ['lock.front_door', 'lock.back_door']));
    expect(result.reply).toBe('Locked the Back door. The Front door was already locked.');
  });

  it('leaves out "already" in a big group where something changed', () => {
    const lights = [...LIVING_LIGHTS, 'light.sideboard_lamp'];
    const result = turn(said('HassTurnOff', { domain: 'light' }, lights));
    expect(result.reply).toBe('Turned off 3 lights in the Living room.');
  });

  // prettier-ignore
  it.each<[string, ReturnType<typeof said>, string]>([
    ['unlock', said('HassTurnOff', { name: 'Front door' }, ['lock.front_door']), 'Unlocked the Front door.'],
    ['brightness', said('HassLightSet', { brightness: 40 }, ['light.kitchen_ceiling']), 'Set the Kitchen ceiling to 40 %.'],
    ['brightness of a group', said('HassLightSet', { brightness: 40 }, LIVING_LIGHTS), 'Set 3 lights in the Living room to 40 %.'],
    ['brightness 0', said('HassLightSet', { brightness: 0 }, ['light.kitchen_ceiling']), 'Turned off the Kitchen ceiling.'],
    ['colour', said('HassLightSet', { color: 'red' }, ['light.living_room_lamp']), 'Set the Living room lamp to red.'],
    ['colour and brightness', said('HassLightSet', { color: 'red', brightness: 40 }, ['light.living_room_lamp']), 'Set the Living room lamp to red at 40 %.'],
    ['a white', said('HassLightSet', { color: 'warm white' }, ['light.kitchen_ceiling']), 'Set the Kitchen ceiling to warm white.'],
    ['a CSS colour', said('HassLightSet', { color: 'dodger blue' }, ['light.living_room_lamp']), 'Set the Living room lamp to dodger blue.'],
    ['a CSS colour in one word', said('HassLightSet', { color: 'mediumseagreen', brightness: 40 }, ['light.living_room_lamp']), 'Set the Living room lamp to medium sea green at 40 %.'],
    ['dimmer', said('LightAdjustBrightness', { direction: 'down', amount: 10 }, ['light.kitchen_ceiling']), 'Dimmed the Kitchen ceiling to 70 %.'],
    ['dimmer, a group', said('LightAdjustBrightness', { direction: 'down' }, KITCHEN_LIGHTS), 'Dimmed the Kitchen ceiling and the Kitchen counter lights.'],
    ['brighter at the top', said('LightAdjustBrightness', { direction: 'up' }, ['light.kitchen_counter']), 'The Kitchen counter lights were already at full brightness.'],
    ['dimmer when off', said('LightAdjustBrightness', { direction: 'down' }, ['light.sideboard_lamp']), 'The Sideboard lamp is off.'],
    ['thermostat', said('HassClimateSetTemperature', { temperature: 22 }, ['climate.living_room']), 'Set the Living room thermostat to 22 °C.'],
    ['thermostat already', said('HassClimateSetTemperature', { temperature: 21 }, ['climate.living_room']), 'The Living room thermostat was already set to 21 °C.'],
    ['warmer', said('ClimateAdjustTemperature', { direction: 'up' }, ['climate.living_room']), 'Turned the Living room thermostat up to 22 °C.'],
    ['cooler, two', said('ClimateAdjustTemperature', { direction: 'down', amount: 2 }, ['climate.living_room', 'climate.main_bedroom']), 'Turned the Living room thermostat and the Bedroom thermostat down by 2 °C.'],
    ['blinds', said('HassTurnOn', { name: 'Living room blinds' }, ['cover.living_room_blinds']), 'Opening the Living room blinds.'],
    ['curtains', said('HassTurnOff', {}, ['cover.main_bedroom_curtains']), 'Closing the Bedroom curtains.'],
    ['blinds already', said('HassTurnOff', {}, ['cover.living_room_blinds']), 'The Living room blinds were already closed.'],
    ['position', said('HassSetPosition', { position: 30 }, ['cover.office_shade']), 'Moving the Office shade to 30 %.'],
    ['garage door', said('HassTurnOn', {}, ['cover.garage_door']), 'Opening the Garage door.'],
    ['pause', said('HassMediaPause', {}, ['media_player.kitchen_speaker']), 'Paused the Kitchen speaker.'],
    ['pause, not playing', said('HassMediaPause', {}, ['media_player.living_room_tv']), "The Living room TV wasn't playing."],
    ['resume', said('HassMediaUnpause', {}, ['media_player.living_room_tv']), 'Resumed the Living room TV.'],
    ['next', said('HassMediaNext', {}, ['media_player.kitchen_speaker']), 'Skipped to “Blue in Green by Miles Davis” on the Kitchen speaker.'],
    ['previous restarts', said('HassMediaPrevious', {}, ['media_player.kitchen_speaker']), 'Restarted “So What by Miles Davis” on the Kitchen speaker.'],
    ['mute', said('HassMediaMute', {}, ['media_player.kitchen_speaker']), 'Muted the Kitchen speaker.'],
    ['unmute, not muted', said('HassMediaUnmute', {}, ['media_player.kitchen_speaker']), "The Kitchen speaker wasn't muted."],
    ['volume', said('HassSetVolume', { volume_level: 50 }, ['media_player.kitchen_speaker']), 'Set the volume on the Kitchen speaker to 50 %.'],
    ['louder', said('MediaAdjustVolume', { direction: 'up' }, ['media_player.kitchen_speaker']), 'Turned the Kitchen speaker up to 40 %.'],
    ['fan speed', said('HassLightSet', { brightness: 80 }, ['fan.desk_fan']), 'Set the Desk fan to 80 %.'],
    ['fan speed said as such', said('HassFanSetSpeed', { percentage: 30 }, ['fan.bathroom_extractor']), 'Set the Bathroom fan to 30 %.'],
    ['thermostat to a number only °F fits', said('HassClimateSetTemperature', { temperature: 72 }, ['climate.living_room']), 'Set the Living room thermostat to 22 °C (72 °F).'],
    ['thermostat in °F said', said('HassClimateSetTemperature', { temperature: 75, temperature_unit: 'F' }, ['climate.living_room']), 'Set the Living room thermostat to 24 °C (75 °F).'],
    ['plug', said('HassTurnOn', {}, ['switch.kettle']), 'Turned on the Kettle.'],
  ])('%s', (_label, interpretation, reply) => {
    expect(turn(interpretation).reply).toBe(reply);
  });

  it('sets a °F person’s thermostat in °C and answers in °F', () => {
    const result = turn(
      said('HassClimateSetTemperature', { temperature: 70 }, ['climate.living_room']),
      {
        unit: 'F',
      },
    );
    expect(result.commands).toEqual([
      { entityId: 'climate.living_room', type: 'set_temperature', temperature: 21.11 },
    ]);
    const thermostat = after(result, 'climate.living_room');
    expect(thermostat?.domain === 'climate' && thermostat.attributes.temperature).toBe(21.11);
    expect(result.reply).toBe('Set the Living room thermostat to 70 °F.');
  });

  it('unlocks a door and opens a garage door by voice without asking', () => {
    const result = turn(said('HassTurnOff', {}, ['lock.front_door']));
    expect(after(result, 'lock.front_door')?.state).toBe('unlocked');
    expect(
      after(turn(said('HassTurnOn', {}, ['cover.garage_door'])), 'cover.garage_door')?.state,
    ).toBe('opening');
  });

  it('says in plain words why a device can’t do it', () => {
    const result = turn(
      said('HassTurnOn', { name: 'Kitchen temperature' }, ['sensor.kitchen_temperature']),
    );
    expect(result.outcome).toBe('failed');
    expect(result.reply).toBe(
      "Kitchen temperature is a temperature sensor; it can't be turned on.",
    );
    const dim = turn(
      said('HassLightSet', { name: 'Garage light', brightness: 50 }, ['light.garage']),
    );
    expect(dim.reply).toBe("Garage light can't be dimmed; it only turns on and off.");
    expect(dim.outcome).toBe('failed');
  });

  it('keeps what some of a kind couldn’t do for "Why?", and says it when a device was named', () => {
    const result = turn(said('HassLightSet', { color: 'red' }, LIVING_LIGHTS));
    expect(result.outcome).toBe('acted');
    expect(result.reply).toBe('Set the Living room lamp and the TV backlight to red.');
    expect(result.execution?.errors).toHaveLength(1);
    expect(result.explanation.reasons).toContain(
      "Living room ceiling can't show colours; it only does shades of white.",
    );
    const named = turn(said('HassLightSet', { name: 'Living room', color: 'red' }, LIVING_LIGHTS));
    expect(named.reply).toBe(
      "Set the Living room lamp and the TV backlight to red. Living room ceiling can't show colours; it only does shades of white.",
    );
  });

  it('refuses before running anything when the request can’t work as said', () => {
    const result = turn(
      said('HassClimateSetTemperature', { temperature: 200 }, ['climate.living_room']),
    );
    expect(result.outcome).toBe('failed');
    expect(result.commands).toEqual([]);
    expect(result.execution).toBeUndefined();
    expect(result.reply).toBe(
      'A thermostat can be set between 5 °C and 35 °C; 200 °C is out of range.',
    );
  });

  it('leaves out devices of a group that can’t do it, and says so under "Why?"', () => {
    const home = makeHome(
      makeLight({ id: 'light.a', name: 'Lamp A' }),
      makePlainLight({ id: 'light.b', name: 'Lamp B', area: 'kitchen' }),
      makeSensor({ id: 'sensor.k', name: 'Kitchen thermometer', area: 'kitchen' }),
    );
    const result = turn(said('HassLightSet', { brightness: 30 }, ['light.a', 'light.b']), {}, home);
    expect(result.commands).toEqual([
      { entityId: 'light.a', type: 'set_brightness', brightness: 30 },
    ]);
    expect(result.reply).toBe('Set the Lamp A to 30 %.');
    expect(result.explanation.reasons).toContain(
      "Left out what can't do it: Lamp B is a light; it can't be dimmed.",
    );
  });

  it('tries every device that was named, so the person hears why one didn’t', () => {
    const home = makeHome(
      makeLight({ id: 'light.a', name: 'Lamp A' }),
      makePlainLight({ id: 'light.b', name: 'Lamp B', area: 'kitchen' }),
    );
    const result = turn(
      said('HassLightSet', { name: 'lamp', brightness: 30 }, ['light.a', 'light.b']),
      {},
      home,
    );
    expect(result.reply).toBe(
      "Set the Lamp A to 30 %. Lamp B can't be dimmed; it only turns on and off.",
    );
  });

  it('says a cover is already on its way', () => {
    const home = makeHome(
      makeGarageDoor({ state: 'opening', attributes: { target_position: 100 } }),
    );
    const result = turn(said('HassTurnOn', {}, ['cover.garage_door']), {}, home);
    expect(result.reply).toBe('The Garage door was already opening.');
  });

  it('keeps a cause that can be stored, however long the utterance', () => {
    const text = 'turn off the light '.repeat(40);
    const result = turn(said('HassTurnOff', {}, ['light.kitchen_ceiling'], { text }));
    const cause = result.execution?.events[0]?.cause;
    expect(causeSchema.safeParse(cause).success).toBe(true);
    expect(cause?.kind === 'voice' && cause.utterance).toBe(text.slice(0, 500));
  });
});
