// Whole conversations through the real interpreter (not mocked): what a person says, what the
// assistant answers, and what the home is like afterwards. turn.test.ts holds the mocked cases.
import { describe, expect, it } from 'vitest';
import type { Entity, Home } from '../home/model.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { demo, inputFor } from './testing.ts';
import { takeTurn } from './turn.ts';
import type { DialogueState, TurnResult } from './types.ts';

interface Talk {
  replies: string[];
  results: TurnResult[];
  home: Home;
  entity(id: string): Entity | undefined;
}

/** Says each line from `area`, carrying the home and the dialogue state from turn to turn. */
function talk(lines: string[], area = 'living_room', unit: TemperatureUnit = 'C'): Talk {
  let home = demo();
  let state: DialogueState = {};
  const results = lines.map((text) => {
    const result = takeTurn(inputFor(home, { text, area, state, unit }));
    home = result.execution?.home ?? home;
    state = result.state;
    return result;
  });
  return {
    replies: results.map((r) => r.reply),
    results,
    home,
    entity: (id) => home.entities.find((e) => e.id === id),
  };
}

const stateOf = (t: Talk, id: string) => t.entity(id)?.state;
const attribute = (t: Talk, id: string, key: string): unknown => {
  const entity = t.entity(id);
  return entity ? (entity.attributes as Record<string, unknown>)[key] : undefined;
};

const LIVING_LIGHTS = ['light.living_room_ceiling', 'light.living_room_lamp', 'light.tv_backlight'];

