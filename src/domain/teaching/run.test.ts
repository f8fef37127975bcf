import { describe, expect, it } from 'vitest';
import { execute } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import { commandPlan, goneDeviceName, missingParts } from './run.ts';
import { command, control, home, NOW } from './testing.ts';

const without = (h: Home, ...ids: string[]): Home => ({
  ...h,
  entities: h.entities.filter((e) => !ids.includes(e.id)),
});

const movieMode = command(
  'movie',
  ['movie mode'],
  [
    {
      type: 'control',
      target: { kind: 'area', areaId: 'living_room', domain: 'light' },
      command: 'set_brightness',
      value: 20,
    },
    control('cover.living_room_blinds', 'close'),
    control('media_player.living_room_tv', 'turn_on'),
  ],
);

describe('commandPlan', () => {
  it('turns the steps into commands for every device they are about', () => {
    const plan = commandPlan(movieMode, home());
    expect(plan.commands).toEqual([
      { entityId: 'light.living_room_ceiling', type: 'set_brightness', brightness: 20 },
      { entityId: 'light.living_room_lamp', type: 'set_brightness', brightness: 20 },
      { entityId: 'light.tv_backlight', type: 'set_brightness', brightness: 20 },
      { entityId: 'cover.living_room_blinds', type: 'close' },
      { entityId: 'media_player.living_room_tv', type: 'turn_on' },
    ]);
    expect(plan.missing).toEqual([]);
    expect(plan.problems).toEqual([]);
    const after = execute(home(), plan.commands, { kind: 'manual' }, NOW).home;
    const lamp = after.entities.find((e) => e.id === 'light.living_room_lamp');
    expect(lamp).toMatchObject({ state: 'on', attributes: { brightness: 20 } });
  });

  it('includes a light added to the room after it was taught', () => {
    const h = home();
    const lamp = h.entities.find((e) => e.id === 'light.living_room_lamp')!;
    const added = { ...lamp, id: 'light.new_floor_lamp', name: 'Floor lamp' };
    const plan = commandPlan(movieMode, { ...h, entities: [...h.entities, added] });
    expect(plan.commands.map((c) => c.entityId)).toContain('light.new_floor_lamp');
  });

  it('says which devices and rooms no longer exist and does the rest', () => {
    const porch = command(
      'porch',
      ['porch on'],
      [
        control('light.porch', 'turn_on'),
        control('cover.garage_door', 'open'),
        {
          type: 'control',
          target: { kind: 'area', areaId: 'sauna', domain: 'light' },
          command: 'turn_on',
        },
        {
          type: 'control',
          target: { kind: 'area', areaId: 'garage', domain: 'fan' },
          command: 'turn_on',
        },
        control('lock.front_door', 'lock'),
      ],
    );
    const plan = commandPlan(porch, without(home(), 'light.porch', 'cover.garage_door'));
    expect(plan.missing).toEqual([
      'the Porch light no longer exists',
      'the Garage door no longer exists',
      'the room “Sauna” no longer exists',
      'there are no fans in the Garage any more',
    ]);
    expect(plan.commands).toEqual([{ entityId: 'lock.front_door', type: 'lock' }]);
    expect(missingParts(porch, home())).toEqual([
      'the room “Sauna” no longer exists',
      'there are no fans in the Garage any more',
    ]);
  });

  it('lists routines to start, words to say and notices, and skips switched-off steps', () => {
    const plan = commandPlan(
      command(
        'bed',
        ['bed time'],
        [
          { type: 'run_routine', routineId: 'good_night' },
          { type: 'say', text: 'Sleep well' },
          { type: 'notify', title: 'Bed time', body: 'Lights out' },
          { ...control('light.hallway', 'turn_off'), disabled: true },
        ],
      ),
      home(),
      { routines: [{ id: 'good_night' }] },
    );
    expect(plan).toMatchObject({
      commands: [],
      routines: ['good_night'],
      say: ['Sleep well'],
      notify: [{ title: 'Bed time', body: 'Lights out' }],
      missing: [],
    });
  });

  it('says so when a routine it runs was deleted', () => {
    const plan = commandPlan(
      command('bed', ['bed time'], [{ type: 'run_routine', routineId: 'gone' }]),
      home(),
      { routines: [] },
    );
    expect(plan.routines).toEqual([]);
    expect(plan.missing).toEqual(['a routine it runs no longer exists']);
  });

  it('runs the steps of a taught command it names, and stops a command running itself', () => {
    const reading = command(
      'reading',
      ['reading mode'],
      [control('light.living_room_lamp', 'set_brightness', 100)],
    );
    const evening = command(
      'evening',
      ['evening'],
      [
        { type: 'run_taught', commandId: 'reading' },
        { type: 'run_taught', commandId: 'evening' },
        { type: 'run_taught', commandId: 'deleted' },
      ],
    );
    const plan = commandPlan(evening, home(), { taught: [reading, evening] });
    expect(plan.commands).toEqual([
      { entityId: 'light.living_room_lamp', type: 'set_brightness', brightness: 100 },
    ]);
    expect(plan.problems).toEqual(['“evening” would run itself again, so I stopped there']);
    expect(plan.missing).toEqual(['a taught command it runs no longer exists']);
  });

  it('skips a wait found in stored data, saying so', () => {
    // The schema allows waits (they are routine actions); checkTaught refuses them when saving.
    const slow = command(
      'w',
      ['slow'],
      [{ type: 'wait', seconds: 300 }, control('light.hallway', 'turn_off')],
    );
    const plan = commandPlan(slow, home());
    expect(plan.problems).toEqual(["a taught command can't wait, so I skipped waiting 5 minutes"]);
    expect(plan.commands).toEqual([{ entityId: 'light.hallway', type: 'turn_off' }]);
  });

  it('says a step a device cannot do', () => {
    const plan = commandPlan(
      command('x', ['x'], [control('lock.front_door', 'set_brightness', 20)]),
      home(),
    );
    expect(plan.commands).toEqual([]);
    expect(plan.problems).toEqual([
      "I can't do one of its steps: those devices cannot set brightness",
    ]);
  });
});

describe('goneDeviceName', () => {
  it.each([
    ['light.porch', 'the Porch light'],
    ['cover.garage_door', 'the Garage door'],
    ['light.kitchen_counter_lights', 'the Kitchen counter lights'],
    ['climate.upstairs', 'the Upstairs thermostat'],
    ['media_player.living_room_tv', 'the Living room TV'],
  ])('names %s from its id', (id, name) => {
    expect(goneDeviceName(id)).toBe(name);
  });
});
