// Each follow-up rule fires on the request it is for, at the time it is for, and not otherwise.
import { describe, expect, it } from 'vitest';
import type { Cause } from '../../activity/cause.ts';
import type { Command } from '../../home/commands.ts';
import type { Entity } from '../../home/model.ts';
import {
  makeBinarySensor,
  makeClimate,
  makeCover,
  makeGarageDoor,
  makeHome,
  makeLight,
  makeLock,
  makeMedia,
  makePerson,
  makePlainLight,
} from '../../home/testing.ts';
import type { FollowUpContext } from './context.ts';
import { RULES, ruleById } from './rules.ts';
import { contextAfter, GOOD_NIGHT, LEAVING } from './testing.ts';

const offerOf = (id: string, context: FollowUpContext) => ruleById(id)!.offer(context);
const run = (entities: Entity[], commands: Command[], time: string, extra = {}) =>
  contextAfter(makeHome(...entities), commands, time, extra);

const tv = makeMedia({
  id: 'media_player.living_room_tv',
  name: 'Living room TV',
  area: 'living_room',
  state: 'playing',
  attributes: { device_class: 'tv', media_id: 'episode.nature_2' },
});
const speaker = makeMedia({ state: 'playing', attributes: { media_id: 'song.so_what' } });
const ceiling = makeLight({
  id: 'light.living_room_ceiling',
  name: 'Living room ceiling',
  area: 'living_room',
  state: 'on',
  attributes: { brightness: 80 },
});
const front = makeLock();
const back = makeLock({
  id: 'lock.back_door',
  name: 'Back door',
  area: 'kitchen',
  state: 'unlocked',
});
const side = makeLock({ id: 'lock.side_door', name: 'Side door', state: 'unlocked' });
const shed = makeLock({ id: 'lock.shed', name: 'Shed door', area: 'garden', state: 'unlocked' });
const alex = makePerson();
const sam = makePerson({ id: 'person.sam', name: 'Sam' });
const porch = makePlainLight();
const gardenLights = makeLight({
  id: 'light.garden_lights',
  name: 'Garden lights',
  area: 'garden',
});
const thermostat = makeClimate();
const windowCover = makeCover({
  id: 'cover.living_room_window',
  name: 'Living room window',
  state: 'open',
  attributes: { device_class: 'window', position: 100 },
});
const bedroomWindow = makeBinarySensor({
  id: 'binary_sensor.bedroom_window',
  name: 'Bedroom window',
  area: 'bedroom',
  state: 'on',
  attributes: { device_class: 'window', auto_off_seconds: undefined },
});

const off = (entityId: string): Command => ({ entityId, type: 'turn_off' });
const lock = (entityId: string): Command => ({ entityId, type: 'lock' });

describe('the rules', () => {
  it('are at least six, with distinct ids and plain titles', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.title).toMatch(/^[A-Z][^.]+[a-z]$/);
  });
});

describe('the TV goes off late: offer Good night', () => {
  const id = 'tv-off-late-good-night';
  const tvOff = (time: string, extra: Partial<FollowUpContext> = {}) =>
    run([tv], [off(tv.id)], time, { routines: [GOOD_NIGHT], ...extra });

  it('offers the bedtime routine by name', () => {
    expect(offerOf(id, tvOff('23:10'))).toEqual({
      ruleId: id,
      question: 'Shall I run Good night?',
      reason:
        'You turned off the Living room TV at 23:10, and “Good night” is your routine for bedtime.',
      routineId: GOOD_NIGHT.id,
    });
    expect(offerOf(id, tvOff('01:30'))?.routineId).toBe(GOOD_NIGHT.id);
  });

  it('finds the bedtime routine by its phrases when its name says nothing', () => {
    const lightsOut = { ...GOOD_NIGHT, id: 'r.lo', name: 'Lights out please' };
    const quiet = {
      ...GOOD_NIGHT,
      id: 'r.q',
      name: 'Quiet',
      triggers: [{ type: 'phrase' as const, phrases: ["I'm going to bed"] }],
    };
    expect(offerOf(id, tvOff('23:00', { routines: [lightsOut] }))?.question).toBe(
      'Shall I run Lights out please?',
    );
    expect(offerOf(id, tvOff('23:00', { routines: [quiet] }))?.routineId).toBe('r.q');
  });

  it('stays quiet in the evening, without a bedtime routine, for a speaker, or when it just ran', () => {
    expect(offerOf(id, tvOff('20:30'))).toBeUndefined();
    expect(offerOf(id, tvOff('03:30'))).toBeUndefined();
    expect(offerOf(id, tvOff('23:10', { routines: [LEAVING] }))).toBeUndefined();
    expect(
      offerOf(id, tvOff('23:10', { routines: [{ ...GOOD_NIGHT, enabled: false }] })),
    ).toBeUndefined();
    expect(
      offerOf(id, run([speaker], [off(speaker.id)], '23:10', { routines: [GOOD_NIGHT] })),
    ).toBeUndefined();
    expect(offerOf(id, tvOff('23:10', { ranRoutine: GOOD_NIGHT.id }))).toBeUndefined();
  });
});