describe('conversations through the real interpreter', () => {
  it('turns the room’s lights off, then "them" back on', () => {
    const t = talk(['turn off the lights', 'turn them back on']);
    expect(t.replies).toEqual([
      'Turned off 3 lights in the Living room.',
      'Turned on 3 lights in the Living room.',
    ]);
    expect(LIVING_LIGHTS.map((id) => stateOf(t, id))).toEqual(['on', 'on', 'on']);
    expect(t.results[1]?.explanation.reasons[0]).toMatch(/^'them' means /);
  });

  it('sets a level, nudges it, and follows "what about …"', () => {
    const t = talk(['set the lamp to 40 percent', 'a bit brighter', 'what about 20 percent']);
    expect(t.replies[0]).toBe('Set the Living room lamp to 40 %.');
    expect(t.replies[1]).toMatch(/^Brightened the Living room lamp to \d+ %\.$/);
    expect(t.replies[2]).toBe('Set the Living room lamp to 20 %.');
    expect(attribute(t, 'light.living_room_lamp', 'brightness')).toBe(20);
  });

  it('asks which light, and acts on the answer "the ceiling"', () => {
    const t = talk(['dim the kitchen light', 'the ceiling'], 'kitchen');
    expect(t.replies[0]).toBe('Which one: Kitchen ceiling or Kitchen counter lights?');
    expect(t.results[0]?.outcome).toBe('asked');
    expect(t.replies[1]).toBe('Dimmed the Kitchen ceiling to 60 %.');
    expect(attribute(t, 'light.kitchen_ceiling', 'brightness')).toBe(60);
    expect(attribute(t, 'light.kitchen_counter', 'brightness')).toBe(100);
  });

  it('asks again when what follows a question isn’t an answer', () => {
    const t = talk(['turn on the ceiling', 'hmm']);
    expect(t.replies).toEqual([
      'Which one: Living room ceiling or Ceiling fan?',
      'Sorry, which one: Living room ceiling or Ceiling fan?',
    ]);
    expect(t.results[1]?.state.pending?.options).toEqual([
      'light.living_room_ceiling',
      'fan.living_room_ceiling_fan',
    ]);
    expect(stateOf(t, 'fan.living_room_ceiling_fan')).toBe('off');
  });

  it('does both halves of a compound request in one reply', () => {
    const t = talk(['turn off the lights and lock the back door']);
    expect(t.replies).toEqual(['Turned off 3 lights in the Living room and locked the Back door.']);
    expect(LIVING_LIGHTS.map((id) => stateOf(t, id))).toEqual(['off', 'off', 'off']);
    expect(stateOf(t, 'lock.back_door')).toBe('locked');
    expect(t.results[0]?.execution?.events).toHaveLength(4);
  });

  it('says once what several parts found already so', () => {
    const t = talk(['turn on the kitchen lights and the hallway light']);
    expect(t.replies).toEqual([
      'The Kitchen ceiling, the Kitchen counter lights and the Hallway light were already on.',
    ]);
  });

  it('takes seventy two degrees as °F from a °C person, and says both', () => {
    const t = talk(['set the thermostat to seventy two degrees', 'make it warmer']);
    expect(t.replies).toEqual([
      'Set the Living room thermostat to 22 °C (72 °F).',
      'Turned the Living room thermostat up to 23 °C.',
    ]);
    expect(attribute(t, 'climate.living_room', 'temperature')).toBe(23);
    expect(t.results[0]?.explanation.understood).toBe('Set the Living room thermostat to 72 °F');
  });

  it('takes twenty one degrees as °C from a °F person', () => {
    const t = talk(['set the bedroom thermostat to 21 degrees'], 'living_room', 'F');
    expect(t.replies).toEqual(['Set the Bedroom thermostat to 69.8 °F (21 °C).']);
    expect(attribute(t, 'climate.main_bedroom', 'temperature')).toBe(21);
  });

  it('counts doors in the person’s words, then locks "it"', () => {
    const t = talk(['how many doors are unlocked?', 'lock it', 'are all the doors locked?']);
    expect(t.replies).toEqual([
      '1 door is unlocked: the Back door.',
      'Locked the Back door.',
      'Yes, both doors are locked.',
    ]);
    expect(stateOf(t, 'lock.back_door')).toBe('locked');
  });

  it('lists the lights that are on upstairs, then turns "them" off', () => {
    const t = talk(['which lights are on upstairs?', 'turn them off']);
    expect(t.replies).toEqual([
      'The Landing light, the Night light and the Bathroom light are on.',
      'Turned off 3 lights upstairs.',
    ]);
    expect(stateOf(t, 'light.landing')).toBe('off');
    expect(stateOf(t, 'light.kitchen_ceiling')).toBe('on');
  });

  it('answers about people, windows and motion without naming what wasn’t asked', () => {
    const t = talk([
      'who is home?',
      'is anyone away?',
      'are any windows open?',
      'is there any motion?',
    ]);
    expect(t.replies).toEqual([
      'Emma, Maya and Leo are home.',
      'Yes, Tom is away.',
      'Yes, the Bedroom window is open.',
      "Yes, there's motion in the Landing.",
    ]);
    expect(t.results.every((r) => r.outcome === 'answered' && !r.execution)).toBe(true);
  });

  it('reads humidity and the temperature by room', () => {
    const t = talk([
      "what's the humidity in the bathroom?",
      "what's the temperature in the office?",
    ]);
    expect(t.replies).toEqual([
      'The humidity is 71 % in the Bathroom.',
      "I can't measure the temperature in the Office. It's 19.6 °C in the Kids' room.",
    ]);
  });

  it('plays with the music where the person is, and follows "it"', () => {
    const t = talk(['pause the music', 'next song', 'turn it up'], 'kitchen');
    expect(t.replies).toEqual([
      'Paused the Kitchen speaker.',
      'Skipped to “Blue in Green by Miles Davis” on the Kitchen speaker.',
      'Turned the Kitchen speaker up to 40 %.',
    ]);
    expect(attribute(t, 'media_player.kitchen_speaker', 'volume')).toBe(40);
  });

  it('repeats the last request for another room', () => {
    const t = talk(['turn off the dining room lights', 'and the kitchen too']);
    expect(t.replies).toEqual([
      'Turned off the Dining room pendant. The Sideboard lamp was already off.',
      'Turned off the Kitchen ceiling and the Kitchen counter lights.',
    ]);
    expect(stateOf(t, 'light.kitchen_counter')).toBe('off');
  });

  it('fails plainly and changes nothing', () => {
    const t = talk(['turn on movie mode', 'set the lights to 150 percent']);
    expect(t.replies).toEqual([
      "I don't know 'movie mode' yet.",
      'Brightness must be between 0 and 100 %; 150 is out of range.',
    ]);
    expect(t.results.map((r) => r.outcome)).toEqual(['failed', 'failed']);
    expect(t.home).toEqual(demo());
  });
});
