import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { makeHome, makeSensor, NOW } from '../home/testing.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import {
  actionSchema,
  conditionSchema,
  routineSchema,
  triggerSchema,
  type Routine,
} from './model.ts';
import {
  describeAction,
  describeCondition,
  describeTrigger,
  summarizeRoutine,
  type SummaryContext,
} from './summary.ts';

const names: Record<string, string> = { 'routine.good_night': 'Good night' };
const taught: Record<string, string> = { 'taught.movie': 'movie mode' };

function context(unit: TemperatureUnit = 'C'): SummaryContext {
  return {
    home: demoHome(NOW),
    unit,
    routineName: (id) => names[id],
    taughtName: (id) => taught[id],
  };
}

// Every row is parsed by the model's schema first, so the tests only describe valid routines.
const trigger = (value: unknown) => triggerSchema.parse(value);
const condition = (value: unknown) => conditionSchema.parse(value);
const action = (value: unknown) => actionSchema.parse(value);

describe('describeTrigger', () => {
  // prettier-ignore
  it.each([
    [{ type: 'phrase', phrases: ['good night'] }, "when you say 'good night'"],
    [{ type: 'phrase', phrases: ['good night', 'night night', 'bedtime'] }, "when you say 'good night', 'night night' or 'bedtime'"],
    [{ type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] }, 'at 22:30 on weekdays'],
    [{ type: 'time', at: '07:00', days: [7, 1, 2, 3, 4, 5, 6] }, 'at 07:00 every day'],
    [{ type: 'time', at: '09:15', days: [7, 6] }, 'at 09:15 at weekends'],
    [{ type: 'time', at: '18:00', days: [4, 1] }, 'at 18:00 on Mondays and Thursdays'],
    [{ type: 'sun', event: 'sunset', offsetMinutes: 30, days: [1, 2, 3, 4, 5, 6, 7] }, '30 minutes after sunset every day'],
    [{ type: 'sun', event: 'sunrise', offsetMinutes: -90, days: [1, 2, 3, 4, 5] }, '1 hour 30 minutes before sunrise on weekdays'],
    [{ type: 'sun', event: 'sunset', offsetMinutes: 0, days: [5] }, 'at sunset on Fridays'],
    [{ type: 'state', entityId: 'binary_sensor.front_door', to: 'on' }, 'when the Front door sensor opens'],
    [{ type: 'state', entityId: 'binary_sensor.front_door', to: 'off' }, 'when the Front door sensor closes'],
    [{ type: 'state', entityId: 'binary_sensor.hallway_motion', to: 'on' }, 'when the Hallway motion detects motion'],
    [{ type: 'state', entityId: 'binary_sensor.hallway_motion', to: 'off', forSeconds: 600 }, 'when the Hallway motion has been clear for 10 minutes'],
    [{ type: 'state', entityId: 'binary_sensor.hallway_motion', to: 'on', forSeconds: 60 }, 'when the Hallway motion has been detecting motion for 1 minute'],
    [{ type: 'state', entityId: 'binary_sensor.bathroom_leak', to: 'on' }, 'when the Bathroom leak sensor detects a leak'],
    [{ type: 'state', entityId: 'lock.back_door', to: 'unlocked' }, 'when the Back door is unlocked'],
    [{ type: 'state', entityId: 'lock.back_door', to: 'unlocked', forSeconds: 1800 }, 'when the Back door has been unlocked for 30 minutes'],
    [{ type: 'state', entityId: 'cover.main_bedroom_curtains', to: 'closed' }, 'when the Bedroom curtains close'],
    [{ type: 'state', entityId: 'light.kitchen_counter', to: 'on' }, 'when the Kitchen counter lights turn on'],
    [{ type: 'state', entityId: 'media_player.living_room_tv', to: 'playing' }, 'when the Living room TV starts playing'],
    [{ type: 'state', entityId: 'climate.living_room', to: 'cool' }, 'when the Living room thermostat is set to cool mode'],
    [{ type: 'state', entityId: 'cover.garage_door', from: 'closed', to: 'open', forSeconds: 300 }, 'when the Garage door goes from closed to open and stays so for 5 minutes'],
    [{ type: 'state', entityId: 'person.tom', to: 'not_home', forSeconds: 3600 }, 'when Tom has been away for 1 hour'],
    [{ type: 'numeric', entityId: 'sensor.kitchen_temperature', above: 26, forSeconds: 300 }, 'when the Kitchen temperature rises above 26 °C for 5 minutes'],
    [{ type: 'numeric', entityId: 'sensor.garden_light_level', below: 10 }, 'when the Garden light level falls below 10 lx'],
    [{ type: 'numeric', entityId: 'light.hallway', attribute: 'brightness', above: 20, below: 80 }, 'when the brightness of the Hallway light is between 20 % and 80 %'],
    [{ type: 'numeric', entityId: 'climate.living_room', attribute: 'current_temperature', below: 17.5 }, 'when the room temperature of the Living room thermostat falls below 17.5 °C'],
    [{ type: 'presence', personId: 'person.emma', event: 'arrives' }, 'when Emma arrives home'],
    [{ type: 'presence', personId: 'person.tom', event: 'leaves' }, 'when Tom leaves'],
    [{ type: 'presence', event: 'arrives' }, 'when the first person arrives home'],
    [{ type: 'presence', event: 'leaves' }, 'when the last person leaves'],
  ])('%j', (row, expected) => {
    expect(describeTrigger(trigger(row), context())).toBe(expected);
  });
});