describe('leaving with doors unlocked: offer to lock them', () => {
  const id = 'leaving-lock-doors';
  const leave: Command = { entityId: alex.id, type: 'leave' };

  it('offers to lock the one unlocked door when the last person leaves', () => {
    expect(offerOf(id, run([alex, front, back], [leave], '08:15'))).toEqual({
      ruleId: id,
      question: 'Lock the Back door too?',
      reason: 'Everyone has left, and the Back door is unlocked.',
      commands: [lock(back.id)],
    });
  });

  it('says "the doors" when several are unlocked', () => {
    const offer = offerOf(id, run([alex, back, side], [leave], '08:15'));
    expect(offer?.question).toBe('Lock the doors too?');
    expect(offer?.commands).toEqual([lock(back.id), lock(side.id)]);
  });

  it('offers after a leaving routine ran, even with people at home', () => {
    const cause: Cause = {
      kind: 'routine',
      routineId: LEAVING.id,
      routineName: LEAVING.name,
      trigger: 'you said “goodbye”',
    };
    const context = run([alex, ceiling, back], [off(ceiling.id)], '08:15', {
      cause,
      routines: [LEAVING],
    });
    expect(offerOf(id, context)?.reason).toBe('“Leaving home” ran, and the Back door is unlocked.');
    // A leaving routine that changed nothing still counts: the turn says it ran it.
    const unchanged = run([alex, back], [], '08:15', {
      routines: [LEAVING],
      ranRoutine: LEAVING.id,
    });
    expect(offerOf(id, unchanged)?.question).toBe('Lock the Back door too?');
  });

  it('stays quiet while someone is home, or with every door locked', () => {
    expect(offerOf(id, run([alex, sam, back], [leave], '08:15'))).toBeUndefined();
    expect(offerOf(id, run([alex, front], [leave], '08:15'))).toBeUndefined();
    expect(offerOf(id, run([alex, ceiling, back], [off(ceiling.id)], '08:15'))).toBeUndefined();
  });
});

describe('a door locked at night: offer the others', () => {
  const id = 'night-lock-other-doors';
  const unlockedFront = makeLock({ state: 'unlocked' });

  it('names the other unlocked door', () => {
    expect(offerOf(id, run([unlockedFront, back], [lock(front.id)], '22:40'))).toEqual({
      ruleId: id,
      question: 'Lock the Back door too?',
      reason: 'You locked the Front door at 22:40, and the Back door is still unlocked.',
      commands: [lock(back.id)],
    });
  });

  it('counts them when there are many', () => {
    const offer = offerOf(id, run([unlockedFront, back, side, shed], [lock(front.id)], '23:00'));
    expect(offer?.question).toBe('Lock the other 3 doors too?');
    expect(offer?.commands).toHaveLength(3);
  });

  it('stays quiet by day, when every door is locked, or when all were locked together', () => {
    expect(offerOf(id, run([unlockedFront, back], [lock(front.id)], '14:00'))).toBeUndefined();
    expect(offerOf(id, run([unlockedFront, front], [lock(front.id)], '22:40'))).toBeUndefined();
    expect(
      offerOf(id, run([unlockedFront, back], [lock(front.id), lock(back.id)], '22:40')),
    ).toBeUndefined();
  });
});

describe("a room's lights go off with its TV playing: offer to turn it off", () => {
  const id = 'room-dark-media-playing';

  it('offers to turn off what still plays in that room', () => {
    expect(offerOf(id, run([ceiling, tv], [off(ceiling.id)], '21:00'))).toEqual({
      ruleId: id,
      question: 'Turn off the Living room TV too?',
      reason:
        'You turned off the lights in the Living room, and the Living room TV is still playing there.',
      commands: [off(tv.id)],
    });
  });

  it('stays quiet while a light is still on there, or when nothing plays there', () => {
    const lamp = makeLight({ id: 'light.lamp', name: 'Lamp', area: 'living_room', state: 'on' });
    expect(offerOf(id, run([ceiling, lamp, tv], [off(ceiling.id)], '21:00'))).toBeUndefined();
    const paused = makeMedia({ ...tv, state: 'paused', attributes: tv.attributes });
    expect(offerOf(id, run([ceiling, paused], [off(ceiling.id)], '21:00'))).toBeUndefined();
    // The speaker plays in the Kitchen, not where the lights went off.
    expect(offerOf(id, run([ceiling, speaker], [off(ceiling.id)], '21:00'))).toBeUndefined();
  });
});

