// The editor form's checks, in plain words next to each field ("Choose a device", "Add at least
// one phrase"), and the conversion of a checked form into a routine, which the model's own schema
// (routines/model.ts) then checks once more. Checks that depend on the home (does this device still
// exist, can it do that, is 80 a temperature in °F) are built for the home and unit at hand.
import { z } from '../../../domain/zod.ts';
import type { Entity } from '../../../domain/home/model.ts';
import {
  actionSchema,
  conditionSchema,
  MAX_ACTIONS,
  MAX_CONDITIONS,
  MAX_PHRASES,
  MAX_TRIGGERS,
  routineSchema,
  triggerSchema,
  type Action,
  type Condition,
  type Routine,
  type Trigger,
} from '../../../domain/routines/model.ts';
import { commandChoices, readNumber, valueProblem } from './commandList.ts';
import { hasStates, numbersOf } from './devices.ts';
import {
  actionFromForm,
  conditionFromForm,
  fromForm,
  triggerFromForm,
  type Convert,
  type RoutineBase,
} from './formModel.ts';
import {
  actionShapes,
  conditionShapes,
  triggerShapes,
  type ActionRow,
  type ConditionRow,
  type TriggerRow,
} from './formShape.ts';

export interface FormContext extends Convert {
  base: RoutineBase;
  /** The other saved routines, which "Run another routine" may choose. */
  others: readonly Pick<Routine, 'id'>[];
  /** Taught commands, which "Do a taught command" may choose. */
  taught?: readonly { id: string }[];
}

/** Adds a problem at a path inside the row: "value", "phrases.2.text". */
type Problem = (path: string, message: string) => void;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WHOLE = /^\d+$/;
const SHORT = 120;
const LONG = 300;

// zod/mini's object schemas keep their type through .check(); the rules run on the row as a whole
// so that every problem of a row shows at once, each at its own field.
function withRules<S extends z.ZodMiniObject>(
  shape: S,
  rules: (row: z.infer<S>, problem: Problem) => void,
): S {
  return shape.check(
    z.superRefine((row: z.infer<S>, ctx) =>
      rules(row, (path, message) =>
        ctx.addIssue({
          code: 'custom',
          message,
          input: row,
          path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        }),
      ),
    ),
  );
}

const entityIn = (c: Convert, id: string): Entity | undefined =>
  c.home.entities.find((e) => e.id === id);

function checkDevice(
  c: Convert,
  id: string,
  problem: Problem,
  path = 'entityId',
): Entity | undefined {
  if (id === '') {
    problem(path, 'Choose a device');
    return undefined;
  }
  const entity = entityIn(c, id);
  if (!entity) problem(path, 'That device is no longer in the home: choose another');
  return entity;
}

function checkPerson(c: Convert, id: string, problem: Problem) {
  if (id !== '' && entityIn(c, id)?.domain !== 'person')
    problem('personId', 'That person is no longer in the household: choose someone else');
}

function checkDays(days: readonly number[], problem: Problem) {
  if (days.length === 0) problem('days', 'Choose at least one day');
}

function checkTime(at: string, problem: Problem, path: string) {
  if (!TIME.test(at)) problem(path, 'Enter a time, like 22:30');
}

/** "For how long", in minutes: empty (at once), or up to a day. */
function checkMinutes(text: string, problem: Problem, path = 'forMinutes') {
  if (text.trim() === '') return;
  const n = readNumber(text);
  if (n === undefined || n < 0) problem(path, 'Enter a number of minutes, or leave it empty');
  else if (n > 24 * 60) problem(path, 'At most 1440 minutes (a day)');
}

function checkText(text: string, problem: Problem, path: string, empty: string, max = SHORT) {
  const trimmed = text.trim();
  if (trimmed === '') problem(path, empty);
  else if (trimmed.length > max) problem(path, `Keep it under ${max} letters`);
}