describe('describeCondition', () => {
  // prettier-ignore
  it.each([
    [{ type: 'time', after: '22:00', before: '06:00' }, 'between 22:00 and 06:00'],
    [{ type: 'days', days: [6, 7] }, 'at weekends'],
    [{ type: 'days', days: [2, 6] }, 'on Tuesdays and Saturdays'],
    [{ type: 'state', entityId: 'lock.back_door', states: ['unlocked'] }, 'if the Back door is unlocked'],
    [{ type: 'state', entityId: 'binary_sensor.main_bedroom_window', states: ['on'] }, 'if the Bedroom window is open'],
    [{ type: 'state', entityId: 'cover.main_bedroom_curtains', states: ['open', 'opening'] }, 'if the Bedroom curtains are open or opening'],
    [{ type: 'state', entityId: 'climate.main_bedroom', states: ['heat'] }, 'if the Bedroom thermostat is in heat mode'],
    [{ type: 'numeric', entityId: 'sensor.outside_temperature', below: 5 }, 'if the Outside temperature is below 5 °C'],
    [{ type: 'numeric', entityId: 'sensor.bathroom_humidity', above: 70 }, 'if the Bathroom humidity is above 70 %'],
    [{ type: 'presence', is: 'home' }, 'if someone is home'],
    [{ type: 'presence', is: 'away' }, 'if nobody is home'],
    [{ type: 'presence', personId: 'person.emma', is: 'home' }, 'if Emma is home'],
    [{ type: 'presence', personId: 'person.tom', is: 'away' }, 'if Tom is away'],
  ])('%j', (row, expected) => {
    expect(describeCondition(condition(row), context())).toBe(expected);
  });
});

