import { describe, expect, it } from 'vitest';
import { apartmentHome } from '../home/scenarios/apartment.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { makeHome, makeLight, makeLock } from '../home/testing.ts';
import type { Home } from '../home/model.ts';
import type { Routine } from './model.ts';
import {
  applyMapping,
  describeSharedDevice,
  exportRoutine,
  MAX_SHARED_CHARS,
  parseShared,
  previewImport,
  refuseBySize,
  shareNotes,
  sharedFileName,
  sharedLink,
  sharedToLinkData,
  sharedToText,
  suggestMapping,
  suggestName,
  type SharedRoutine,
} from './share.ts';
import { describeAction, summarizeRoutine } from './summary.ts';

const NOW = Date.parse('2026-03-03T19:30:00Z');
const demo = demoHome(NOW);
const flat = apartmentHome(NOW);

const lightsOut: Routine = {
  id: 'routine-lights-out',
  name: 'Lights out',
  enabled: true,
  triggers: [{ type: 'phrase', phrases: ['lights out'] }],
  conditionMode: 'all',
  conditions: [],
  actions: [{ type: 'control', target: { kind: 'area', domain: 'light' }, command: 'turn_off' }],
  createdAt: 1,
  updatedAt: 1,
};

/** Something of every kind a routine can refer to: devices, a person, a room, a routine. */
const goodNight: Routine = {
  id: 'routine-good-night',
  name: 'Good night',
  enabled: true,
  triggers: [
    { type: 'phrase', phrases: ['good night', "I'm going to bed"] },
    { type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] },
    { type: 'state', entityId: 'binary_sensor.front_door', to: 'on', forSeconds: 60 },
    { type: 'numeric', entityId: 'sensor.kitchen_temperature', above: 26 },
    { type: 'presence', personId: 'person.emma', event: 'arrives' },
  ],
  conditionMode: 'any',
  conditions: [
    { type: 'time', after: '21:00', before: '06:00' },
    { type: 'state', entityId: 'lock.front_door', states: ['unlocked'] },
    { type: 'presence', personId: 'person.tom', is: 'home' },
  ],
  actions: [
    {
      type: 'control',
      target: { kind: 'area', areaId: 'living_room', domain: 'light' },
      command: 'turn_off',
    },
    { type: 'control', target: { kind: 'entity', entityId: 'lock.front_door' }, command: 'lock' },
    {
      type: 'control',
      target: { kind: 'entity', entityId: 'climate.living_room' },
      command: 'set_temperature',
      value: 18,
    },
    { type: 'wait', seconds: 600 },
    { type: 'run_routine', routineId: lightsOut.id },
    { type: 'say', text: 'Sleep well', disabled: true },
    { type: 'notify', title: 'Good night', body: 'The house is locked.' },
  ],
  createdAt: 1000,
  updatedAt: 1000,
};

const share = (routine = goodNight, home: Home = demo, routines = [lightsOut, goodNight]) =>
  exportRoutine(routine, home, routines, NOW);