describe('the garage opens after dark: offer the outside light', () => {
  const id = 'garage-dark-outside-light';
  const open: Command = { entityId: 'cover.garage_door', type: 'open' };
  const garage = makeGarageDoor();

  it('offers the porch light, before other outside lights', () => {
    expect(offerOf(id, run([garage, gardenLights, porch], [open], '21:00'))).toEqual({
      ruleId: id,
      question: 'Turn on the Porch light too?',
      reason: 'You opened the Garage door after dark, and the Porch light is off.',
      commands: [{ entityId: porch.id, type: 'turn_on' }],
    });
  });

  it('knows dark by the sun where the home is', () => {
    // Mid-January in London the sun sets before 16:30: 17:00 is dark, whatever the hour says.
    const london = { latitude: 51.5, longitude: -0.13 };
    expect(offerOf(id, run([garage, porch], [open], '17:00', { location: london }))).toBeDefined();
    expect(offerOf(id, run([garage, porch], [open], '17:00'))).toBeUndefined();
    expect(
      offerOf(id, run([garage, porch], [open], '15:00', { location: london })),
    ).toBeUndefined();
  });

  it('stays quiet by day, with an outside light on, or without one', () => {
    expect(offerOf(id, run([garage, porch], [open], '13:00'))).toBeUndefined();
    const lit = makePlainLight({ state: 'on' });
    expect(offerOf(id, run([garage, lit, gardenLights], [open], '21:00'))).toBeUndefined();
    expect(offerOf(id, run([garage, ceiling], [open], '21:00'))).toBeUndefined();
    const blind = makeCover({ id: 'cover.blind', name: 'Blind', area: 'garage' });
    expect(
      offerOf(id, run([blind, porch], [{ entityId: blind.id, type: 'open' }], '21:00')),
    ).toBeUndefined();
  });
});

describe('the heating goes up with a window or door open', () => {
  const id = 'heating-up-window-open';
  const warmer: Command = { entityId: thermostat.id, type: 'set_temperature', temperature: 22 };

  it('offers to close an open window in the room', () => {
    expect(offerOf(id, run([thermostat, windowCover], [warmer], '18:00'))).toEqual({
      ruleId: id,
      question: 'The Living room window is open. Close it?',
      reason:
        'You turned up the Living room thermostat while the Living room window is open: the heat would go out of it.',
      commands: [{ entityId: windowCover.id, type: 'close' }],
    });
  });

  it('offers the heating back when only a sensor says a window is open', () => {
    const offer = offerOf(id, run([thermostat, bedroomWindow], [warmer], '18:00'));
    expect(offer?.question).toBe('The Bedroom window is open. Put the heating back down?');
    expect(offer?.commands).toEqual([
      { entityId: thermostat.id, type: 'set_temperature', temperature: 20 },
    ]);
    const cold = makeClimate({ state: 'off' });
    const on: Command = { entityId: cold.id, type: 'set_hvac_mode', mode: 'heat' };
    expect(offerOf(id, run([cold, bedroomWindow], [on], '18:00'))).toMatchObject({
      question: 'The Bedroom window is open. Turn the heating back off?',
      commands: [{ entityId: cold.id, type: 'set_hvac_mode', mode: 'off' }],
    });
  });

  it('stays quiet for cooler, with windows shut, or when the window is in another heated room', () => {
    const cooler: Command = { entityId: thermostat.id, type: 'set_temperature', temperature: 18 };
    expect(offerOf(id, run([thermostat, windowCover], [cooler], '18:00'))).toBeUndefined();
    const shut = makeBinarySensor({
      ...bedroomWindow,
      state: 'off',
      attributes: bedroomWindow.attributes,
    });
    expect(offerOf(id, run([thermostat, shut], [warmer], '18:00'))).toBeUndefined();
    const bedroomHeat = makeClimate({
      id: 'climate.bedroom',
      name: 'Bedroom thermostat',
      area: 'bedroom',
    });
    expect(
      offerOf(id, run([thermostat, bedroomHeat, bedroomWindow], [warmer], '18:00')),
    ).toBeUndefined();
  });
});

describe('the TV starts in the evening with bright lights', () => {
  const id = 'evening-tv-dim-lights';
  const stopped = makeMedia({ ...tv, state: 'off', attributes: tv.attributes });
  const play: Command = { entityId: tv.id, type: 'play' };

  it('offers to dim the bright lights of that room', () => {
    expect(offerOf(id, run([stopped, ceiling], [play], '20:15'))).toEqual({
      ruleId: id,
      question: 'Dim the Living room lights?',
      reason:
        'You started the Living room TV in the evening, and the Living room ceiling is bright.',
      commands: [{ entityId: ceiling.id, type: 'set_brightness', brightness: 30 }],
    });
  });

  it('stays quiet by day, with dim lights, or for music', () => {
    expect(offerOf(id, run([stopped, ceiling], [play], '10:00'))).toBeUndefined();
    const dim = makeLight({ ...ceiling, attributes: { brightness: 40 } });
    expect(offerOf(id, run([stopped, dim], [play], '20:15'))).toBeUndefined();
    const kitchenLight = makeLight({ state: 'on' });
    const radio = makeMedia({ attributes: { media_id: 'song.so_what' } });
    expect(
      offerOf(id, run([radio, kitchenLight], [{ entityId: radio.id, type: 'play' }], '20:15')),
    ).toBeUndefined();
  });
});