describe('describeAction', () => {
  const entity = (entityId: string) => ({ kind: 'entity', entityId });
  const area = (domain: string, areaId?: string) => ({ kind: 'area', domain, areaId });
  // prettier-ignore
  it.each([
    [{ type: 'control', target: area('light', 'kitchen'), command: 'turn_off' }, 'turn off all the lights in the Kitchen'],
    [{ type: 'control', target: area('lock'), command: 'lock' }, 'lock all the locks'],
    [{ type: 'control', target: area('cover', 'living_room'), command: 'close' }, 'close all the blinds and doors in the Living room'],
    [{ type: 'control', target: entity('light.hallway'), command: 'turn_on' }, 'turn on the Hallway light'],
    [{ type: 'control', target: entity('light.hallway'), command: 'set_brightness', value: 40 }, 'set the Hallway light to 40 %'],
    [{ type: 'control', target: entity('light.hallway'), command: 'adjust_brightness', value: -20 }, 'dim the Hallway light by 20 %'],
    [{ type: 'control', target: entity('light.living_room_lamp'), command: 'set_color', value: 'red' }, 'set the Living room lamp to red'],
    [{ type: 'control', target: entity('light.living_room_lamp'), command: 'set_color_temp', value: 2700 }, 'set the Living room lamp to warm white'],
    [{ type: 'control', target: entity('light.living_room_lamp'), command: 'toggle' }, 'switch the Living room lamp on or off, whichever it is not'],
    [{ type: 'control', target: entity('fan.desk_fan'), command: 'set_fan_speed', value: 60 }, 'set the speed of the Desk fan to 60 %'],
    [{ type: 'control', target: entity('cover.office_shade'), command: 'set_position', value: 30 }, 'set the Office shade to 30 % open'],
    [{ type: 'control', target: entity('cover.garage_door'), command: 'open' }, 'open the Garage door'],
    [{ type: 'control', target: entity('lock.front_door'), command: 'lock' }, 'lock the Front door'],
    [{ type: 'control', target: entity('lock.back_door'), command: 'unlock' }, 'unlock the Back door'],
    [{ type: 'control', target: entity('climate.living_room'), command: 'set_temperature', value: 18 }, 'set the Living room thermostat to 18 °C'],
    [{ type: 'control', target: entity('climate.living_room'), command: 'adjust_temperature', value: -1 }, 'turn the Living room thermostat down by 1 °C'],
    [{ type: 'control', target: entity('climate.main_bedroom'), command: 'set_hvac_mode', value: 'off' }, 'switch the Bedroom thermostat off'],
    [{ type: 'control', target: entity('climate.main_bedroom'), command: 'set_hvac_mode', value: 'heat_cool' }, 'set the Bedroom thermostat to heat and cool mode'],
    [{ type: 'control', target: entity('media_player.living_room_tv'), command: 'pause' }, 'pause the Living room TV'],
    [{ type: 'control', target: entity('media_player.kitchen_speaker'), command: 'set_volume', value: 25 }, 'set the volume on the Kitchen speaker to 25 %'],
    [{ type: 'control', target: entity('media_player.kitchen_speaker'), command: 'play_media', value: 'song.so_what' }, 'play “So What by Miles Davis” on the Kitchen speaker'],
    [{ type: 'control', target: entity('switch.kettle'), command: 'turn_on' }, 'turn on the Kettle'],
    [{ type: 'run_routine', routineId: 'routine.good_night' }, "run the routine 'Good night'"],
    [{ type: 'run_taught', commandId: 'taught.movie' }, "do 'movie mode'"],
    [{ type: 'wait', seconds: 600 }, 'wait 10 minutes'],
    [{ type: 'wait', seconds: 5430 }, 'wait 1 hour 30 minutes 30 seconds'],
    [{ type: 'wait', seconds: 1 }, 'wait 1 second'],
    [{ type: 'say', text: 'Good night' }, "say 'Good night'"],
    [{ type: 'notify', title: 'Door open', body: 'The front door has been open for 5 minutes.' }, "send a notification 'Door open'"],
  ])('%j', (row, expected) => {
    expect(describeAction(action(row), context())).toBe(expected);
  });

  it('cuts a long text to be said so the sentence stays readable', () => {
    const text = `Good night everyone. ${'Sleep well. '.repeat(20)}`;
    const said = describeAction(action({ type: 'say', text }), context());
    expect(said.length).toBeLessThan(70);
    expect(said).toMatch(/^say 'Good night everyone\. Sleep well\..*…'$/);
  });
});