/** The problems of a refused input; fails the test if it was accepted. */
function refused(input: unknown): string[] {
  const result = parseShared(input);
  if (result.ok) throw new Error('expected the input to be refused');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

function accepted(input: string): SharedRoutine {
  const result = parseShared(input);
  if (!result.ok) throw new Error(`refused: ${result.problems.join(' ')}`);
  return result.shared;
}

describe('exportRoutine', () => {
  it('keeps what the routine does and names what it refers to, without ids of its own', () => {
    const shared = share();
    expect(shared).toMatchObject({ format: 'teachable-home/routine', version: 1, exportedAt: NOW });
    expect(shared.routine).not.toHaveProperty('id');
    expect(shared.routine).not.toHaveProperty('enabled');
    expect(shared.routine).not.toHaveProperty('createdAt');
    expect(shared.devices).toEqual({
      'binary_sensor.front_door': {
        name: 'Front door sensor',
        domain: 'binary_sensor',
        deviceClass: 'door',
        area: 'Hallway',
      },
      'sensor.kitchen_temperature': {
        name: 'Kitchen temperature',
        domain: 'sensor',
        deviceClass: 'temperature',
        area: 'Kitchen',
      },
      'person.emma': { name: 'Emma', domain: 'person' },
      'lock.front_door': { name: 'Front door', domain: 'lock', area: 'Hallway' },
      'person.tom': { name: 'Tom', domain: 'person' },
      'climate.living_room': expect.objectContaining({ domain: 'climate', area: 'Living room' }),
    });
    expect(shared.areas).toEqual({ living_room: 'Living room' });
    expect(shared.routines).toEqual({ [lightsOut.id]: 'Lights out' });
  });

  it('names a device the home no longer has from its id, so the other home can still choose', () => {
    const gone = { ...demo, entities: demo.entities.filter((e) => e.id !== 'lock.front_door') };
    expect(share(goodNight, gone).devices['lock.front_door']).toEqual({
      name: 'Front door',
      domain: 'lock',
    });
  });

  it('leaves taught commands out and says so; refuses when nothing else is left', () => {
    const taught: Routine = {
      ...lightsOut,
      actions: [...lightsOut.actions, { type: 'run_taught', commandId: 'taught-1' }],
    };
    expect(share(taught).routine.actions).toEqual(lightsOut.actions);
    expect(shareNotes(taught)).toEqual({
      canShare: true,
      notes: [expect.stringMatching(/taught command is left out/)],
    });
    expect(shareNotes({ ...lightsOut, actions: [{ type: 'run_taught', commandId: 'x' }] })).toEqual(
      { canShare: false, notes: [expect.stringMatching(/can’t be shared/)] },
    );
    expect(shareNotes(goodNight)).toEqual({ canShare: true, notes: [] });
  });

  it('names the file after the routine', () => {
    expect(sharedFileName(share())).toBe('good-night.routine.json');
    const named = (name: string) => sharedFileName(share({ ...lightsOut, name }));
    expect(named('Café ☕ au lait!')).toBe('cafe-au-lait.routine.json');
    expect(named('🌙')).toBe('routine.routine.json');
  });
});

describe('sharing round trips', () => {
  it('file: export → text → parse → map onto the same home gives the same routine', () => {
    const text = sharedToText(share());
    expect(text).toContain('\n  "format": "teachable-home/routine"');
    const shared = accepted(text);
    const plan = suggestMapping(shared, demo, [lightsOut, goodNight]);
    const result = applyMapping(
      shared,
      plan.mapping,
      { home: demo, routines: [lightsOut, goodNight] },
      { id: goodNight.id, now: goodNight.createdAt },
    );
    expect(result).toEqual({ ok: true, routine: goodNight });
  });

  it('imports switched on, with a fresh id and dates, even if it was off where it came from', () => {
    const shared = accepted(sharedToText(share({ ...lightsOut, enabled: false })));
    const result = applyMapping(
      shared,
      suggestMapping(shared, flat, []).mapping,
      { home: flat, routines: [] },
      { id: 'new-id', now: 42, name: '  Bedtime  ' },
    );
    expect(result).toMatchObject({
      ok: true,
      routine: { id: 'new-id', name: 'Bedtime', enabled: true, createdAt: 42, updatedAt: 42 },
    });
  });

  it('link: names in any language survive, and the data needs no escaping in a URL', () => {
    const home = makeHome(
      makeLight({ id: 'light.kuche', name: 'Küchenlicht 💡', area: 'kitchen' }),
      makeLock({ id: 'lock.porte', name: 'Porte d’entrée', area: 'hall' }),
    );
    home.areas = home.areas.map((a) => (a.id === 'kitchen' ? { ...a, name: 'Küche' } : a));
    const routine: Routine = {
      ...lightsOut,
      name: 'Gute Nacht 🌙 — Schlafenszeit',
      triggers: [{ type: 'phrase', phrases: ['buenas noches, señor', 'おやすみ'] }],
      actions: [
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'light.kuche' },
          command: 'turn_off',
        },
        { type: 'control', target: { kind: 'entity', entityId: 'lock.porte' }, command: 'lock' },
        { type: 'say', text: 'Schlaf gut, Zoë ✨' },
      ],
    };
    const shared = exportRoutine(routine, home, [], NOW);
    const data = sharedToLinkData(shared);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(accepted(data)).toEqual(shared);
    // The whole link, pasted into the box, reads the same.
    const link = sharedLink(shared, 'https://example.org/');
    expect(link).toBe(`https://example.org/routines/import#routine=${data}`);
    expect(parseShared(link)).toEqual({ ok: true, shared, from: 'link' });
    const back = applyMapping(
      shared,
      suggestMapping(shared, home, []).mapping,
      { home, routines: [] },
      { id: routine.id, now: routine.createdAt },
    );
    expect(back).toEqual({ ok: true, routine });
  });
});

