import { describe, expect, it } from 'vitest';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import { startersFor } from '../../../domain/routines/starters.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { newAction, newCondition, newTrigger, toForm } from './formModel.ts';
import { routineFormSchema, triggerOf, type FormContext } from './formSchema.ts';
import type { RoutineForm } from './formShape.ts';

const home = demoHome(Date.UTC(2026, 10, 23, 19, 30));
const base = { id: 'routine-1', enabled: true, createdAt: 1, updatedAt: 2 };
const other: Routine = {
  ...base,
  id: 'routine-2',
  name: 'Other',
  triggers: [{ type: 'phrase', phrases: ['other'] }],
  conditionMode: 'all',
  conditions: [],
  actions: [{ type: 'say', text: 'hi' }],
};
const ctx = (unit: TemperatureUnit = 'C'): FormContext => ({ home, unit, base, others: [other] });

function parse(form: RoutineForm, unit: TemperatureUnit = 'C') {
  return routineFormSchema(ctx(unit)).safeParse(form);
}

/** Each problem as "path: message". */
function problems(form: RoutineForm, unit: TemperatureUnit = 'C'): string[] {
  const result = parse(form, unit);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const form = (over: Partial<RoutineForm>): RoutineForm => ({
  name: 'Test',
  conditionMode: 'all',
  triggers: [{ type: 'phrase', phrases: [{ text: 'hello' }] }],
  conditions: [],
  actions: [{ type: 'say', enabled: true, text: 'Hi' }],
  ...over,
});

describe('routine form ↔ routine', () => {
  it('opens every starter in the form and saves it back unchanged, in either unit', () => {
    for (const unit of ['C', 'F'] as const) {
      for (const starter of startersFor(home)) {
        const routine: Routine = { ...base, ...starter.draft };
        const result = parse(toForm(routine, { home, unit }), unit);
        expect(result.error?.issues ?? [], starter.key).toEqual([]);
        expect(result.data).toEqual(routine);
      }
    }
  });

  it('types temperatures in °F and keeps them in °C', () => {
    const result = parse(
      form({
        triggers: [
          {
            ...newTrigger('numeric'),
            entityId: 'sensor.kitchen_temperature',
            above: '80',
          } as RoutineForm['triggers'][number],
        ],
        actions: [
          {
            ...newAction('control'),
            entityId: 'climate.living_room',
            command: 'set_temperature',
            value: '62.6',
          } as RoutineForm['actions'][number],
          {
            ...newAction('control'),
            entityId: 'climate.living_room',
            command: 'adjust_temperature',
            value: '-1.8',
          } as RoutineForm['actions'][number],
        ],
      }),
      'F',
    );
    expect(result.data?.triggers[0]).toEqual({
      type: 'numeric',
      entityId: 'sensor.kitchen_temperature',
      above: 26.67,
    });
    expect(result.data?.actions.map((a) => (a.type === 'control' ? a.value : undefined))).toEqual([
      17, -1,
    ]);
    // …and shows them back in °F.
    const back = toForm(result.data!, { home, unit: 'F' });
    expect(back.triggers[0]).toMatchObject({ above: '80' });
    expect(back.actions.map((a) => (a.type === 'control' ? a.value : ''))).toEqual([
      '62.6',
      '-1.8',
    ]);
  });

  it('keeps minutes, offsets, "anyone" and switched-off steps as the model has them', () => {
    const result = parse(
      form({
        triggers: [
          { type: 'sun', event: 'sunset', side: 'before', minutes: '30', days: [7, 1] },
          {
            type: 'state',
            entityId: 'binary_sensor.front_door',
            to: 'on',
            from: '',
            forMinutes: '1.5',
          },
          { type: 'presence', personId: '', event: 'leaves' },
        ],
        conditions: [{ type: 'presence', personId: 'person.emma', is: 'away' }],
        actions: [{ type: 'wait', enabled: false, minutes: '2', seconds: '5' }],
      }),
    );
    expect(result.data?.triggers).toEqual([
      { type: 'sun', event: 'sunset', offsetMinutes: -30, days: [1, 7] },
      { type: 'state', entityId: 'binary_sensor.front_door', to: 'on', forSeconds: 90 },
      { type: 'presence', event: 'leaves' },
    ]);
    expect(result.data?.conditions).toEqual([
      { type: 'presence', personId: 'person.emma', is: 'away' },
    ]);
    expect(result.data?.actions).toEqual([{ type: 'wait', seconds: 125, disabled: true }]);
  });
});

describe('problems in plain words, at their fields', () => {
  it('an empty routine needs a name, a trigger and a step', () => {
    expect(problems(form({ name: ' ', triggers: [], actions: [] }))).toEqual([
      'name: Give the routine a name',
      'triggers: Add at least one trigger',
      'actions: Add at least one step',
    ]);
  });

  it('phrases: at least one, none empty', () => {
    expect(problems(form({ triggers: [{ type: 'phrase', phrases: [] }] }))).toEqual([
      'triggers.0.phrases: Add at least one phrase',
    ]);
    expect(
      problems(form({ triggers: [{ type: 'phrase', phrases: [{ text: 'hi' }, { text: ' ' }] }] })),
    ).toEqual(['triggers.0.phrases.1.text: Write the phrase, or remove it']);
  });

  it('device rows ask for a device and what it changes to', () => {
    expect(problems(form({ triggers: [newTrigger('state')] }))).toEqual([
      'triggers.0.entityId: Choose a device',
      'triggers.0.to: Choose what it changes to',
    ]);
    expect(problems(form({ conditions: [newCondition('state')] }))).toEqual([
      'conditions.0.entityId: Choose a device',
      'conditions.0.states: Choose at least one state',
    ]);
  });

  it('numbers: at least one threshold, and a range that can hold something', () => {
    const numeric = (above: string, below: string) =>
      form({
        conditions: [
          { type: 'numeric', entityId: 'sensor.kitchen_temperature', attribute: '', above, below },
        ],
      });
    expect(problems(numeric('', ''))).toEqual([
      'conditions.0.above: Fill in at least one of the two numbers',
    ]);
    expect(problems(numeric('abc', ''))).toEqual(['conditions.0.above: Enter a number, like 26']);
    expect(problems(numeric('25', '20'))).toEqual([
      'conditions.0.below: Make this more than the first number, or leave one of them empty',
    ]);
    expect(problems(numeric('18', '25,5'))).toEqual([]);
  });

  it('days and times', () => {
    expect(problems(form({ triggers: [{ type: 'time', at: '', days: [] }] }))).toEqual([
      'triggers.0.at: Enter a time, like 22:30',
      'triggers.0.days: Choose at least one day',
    ]);
    expect(
      problems(form({ conditions: [{ type: 'time', after: '22:00', before: '22:00' }] })),
    ).toEqual(['conditions.0.before: Choose two different times']);
  });

  it('a control step must fit its device, with a value in range', () => {
    const control = (entityId: string, command: string, value = '') =>
      form({ actions: [{ ...newAction('control'), entityId, command, value } as never] });
    expect(problems(control('', ''))).toEqual(['actions.0.entityId: Choose a device']);
    expect(problems(control('lock.front_door', 'set_brightness', '50'))).toEqual([
      'actions.0.command: That can’t be done to these devices: choose something else',
    ]);
    expect(problems(control('light.kitchen_ceiling', 'set_brightness', '150'))).toEqual([
      'actions.0.value: Enter a number from 0 to 100',
    ]);
    expect(problems(control('climate.living_room', 'set_temperature', '40'))).toEqual([
      'actions.0.value: Enter a temperature from 5 to 35 °C',
    ]);
    expect(problems(control('climate.living_room', 'set_temperature', '100'), 'F')).toEqual([
      'actions.0.value: Enter a temperature from 41 to 95 °F',
    ]);
    expect(problems(control('light.kitchen_ceiling', 'set_brightness', '40'))).toEqual([]);
  });

  it('waits, routines to run and texts', () => {
    expect(
      problems(form({ actions: [{ type: 'wait', enabled: true, minutes: '0', seconds: '0' }] })),
    ).toEqual(['actions.0.seconds: Wait at least one second']);
    expect(
      problems(form({ actions: [{ type: 'run_routine', enabled: true, routineId: base.id }] })),
    ).toEqual(['actions.0.routineId: A routine can’t run itself']);
    expect(
      problems(form({ actions: [{ type: 'run_routine', enabled: true, routineId: 'gone' }] })),
    ).toEqual(['actions.0.routineId: That routine no longer exists: choose another']);
    expect(
      problems(form({ actions: [{ type: 'notify', enabled: true, title: '', body: '' }] })),
    ).toEqual(['actions.0.title: Give the notification a title']);
  });
});

describe('one row at a time', () => {
  it('gives the finished rows and nothing for unfinished ones', () => {
    expect(triggerOf({ type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] }, ctx())).toEqual({
      type: 'time',
      at: '22:30',
      days: [1, 2, 3, 4, 5],
    });
    expect(triggerOf(newTrigger('state'), ctx())).toBeUndefined();
  });
});