describe('names that are gone or unknown', () => {
  it('says a device no longer exists rather than showing its id', () => {
    const ctx = context();
    const rows = [
      describeTrigger(trigger({ type: 'state', entityId: 'lock.shed', to: 'unlocked' }), ctx),
      describeCondition(condition({ type: 'numeric', entityId: 'sensor.attic', above: 30 }), ctx),
      describeAction(
        action({
          type: 'control',
          target: { kind: 'entity', entityId: 'lock.shed' },
          command: 'lock',
        }),
        ctx,
      ),
    ];
    expect(rows).toEqual([
      'when a device that no longer exists changes to unlocked',
      'if a device that no longer exists is above 30',
      'lock a device that no longer exists',
    ]);
    expect(rows.join(' ')).not.toMatch(/shed|attic/);
  });

  it('says a person, a room, a routine or a taught command is gone', () => {
    const ctx = context();
    expect(
      describeTrigger(
        trigger({ type: 'presence', personId: 'person.gran', event: 'arrives' }),
        ctx,
      ),
    ).toBe('when someone who is no longer in the household arrives home');
    expect(
      describeAction(
        action({
          type: 'control',
          target: { kind: 'area', areaId: 'attic', domain: 'light' },
          command: 'turn_off',
        }),
        ctx,
      ),
    ).toBe('turn off all the lights in a room that no longer exists');
    expect(describeAction(action({ type: 'run_routine', routineId: 'routine.gone' }), ctx)).toBe(
      'run a routine that no longer exists',
    );
    expect(describeAction(action({ type: 'run_taught', commandId: 'taught.gone' }), ctx)).toBe(
      'do a taught command that no longer exists',
    );
  });

  it('does not call a routine deleted when no way to look it up was given', () => {
    const ctx: SummaryContext = { home: demoHome(NOW), unit: 'C' };
    expect(
      describeAction(action({ type: 'run_routine', routineId: 'routine.good_night' }), ctx),
    ).toBe('run another routine');
    expect(describeAction(action({ type: 'run_taught', commandId: 'taught.movie' }), ctx)).toBe(
      'do a taught command',
    );
  });
});

describe('in °F', () => {
  it('shows thresholds, targets and steps in the person’s unit', () => {
    const ctx = context('F');
    expect(
      describeTrigger(
        trigger({ type: 'numeric', entityId: 'sensor.kitchen_temperature', above: 26 }),
        ctx,
      ),
    ).toBe('when the Kitchen temperature rises above 78.8 °F');
    expect(
      describeAction(
        action({
          type: 'control',
          target: { kind: 'entity', entityId: 'climate.living_room' },
          command: 'set_temperature',
          value: 18,
        }),
        ctx,
      ),
    ).toBe('set the Living room thermostat to 64.4 °F');
    // A step is a difference: 1 °C up is 1.8 °F up, not 33.8 °F.
    expect(
      describeAction(
        action({
          type: 'control',
          target: { kind: 'entity', entityId: 'climate.living_room' },
          command: 'adjust_temperature',
          value: 1,
        }),
        ctx,
      ),
    ).toBe('turn the Living room thermostat up by 1.8 °F');
  });

  it('converts a simulated temperature sensor reading set by a routine', () => {
    const ctx: SummaryContext = { home: makeHome(makeSensor()), unit: 'F' };
    const set = action({
      type: 'control',
      target: { kind: 'entity', entityId: 'sensor.hall_temperature' },
      command: 'set_value',
      value: 30,
    });
    expect(describeAction(set, ctx)).toBe('set the Hall temperature to 86 °F');
  });
});