describe('suggestMapping onto another home', () => {
  const plan = suggestMapping(share(), flat, []);
  const suggested = (id: string) => plan.devices.find((d) => d.id === id)?.suggested;

  it('matches the same id, then the same name, then a device of that kind in a room of that name', () => {
    expect(suggested('lock.front_door')).toBe('lock.front_door');
    // The flat's only thermostat is "Thermostat" in its Living room.
    expect(suggested('climate.living_room')).toBe('climate.thermostat');
    expect(plan.areas).toEqual([
      expect.objectContaining({ id: 'living_room', name: 'Living room', suggested: 'living_room' }),
    ]);
  });

  it('leaves unchosen what it cannot tell, with the candidates of the same kind', () => {
    // No door sensor in the flat: its binary sensors are offered, but none is guessed.
    const door = plan.devices.find((d) => d.id === 'binary_sensor.front_door')!;
    expect(door.suggested).toBeUndefined();
    expect(door.candidates.map((e) => e.id)).toEqual([
      'binary_sensor.hall_motion',
      'binary_sensor.smoke_alarm',
    ]);
    // A temperature sensor in a "Kitchen": the flat's kitchen has none, its balcony has one.
    const temperature = plan.devices.find((d) => d.id === 'sensor.kitchen_temperature')!;
    expect(temperature.suggested).toBeUndefined();
    expect(temperature.candidates.map((e) => e.id)).toEqual(['sensor.balcony_temperature']);
    expect(suggested('person.emma')).toBeUndefined();
    expect(plan.devices.find((d) => d.id === 'person.emma')!.candidates.map((e) => e.id)).toEqual([
      'person.jordan',
    ]);
    expect(plan.routines).toEqual([
      { id: lightsOut.id, name: 'Lights out', candidates: [], suggested: undefined },
    ]);
  });

  it('prefers the same class and finds routines by name', () => {
    const other = { ...lightsOut, id: 'their-lights-out', name: 'lights OUT' };
    const theirs = suggestMapping(share(), demo, [other]);
    expect(theirs.routines[0]?.suggested).toBe('their-lights-out');
    const door = theirs.devices.find((d) => d.id === 'binary_sensor.front_door')!;
    expect(door.candidates.slice(0, 2).map((e) => e.id)).toEqual([
      'binary_sensor.front_door',
      'binary_sensor.back_door',
    ]);
  });

  it('gives two lamps of one room two lamps here, while there are enough', () => {
    const lamps = makeHome(
      makeLight({ id: 'light.a', name: 'Sofa lamp', area: 'living_room' }),
      makeLight({ id: 'light.b', name: 'Reading lamp', area: 'living_room' }),
    );
    const shared = share({
      ...lightsOut,
      actions: [
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'light.living_room_ceiling' },
          command: 'turn_off',
        },
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'light.tv_backlight' },
          command: 'turn_off',
        },
      ],
    });
    const ids = suggestMapping(shared, lamps, []).devices.map((d) => d.suggested);
    expect(ids).toEqual(['light.a', 'light.b']);
  });

  it('finds a device by name when its id differs', () => {
    const renamed = makeHome(makeLock({ id: 'lock.main', name: 'front door', area: 'hall' }));
    const shared = share(goodNight, demo);
    expect(
      suggestMapping(shared, renamed, []).devices.find((d) => d.id === 'lock.front_door')
        ?.suggested,
    ).toBe('lock.main');
  });
});