/** Above and below: at least one, numbers, and a range that can hold something. */
function checkThresholds(
  row: { entityId: string; attribute: string; above: string; below: string },
  c: Convert,
  problem: Problem,
) {
  const entity = checkDevice(c, row.entityId, problem);
  if (entity) {
    const attribute = row.attribute === '' ? undefined : row.attribute;
    if (!numbersOf(entity).some((n) => n.attribute === attribute))
      problem('attribute', 'Choose which number to watch');
  }
  const above = readNumber(row.above);
  const below = readNumber(row.below);
  const filled = (text: string) => text.trim() !== '';
  if (filled(row.above) && above === undefined) problem('above', 'Enter a number, like 26');
  if (filled(row.below) && below === undefined) problem('below', 'Enter a number, like 18');
  if (!filled(row.above) && !filled(row.below))
    problem('above', 'Fill in at least one of the two numbers');
  if (above !== undefined && below !== undefined && above >= below)
    problem('below', 'Make this more than the first number, or leave one of them empty');
}

function triggerRow(c: FormContext) {
  const s = triggerShapes;
  return z.discriminatedUnion('type', [
    withRules(s.phrase, (row, problem) => {
      if (row.phrases.length === 0) problem('phrases', 'Add at least one phrase');
      if (row.phrases.length > MAX_PHRASES)
        problem('phrases', `At most ${MAX_PHRASES} phrases: remove one`);
      row.phrases.forEach((p, i) =>
        checkText(p.text, problem, `phrases.${i}.text`, 'Write the phrase, or remove it'),
      );
    }),
    withRules(s.time, (row, problem) => {
      checkTime(row.at, problem, 'at');
      checkDays(row.days, problem);
    }),
    withRules(s.sun, (row, problem) => {
      const n = readNumber(row.minutes);
      if (!WHOLE.test(row.minutes.trim()) || n === undefined || n > 180)
        problem('minutes', 'Enter a number of minutes from 0 to 180');
      checkDays(row.days, problem);
    }),
    withRules(s.state, (row, problem) => {
      const entity = checkDevice(c, row.entityId, problem);
      if (entity && !hasStates(entity))
        problem('entityId', 'Choose a device that turns on, opens…');
      if (row.to === '') problem('to', 'Choose what it changes to');
      else if (row.to === row.from) problem('from', 'Choose a different state, or “Any state”');
      checkMinutes(row.forMinutes, problem);
    }),
    withRules(s.numeric, (row, problem) => {
      checkThresholds(row, c, problem);
      checkMinutes(row.forMinutes, problem);
    }),
    withRules(s.presence, (row, problem) => checkPerson(c, row.personId, problem)),
  ]);
}

function conditionRow(c: FormContext) {
  const s = conditionShapes;
  return z.discriminatedUnion('type', [
    withRules(s.time, (row, problem) => {
      checkTime(row.after, problem, 'after');
      checkTime(row.before, problem, 'before');
      if (TIME.test(row.after) && row.after === row.before)
        problem('before', 'Choose two different times');
    }),
    s.sun,
    withRules(s.days, (row, problem) => checkDays(row.days, problem)),
    withRules(s.state, (row, problem) => {
      checkDevice(c, row.entityId, problem);
      if (row.states.length === 0) problem('states', 'Choose at least one state');
    }),
    withRules(s.numeric, (row, problem) => checkThresholds(row, c, problem)),
    withRules(s.presence, (row, problem) => checkPerson(c, row.personId, problem)),
  ]);
}

