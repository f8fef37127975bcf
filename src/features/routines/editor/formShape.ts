// The routine editor's form, as the form holds it: every text field is a string (numbers are
// typed, not stored), choices that can be "none" are '' ("anyone", "the whole home", "any state"),
// and actions carry an on/off `enabled`. formModel.ts converts to and from the routine model;
// formSchema.ts adds the checks in plain words. These shapes only say what the fields are.
import { z } from '../../../domain/zod.ts';
import { controlActionSchema } from '../../../domain/routines/model.ts';

const days = z.array(z.number());

const phraseRow = z.object({
  type: z.literal('phrase'),
  // Objects, not strings: useFieldArray keeps a key per row.
  phrases: z.array(z.object({ text: z.string() })),
});
const timeRow = z.object({ type: z.literal('time'), at: z.string(), days });
const sunRow = z.object({
  type: z.literal('sun'),
  event: z.enum(['sunrise', 'sunset']),
  side: z.enum(['before', 'after']),
  minutes: z.string(),
  days,
});
const stateTriggerRow = z.object({
  type: z.literal('state'),
  entityId: z.string(),
  to: z.string(),
  /** '' = from any state. */
  from: z.string(),
  /** '' = at once. */
  forMinutes: z.string(),
});
const numericTriggerRow = z.object({
  type: z.literal('numeric'),
  entityId: z.string(),
  /** '' = the device's state (a sensor's reading). */
  attribute: z.string(),
  above: z.string(),
  below: z.string(),
  forMinutes: z.string(),
});
const presenceTriggerRow = z.object({
  type: z.literal('presence'),
  /** '' = anyone. */
  personId: z.string(),
  event: z.enum(['arrives', 'leaves']),
});

export const triggerShapes = {
  phrase: phraseRow,
  time: timeRow,
  sun: sunRow,
  state: stateTriggerRow,
  numeric: numericTriggerRow,
  presence: presenceTriggerRow,
};

const timeCondition = z.object({ type: z.literal('time'), after: z.string(), before: z.string() });
const sunCondition = z.object({ type: z.literal('sun'), is: z.enum(['dark', 'light']) });
const daysCondition = z.object({ type: z.literal('days'), days });
const stateCondition = z.object({
  type: z.literal('state'),
  entityId: z.string(),
  states: z.array(z.string()),
});
const numericCondition = z.object({
  type: z.literal('numeric'),
  entityId: z.string(),
  attribute: z.string(),
  above: z.string(),
  below: z.string(),
});
const presenceCondition = z.object({
  type: z.literal('presence'),
  personId: z.string(),
  is: z.enum(['home', 'away']),
});

export const conditionShapes = {
  time: timeCondition,
  sun: sunCondition,
  days: daysCondition,
  state: stateCondition,
  numeric: numericCondition,
  presence: presenceCondition,
};

/** The kinds of device an action can control all of in a room, as the model lists them. */
export const AREA_DOMAINS =
  controlActionSchema.shape.target._zod.def.options[1].shape.domain.options;
export type AreaDomain = (typeof AREA_DOMAINS)[number];

const enabled = z.boolean();
const controlRow = z.object({
  type: z.literal('control'),
  enabled,
  targetKind: z.enum(['entity', 'area']),
  entityId: z.string(),
  /** '' = the whole home. */
  areaId: z.string(),
  domain: z.enum(AREA_DOMAINS),
  command: z.string(),
  /** The command's value as typed or chosen; '' when the command takes none. */
  value: z.string(),
});
const runRoutineRow = z.object({ type: z.literal('run_routine'), enabled, routineId: z.string() });
const runTaughtRow = z.object({ type: z.literal('run_taught'), enabled, commandId: z.string() });
const waitRow = z.object({
  type: z.literal('wait'),
  enabled,
  minutes: z.string(),
  seconds: z.string(),
});
const sayRow = z.object({ type: z.literal('say'), enabled, text: z.string() });
const notifyRow = z.object({
  type: z.literal('notify'),
  enabled,
  title: z.string(),
  body: z.string(),
});

export const actionShapes = {
  control: controlRow,
  run_routine: runRoutineRow,
  run_taught: runTaughtRow,
  wait: waitRow,
  say: sayRow,
  notify: notifyRow,
};

export const routineShape = z.object({
  name: z.string(),
  conditionMode: z.enum(['all', 'any']),
  triggers: z.array(
    z.discriminatedUnion('type', [
      phraseRow,
      timeRow,
      sunRow,
      stateTriggerRow,
      numericTriggerRow,
      presenceTriggerRow,
    ]),
  ),
  conditions: z.array(
    z.discriminatedUnion('type', [
      timeCondition,
      sunCondition,
      daysCondition,
      stateCondition,
      numericCondition,
      presenceCondition,
    ]),
  ),
  actions: z.array(
    z.discriminatedUnion('type', [
      controlRow,
      runRoutineRow,
      runTaughtRow,
      waitRow,
      sayRow,
      notifyRow,
    ]),
  ),
});

export type RoutineForm = z.infer<typeof routineShape>;
export type TriggerRow = RoutineForm['triggers'][number];
export type ConditionRow = RoutineForm['conditions'][number];
export type ActionRow = RoutineForm['actions'][number];
export type TriggerRowOf<T extends TriggerRow['type']> = Extract<TriggerRow, { type: T }>;
export type ConditionRowOf<T extends ConditionRow['type']> = Extract<ConditionRow, { type: T }>;
export type ActionRowOf<T extends ActionRow['type']> = Extract<ActionRow, { type: T }>;