describe('applyMapping', () => {
  const shared = share();
  const target = { home: flat, routines: [] };
  const make = { id: 'new', now: NOW };

  it('refuses while anything is unchosen, naming each in words', () => {
    const result = applyMapping(shared, suggestMapping(shared, flat, []).mapping, target, make);
    expect(result).toEqual({
      ok: false,
      problems: [
        'Choose which device is “Front door sensor” in this home.',
        'Choose which device is “Kitchen temperature” in this home.',
        'Choose who “Emma” is in this home.',
        'Choose who “Tom” is in this home.',
        'Choose which routine is “Lights out” in this home.',
      ],
    });
  });

  it('builds the routine with this home’s ids once everything is chosen', () => {
    const flatLightsOut = { ...lightsOut, id: 'flat-lights-out' };
    const mapping = suggestMapping(shared, flat, [flatLightsOut]).mapping;
    mapping.devices['binary_sensor.front_door'] = 'binary_sensor.hall_motion';
    mapping.devices['sensor.kitchen_temperature'] = 'sensor.balcony_temperature';
    mapping.devices['person.emma'] = 'person.jordan';
    mapping.devices['person.tom'] = 'person.jordan';
    const result = applyMapping(
      shared,
      mapping,
      { home: flat, routines: [flatLightsOut] },
      { ...make, name: 'Bedtime' },
    );
    if (!result.ok) throw new Error(result.problems.join(' '));
    const { routine } = result;
    expect(routine.triggers.slice(0, 2)).toEqual(goodNight.triggers.slice(0, 2));
    expect(routine.triggers[2]).toMatchObject({ entityId: 'binary_sensor.hall_motion', to: 'on' });
    expect(routine.triggers[4]).toMatchObject({ personId: 'person.jordan' });
    expect(routine.conditions[1]).toMatchObject({ entityId: 'lock.front_door' });
    expect(routine.actions[2]).toMatchObject({
      target: { kind: 'entity', entityId: 'climate.thermostat' },
      value: 18,
    });
    expect(routine.actions[4]).toEqual({ type: 'run_routine', routineId: 'flat-lights-out' });
    expect(
      summarizeRoutine(routine, {
        home: flat,
        unit: 'C',
        routineName: (id) => (id === 'flat-lights-out' ? 'Lights out' : undefined),
      }),
    ).toContain('set the Thermostat to 18 °C');
  });

  it('refuses a device of another kind, a device or room this home lacks, and an empty name', () => {
    const mapping = suggestMapping(shared, demo, [lightsOut]).mapping;
    mapping.devices['lock.front_door'] = 'light.hallway';
    mapping.devices['climate.living_room'] = 'climate.gone';
    mapping.areas.living_room = undefined;
    const result = applyMapping(
      shared,
      mapping,
      { home: demo, routines: [lightsOut] },
      { ...make, name: ' ' },
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        '“Hallway light” is a light, and “Front door” is a lock: choose a lock for “Front door”.',
        'Choose which device is “Living room thermostat” in this home.',
        'Choose which room is “Living room” in this home.',
        'Give the routine a name.',
      ],
    });
  });
});

describe('describeSharedDevice', () => {
  it('says what a device was in the shared home, for the person choosing', () => {
    const { devices } = share();
    expect(describeSharedDevice(devices['binary_sensor.front_door']!)).toBe(
      'a door sensor in the Hallway',
    );
    expect(describeSharedDevice(devices['sensor.kitchen_temperature']!)).toBe(
      'a temperature sensor in the Kitchen',
    );
    expect(describeSharedDevice(devices['lock.front_door']!)).toBe('a lock in the Hallway');
    expect(describeSharedDevice({ name: 'Telly', domain: 'media_player', deviceClass: 'tv' })).toBe(
      'a TV',
    );
  });
});

describe('suggestName', () => {
  it('adds “(imported)” when this home already has a routine of that name', () => {
    const shared = share();
    expect(suggestName(shared, [lightsOut])).toBe('Good night');
    expect(suggestName(shared, [goodNight])).toBe('Good night (imported)');
    expect(
      suggestName(shared, [goodNight, { ...goodNight, id: 'x', name: 'good night (imported)' }]),
    ).toBe('Good night (imported 2)');
  });
});

describe('previewImport', () => {
  it('says unchosen devices by their shared names, then by this home’s as they are chosen', () => {
    const shared = share();
    const plan = suggestMapping(shared, flat, []);
    const say = (mapping = plan.mapping) => {
      const preview = previewImport(shared, mapping, flat, []);
      return summarizeRoutine(preview.routine, {
        home: preview.home,
        unit: 'C',
        routineName: preview.routineName,
      });
    };
    const before = say();
    expect(before).toContain('when the Front door sensor has been open for 1 minute');
    expect(before).toContain('when Emma arrives home');
    const preview = previewImport(shared, plan.mapping, flat, []);
    const runs = preview.routine.actions.find((a) => a.type === 'run_routine')!;
    expect(
      describeAction(runs, { home: preview.home, unit: 'C', routineName: preview.routineName }),
    ).toBe("run the routine 'Lights out'");
    expect(before).not.toMatch(/no longer exists/);
    const after = say({
      ...plan.mapping,
      devices: { ...plan.mapping.devices, 'person.emma': 'person.jordan' },
    });
    expect(after).toContain('when Jordan arrives home');
  });
});