describe('summarizeRoutine', () => {
  function routine(overrides: Partial<Routine>): Routine {
    return routineSchema.parse({
      id: 'routine.test',
      name: 'Test',
      enabled: true,
      triggers: [{ type: 'phrase', phrases: ['test'] }],
      conditionMode: 'all',
      conditions: [],
      actions: [{ type: 'say', text: 'Hello' }],
      createdAt: NOW,
      updatedAt: NOW,
      ...overrides,
    });
  }
  const control = (entityId: string, command: string, value?: number) => ({
    type: 'control' as const,
    target: { kind: 'entity' as const, entityId },
    command,
    value,
  });

  const goodNight = routine({
    name: 'Good night',
    triggers: [
      { type: 'phrase', phrases: ['good night'] },
      { type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] },
    ],
    conditions: [{ type: 'presence', is: 'home' }],
    actions: [
      {
        type: 'control',
        target: { kind: 'area', areaId: 'living_room', domain: 'light' },
        command: 'turn_off',
      },
      control('lock.front_door', 'lock'),
      { ...control('lock.back_door', 'lock'), disabled: true },
      control('climate.living_room', 'set_temperature', 18),
    ],
  });

  it('says a whole "Good night" routine in one sentence, without its disabled action', () => {
    expect(summarizeRoutine(goodNight, context())).toBe(
      "When you say 'good night' or at 22:30 on weekdays, if someone is home: turn off all the " +
        'lights in the Living room, lock the Front door and set the Living room thermostat to 18 °C.',
    );
    expect(summarizeRoutine(goodNight, context('F'))).toContain('to 64.4 °F.');
  });

  it('joins conditions with "or" when any one is enough', () => {
    const text = summarizeRoutine(
      routine({
        triggers: [{ type: 'state', entityId: 'binary_sensor.front_door', to: 'on' }],
        conditionMode: 'any',
        conditions: [
          { type: 'time', after: '22:00', before: '06:00' },
          { type: 'presence', is: 'away' },
          { type: 'days', days: [6, 7] },
        ],
        actions: [{ type: 'notify', title: 'Door open' }],
      }),
      context(),
    );
    expect(text).toBe(
      'When the Front door sensor opens, if it is between 22:00 and 06:00, nobody is home or it ' +
        "is the weekend: send a notification 'Door open'.",
    );
  });

  it('shortens a long list of actions', () => {
    const lights = [
      'light.hallway',
      'light.landing',
      'light.porch',
      'light.office',
      'light.bathroom',
      'light.garage',
    ];
    const text = summarizeRoutine(
      routine({ actions: lights.map((id) => control(id, 'turn_off')) }),
      context(),
    );
    expect(text).toBe(
      "When you say 'test': turn off the Hallway light, turn off the Landing light, turn off the " +
        'Porch light and 3 more.',
    );
  });

  it('lists four actions in full rather than saying "and 1 more"', () => {
    const actions = [
      control('light.hallway', 'turn_off'),
      { type: 'wait' as const, seconds: 60 },
      control('lock.front_door', 'lock'),
      { type: 'say' as const, text: 'Locked up' },
    ];
    expect(summarizeRoutine(routine({ actions }), context())).toBe(
      "When you say 'test': turn off the Hallway light, wait 1 minute, lock the Front door and say 'Locked up'.",
    );
  });

  it('says so when every action is switched off', () => {
    const text = summarizeRoutine(
      routine({ actions: [{ ...control('light.hallway', 'turn_off'), disabled: true }] }),
      context(),
    );
    expect(text).toBe("When you say 'test': nothing, as all its actions are switched off.");
  });

  it('never shows an id, even for devices that are gone', () => {
    const text = summarizeRoutine(
      routine({
        triggers: [{ type: 'state', entityId: 'binary_sensor.shed_door', to: 'on' }],
        conditions: [{ type: 'state', entityId: 'lock.shed', states: ['locked'] }],
        actions: [
          control('light.shed', 'turn_on'),
          { type: 'run_routine', routineId: 'routine.x' },
        ],
      }),
      context(),
    );
    expect(text).not.toMatch(/shed|routine\.x|\w\.\w/);
  });
});
