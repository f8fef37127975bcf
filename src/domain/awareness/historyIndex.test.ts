import { describe, expect, it } from 'vitest';
import type { Cause } from '../activity/cause.ts';
import type { Change, HomeEvent } from '../activity/event.ts';
import {
  makeGarageDoor,
  makeHome,
  makeLight,
  makePerson,
  makePlainLight,
  makeSensor,
} from '../home/testing.ts';
import { month } from './history/testing.ts';
import { addToHistory, indexHistory } from './historyIndex.ts';

const MINUTE = 60_000;
/** Tuesday 14 January 2025, 22:00 in London. */
const T = Date.UTC(2025, 0, 14, 22, 0);
const manual: Cause = { kind: 'manual' };
const sensor: Cause = { kind: 'simulation', process: 'sensor' };

let n = 0;
function event(at: number, entityId: string, changes: Change[], cause: Cause = manual): HomeEvent {
  const domain = entityId.split('.')[0]!;
  return { id: `ev-${n++}`, at, entityId, entityName: entityId, domain, changes, cause };
}
const state = (from: string, to: string): Change => ({ key: 'state', from, to });

const goodNight: Cause = {
  kind: 'routine',
  routineId: 'routine.good_night',
  routineName: 'Good night',
  trigger: 'a phrase was said',
  parent: { kind: 'voice', utterance: 'good night', area: 'living_room' },
};

const home = makeHome(
  makePlainLight(),
  makeLight(),
  makeGarageDoor(),
  makeSensor(),
  makePerson({ id: 'person.ann', name: 'Ann' }),
  makePerson({ id: 'person.bob', name: 'Bob' }),
);

describe('timelines', () => {
  it('keep each device’s state changes, oldest first, and nothing of sensors or attributes', () => {
    const index = indexHistory(
      [
        event(T + MINUTE, 'light.porch', [state('on', 'off')]),
        event(T, 'light.porch', [state('off', 'on')], sensor),
        event(T + 2 * MINUTE, 'sensor.hall_temperature', [state('20', '21')], sensor),
        event(T + 3 * MINUTE, 'light.kitchen_ceiling', [{ key: 'brightness', from: 80, to: 40 }]),
      ],
      home,
    );
    expect(index.timelines.get('light.porch')).toEqual([
      { at: T, from: 'off', to: 'on' },
      { at: T + MINUTE, from: 'on', to: 'off' },
    ]);
    expect(index.timelines.has('sensor.hall_temperature')).toBe(false);
    expect(index.timelines.has('light.kitchen_ceiling')).toBe(false);
    expect(index.since).toBe(T);
    expect(index.until).toBe(T + 3 * MINUTE);
  });

  it('are empty for an empty history, which reaches nowhere', () => {
    const index = indexHistory([], home);
    expect(index.timelines.size).toBe(0);
    expect(index.since).toBe(Infinity);
    expect(index.until).toBe(-Infinity);
  });
});

describe('moments', () => {
  it('are one bedtime per Good night run, however many devices it changed', () => {
    const index = indexHistory(
      [
        event(T, 'light.porch', [state('on', 'off')], goodNight),
        event(T, 'light.kitchen_ceiling', [state('on', 'off')], goodNight),
        event(T + 5 * MINUTE, 'cover.garage_door', [state('open', 'closing')], goodNight),
      ],
      home,
    );
    expect(index.moments).toEqual([{ kind: 'bedtime', at: T, marker: 'Good night ran' }]);
  });

  it('come from what was said, and from leaving routines', () => {
    const said: Cause = { kind: 'voice', utterance: 'turn off the lights, going to bed' };
    const leaving: Cause = {
      kind: 'routine',
      routineId: 'routine.bye',
      routineName: 'Leaving home',
      trigger: 'at 08:00',
    };
    const index = indexHistory(
      [
        event(T, 'light.porch', [state('on', 'off')], said),
        event(T + 10 * 60 * MINUTE, 'light.porch', [state('off', 'on')], leaving),
      ],
      home,
    );
    expect(index.moments.map((m) => [m.kind, m.marker])).toEqual([
      ['bedtime', '"turn off the lights, going to bed" was said'],
      ['leaving', 'Leaving home ran'],
    ]);
  });

  it('include the last person going out, once, however it is marked', () => {
    const lastOut: Cause = {
      kind: 'routine',
      routineId: 'routine.leaving_home',
      routineName: 'Leaving home',
      trigger: 'the last person leaves',
    };
    const index = indexHistory(
      [
        event(T, 'person.ann', [state('home', 'not_home')], sensor),
        event(T + MINUTE, 'person.bob', [state('home', 'not_home')], sensor),
        event(T + MINUTE, 'light.porch', [state('on', 'off')], lastOut),
        event(T + 60 * MINUTE, 'person.ann', [state('not_home', 'home')], sensor),
      ],
      home,
    );
    expect(index.moments).toEqual([{ kind: 'leaving', at: T + MINUTE, marker: 'everyone left' }]);
  });

  it('need everyone out: someone who never comes or goes and is home keeps the house occupied', () => {
    const withCarer = makeHome(
      makePerson({ id: 'person.ann', name: 'Ann' }),
      makePerson({ id: 'person.carer', name: 'Carer', state: 'home' }),
    );
    const events = [event(T, 'person.ann', [state('home', 'not_home')], sensor)];
    expect(indexHistory(events, withCarer).moments).toEqual([]);
    expect(indexHistory(events, makeHome(makePerson({ id: 'person.ann' }))).moments).toHaveLength(
      1,
    );
  });
});