describe('parseShared refuses what it cannot add, saying why', () => {
  const valid = () => JSON.parse(sharedToText(share())) as Record<string, unknown>;
  const text = (value: unknown) => JSON.stringify(value);

  it('text that is not a shared routine', () => {
    expect(refused('hello, this is a note')[0]).toBe('This is not a shared routine.');
    expect(refused(text({ format: 'something-else', version: 1 }))).toEqual([
      'This is not a shared routine.',
    ]);
    expect(refused('[1, 2, 3]')).toEqual(['This is not a shared routine.']);
    expect(refused(42)).toEqual(['This is not a shared routine.']);
    expect(refused('   ')[0]).toMatch(/^There is nothing to import yet/);
    expect(refused(text({ format: 'teachable-home-backup', version: 2 }))[0]).toMatch(
      /backup of a whole home.*Settings → Data/,
    );
  });

  it('text cut short, and a link cut short or changed', () => {
    const whole = sharedToText(share());
    expect(refused(whole.slice(0, 200))[0]).toMatch(/not a complete shared routine: .*cut short/);
    const data = sharedToLinkData(share());
    expect(refused(data.slice(0, 101))[0]).toMatch(/^This link is incomplete or was changed/);
    expect(refused(data.slice(0, 100))[0]).toMatch(/^This link is incomplete or was changed/);
    // Bytes that are not UTF-8 text: "//79" is 0xff 0xfe 0xfd.
    expect(refused('routine=__79')[0]).toMatch(/^This link is incomplete or was changed/);
  });

  it('a newer version', () => {
    expect(refused(text({ ...valid(), version: 2 }))).toEqual([
      'This routine was shared by a newer version of Teachable Home, so this one can’t read it.',
    ]);
  });

  it('a damaged routine, saying where in words', () => {
    const data = valid();
    const routine = data.routine as Record<string, unknown[]>;
    const actions = routine.actions as Record<string, unknown>[];
    delete actions[1]!.command;
    routine.triggers![1] = { type: 'time', at: '25:99', days: [1] };
    expect(refused(text(data))).toEqual([
      'The routine in this file is damaged: in trigger 2, “at” is not written the right way.',
      'In step 2, “command” is missing.',
    ]);
    expect(
      refused(text({ ...valid(), routine: { ...(valid().routine as object), actions: [] } })),
    ).toEqual(['The routine in this file is damaged: in the routine, “actions” needs at least 1.']);
    expect(refused(text({ ...valid(), extra: true }))).toEqual([
      'The routine in this file is damaged: the file has fields Teachable Home doesn’t know: “extra”.',
    ]);
    const version = text({ ...valid(), version: '1' });
    expect(refused(version)[0]).toMatch(/damaged: its version number is missing or wrong/);
    const link = sharedToLinkData({ ...share(), exportedAt: -1 });
    expect(refused(link)[0]).toMatch(/^The routine in this link is damaged: .*exportedAt/);
  });

  it('references to devices, rooms or routines it does not describe', () => {
    expect(refused(text({ ...valid(), devices: {} }))[0]).toBe(
      'The routine in this file is damaged: it uses 6 devices it doesn’t describe.',
    );
    expect(refused(text({ ...valid(), areas: {}, routines: {} }))).toEqual([
      'The routine in this file is damaged: it uses a room it doesn’t describe.',
      'It runs a routine it doesn’t describe.',
    ]);
    const data = valid();
    (data.devices as Record<string, { domain: string }>)['person.emma']!.domain = 'light';
    expect(refused(text(data))[0]).toMatch(/treats “Emma” as a person/);
  });

  it('a kind of device this app does not know', () => {
    const data = valid();
    (data.devices as Record<string, unknown>)['vacuum.robot'] = { name: 'Robot', domain: 'vacuum' };
    expect(refused(text(data))).toEqual([
      'This routine uses a kind of device Teachable Home doesn’t know (“vacuum”), so it can’t be added here.',
    ]);
  });

  it('a taught command, which cannot be shared', () => {
    const data = valid();
    (data.routine as { actions: unknown[] }).actions.push({ type: 'run_taught', commandId: 'x' });
    expect(refused(text(data))[0]).toMatch(/taught commands can’t be shared/);
  });

  it('field names that reach object prototypes', () => {
    const hostile = sharedToText(share()).replace(
      '"areas": {',
      '"areas": {\n    "constructor": "Sneaky",',
    );
    expect(refused(hostile)[0]).toBe(
      'The routine in this file is damaged: the room “constructor” is not written the right way.',
    );
  });

  it('anything too large, before reading it', () => {
    const data = valid();
    const huge = text({ ...data, padding: 'x'.repeat(MAX_SHARED_CHARS) });
    expect(refused(huge)).toEqual([
      expect.stringMatching(/^This is too large to be a shared routine \(\d+ kB; .* 200 kB\)\.$/),
    ]);
    expect(refused('A'.repeat(MAX_SHARED_CHARS * 2))[0]).toMatch(/too large/);
    // A file is refused by its size before its text is read.
    expect(refuseBySize(50 * 1024 * 1024)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^This is too large to be a shared routine/)],
    });
    expect(refuseBySize(4_000)).toBeUndefined();
  });

  it('accepts the file with a byte order mark and surrounding space', () => {
    expect(accepted(`\ufeff  ${sharedToText(share())}  `)).toEqual(share());
  });
});