function actionRow(c: FormContext) {
  const s = actionShapes;
  return z.discriminatedUnion('type', [
    withRules(s.control, (row, problem) => {
      let entity: Entity | undefined;
      if (row.targetKind === 'entity') {
        entity = checkDevice(c, row.entityId, problem);
        if (!entity) return;
      } else if (row.areaId !== '' && !c.home.areas.some((a) => a.id === row.areaId)) {
        problem('areaId', 'That room is no longer in the home: choose another');
      }
      if (row.command === '') return problem('command', 'Choose what to do');
      const target =
        row.targetKind === 'entity'
          ? ({ kind: 'entity', entity } as const)
          : ({ kind: 'area', domain: row.domain } as const);
      if (!(commandChoices(target) as string[]).includes(row.command))
        return problem('command', 'That can’t be done to these devices: choose something else');
      const wrong = valueProblem(row.command, row.value, c.unit, entity);
      if (wrong) problem('value', wrong);
    }),
    withRules(s.run_routine, (row, problem) => {
      if (row.routineId === '') problem('routineId', 'Choose a routine');
      else if (row.routineId === c.base.id) problem('routineId', 'A routine can’t run itself');
      else if (!c.others.some((r) => r.id === row.routineId))
        problem('routineId', 'That routine no longer exists: choose another');
    }),
    withRules(s.run_taught, (row, problem) => {
      if (row.commandId === '') problem('commandId', 'Choose a taught command');
      else if (!(c.taught ?? []).some((t) => t.id === row.commandId))
        problem('commandId', 'That taught command no longer exists: choose another');
    }),
    withRules(s.wait, (row, problem) => {
      const minutes = WHOLE.test(row.minutes.trim()) ? Number(row.minutes) : undefined;
      const seconds = WHOLE.test(row.seconds.trim()) ? Number(row.seconds) : undefined;
      if (minutes === undefined) problem('minutes', 'Enter whole minutes, like 5, or 0');
      if (seconds === undefined || seconds > 59) problem('seconds', 'Enter seconds from 0 to 59');
      if (minutes === undefined || seconds === undefined) return;
      const total = minutes * 60 + seconds;
      if (total === 0) problem('seconds', 'Wait at least one second');
      else if (total > 24 * 3600) problem('minutes', 'Wait at most a day (1440 minutes)');
    }),
    withRules(s.say, (row, problem) =>
      checkText(row.text, problem, 'text', 'Write what to say', LONG),
    ),
    withRules(s.notify, (row, problem) => {
      checkText(row.title, problem, 'title', 'Give the notification a title');
      if (row.body.trim().length > LONG) problem('body', `Keep it under ${LONG} letters`);
    }),
  ]);
}

/** The whole form: checked in plain words, turned into a routine, checked by the model. */
export function routineFormSchema(c: FormContext) {
  const form = z.object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Give the routine a name'),
        z.maxLength(SHORT, `Keep the name under ${SHORT} letters`),
      ),
    conditionMode: z.enum(['all', 'any']),
    triggers: z
      .array(triggerRow(c))
      .check(
        z.minLength(1, 'Add at least one trigger'),
        z.maxLength(MAX_TRIGGERS, `At most ${MAX_TRIGGERS} triggers`),
      ),
    conditions: z
      .array(conditionRow(c))
      .check(z.maxLength(MAX_CONDITIONS, `At most ${MAX_CONDITIONS} conditions`)),
    actions: z
      .array(actionRow(c))
      .check(
        z.minLength(1, 'Add at least one step'),
        z.maxLength(MAX_ACTIONS, `At most ${MAX_ACTIONS} steps`),
      ),
  });
  return z.pipe(
    z.pipe(
      form,
      z.transform((value) => fromForm(value, c.base, c)),
    ),
    routineSchema,
  );
}

// One row at a time, for the live words of a row and of the routine while it is being edited.
// Rows are checked on every key press: the schemas are built once per context.
const rowSchemas = new WeakMap<
  FormContext,
  {
    trigger: ReturnType<typeof triggerRow>;
    condition: ReturnType<typeof conditionRow>;
    action: ReturnType<typeof actionRow>;
  }
>();
function rowsFor(c: FormContext) {
  let schemas = rowSchemas.get(c);
  if (!schemas) {
    schemas = { trigger: triggerRow(c), condition: conditionRow(c), action: actionRow(c) };
    rowSchemas.set(c, schemas);
  }
  return schemas;
}

export function triggerOf(row: TriggerRow, c: FormContext): Trigger | undefined {
  if (!rowsFor(c).trigger.safeParse(row).success) return undefined;
  return triggerSchema.safeParse(triggerFromForm(row, c)).data;
}

export function conditionOf(row: ConditionRow, c: FormContext): Condition | undefined {
  if (!rowsFor(c).condition.safeParse(row).success) return undefined;
  return conditionSchema.safeParse(conditionFromForm(row, c)).data;
}

export function actionOf(row: ActionRow, c: FormContext): Action | undefined {
  if (!rowsFor(c).action.safeParse(row).success) return undefined;
  return actionSchema.safeParse(actionFromForm(row, c)).data;
}