describe('what people did themselves', () => {
  it('is the command that would do it again, by hand or by voice', () => {
    const voice: Cause = { kind: 'voice', utterance: 'dim the kitchen light to 40' };
    const index = indexHistory(
      [
        event(T, 'light.porch', [state('on', 'off')]),
        event(
          T + 1,
          'light.kitchen_ceiling',
          [state('off', 'on'), { key: 'brightness', from: 80, to: 40 }],
          voice,
        ),
        event(T + 2, 'cover.garage_door', [
          state('open', 'closing'),
          { key: 'target_position', from: null, to: 0 },
        ]),
        event(T + 3, 'lock.front_door', [state('unlocked', 'locked')]),
        event(T + 4, 'climate.living_room', [{ key: 'temperature', from: 21, to: 17 }]),
        event(T + 5, 'climate.living_room', [state('heat', 'off')]),
        event(T + 6, 'media_player.tv', [
          state('off', 'playing'),
          { key: 'media_id', from: null, to: 'radio.jazz_fm' },
        ]),
        event(T + 7, 'media_player.tv', [state('playing', 'paused')]),
        event(T + 8, 'fan.bedroom', [{ key: 'percentage', from: 30, to: 60 }]),
      ],
      home,
    );
    expect(index.personal.map((p) => p.command)).toEqual([
      { entityId: 'light.porch', type: 'turn_off' },
      { entityId: 'light.kitchen_ceiling', type: 'set_brightness', brightness: 40 },
      { entityId: 'cover.garage_door', type: 'close' },
      { entityId: 'lock.front_door', type: 'lock' },
      { entityId: 'climate.living_room', type: 'set_temperature', temperature: 17 },
      { entityId: 'climate.living_room', type: 'set_hvac_mode', mode: 'off' },
      { entityId: 'media_player.tv', type: 'play_media', mediaId: 'radio.jazz_fm' },
      { entityId: 'media_player.tv', type: 'pause' },
      { entityId: 'fan.bedroom', type: 'set_fan_speed', percentage: 60 },
    ]);
    expect(index.personal[1]).toMatchObject({
      via: 'voice',
      utterance: 'dim the kitchen light to 40',
      eventId: expect.any(String),
      at: T + 1,
    });
    expect(index.personal[0]).not.toHaveProperty('utterance');
  });

  it('leaves out routines (even ones started by voice), the home itself and sensors', () => {
    const index = indexHistory(
      [
        event(T, 'light.porch', [state('on', 'off')], goodNight),
        event(T, 'cover.garage_door', [state('closing', 'closed')], {
          kind: 'simulation',
          process: 'cover',
        }),
        event(T, 'sensor.hall_temperature', [state('20', '21')]),
        event(T, 'person.ann', [state('home', 'not_home')]),
      ],
      home,
    );
    expect(index.personal).toEqual([]);
  });
});

describe('growing the index', () => {
  const { history } = month({ days: 10, anomalies: 0 });
  const { events } = history;

  it('gives the same index as building it from all the events at once', () => {
    const whole = indexHistory(events, history.home);
    const cut = Math.floor(events.length / 3);
    let grown = indexHistory(events.slice(0, cut), history.home);
    for (let i = cut; i < events.length; i += 97)
      grown = addToHistory(grown, events.slice(i, i + 97));
    expect(grown.timelines).toEqual(whole.timelines);
    expect(grown.moments).toEqual(whole.moments);
    expect(grown.personal).toEqual(whole.personal);
    expect([grown.since, grown.until]).toEqual([whole.since, whole.until]);
    expect(whole.moments.some((m) => m.kind === 'bedtime')).toBe(true);
    expect(whole.moments.some((m) => m.kind === 'leaving')).toBe(true);
  });

  it('leaves the index it was given as it was, and takes each event once', () => {
    const first = indexHistory(events.slice(0, 100), history.home);
    const porch = first.timelines.get('light.porch')!.length;
    const next = addToHistory(first, events.slice(90, 400));
    expect(first.timelines.get('light.porch')).toHaveLength(porch);
    expect(addToHistory(next, events.slice(300, 400))).toEqual(next);
    const last = events[399]!;
    const twin = { ...last, id: 'ev-same-time' };
    expect(addToHistory(next, [twin]).until).toBe(last.at);
    expect(addToHistory(next, [twin]).timelines).not.toBe(next.timelines);
  });
});
