// Routines as data (issue 4): "when this happens, if this is so, do these things". Triggers,
// conditions and actions are discriminated unions, in the spirit of Home Assistant's automations;
// the zod schemas are the one definition shared by the runner, the editor's forms, storage and
// sharing. Times of day are "HH:MM" in the home's time zone; durations are seconds.
import { z } from '../zod.ts';

const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
const entityId = z
  .string()
  .check(z.regex(/^[a-z_]+\.[a-z0-9_]+$/, 'choose a device'), z.maxLength(120));
const areaId = z.string().check(z.minLength(1), z.maxLength(120));
const recordId = z.string().check(z.minLength(1), z.maxLength(120));
/** "HH:MM", 24-hour. */
export const timeOfDaySchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 22:30'));
/** Seconds, up to a day. */
const duration = z.int().check(z.minimum(0), z.maximum(24 * 3600));

/** Days of the week, Monday first, as `Intl` and people in Europe count them: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
const days = z
  .array(z.int().check(z.minimum(1), z.maximum(7)))
  .check(z.minLength(1, 'choose at least one day'), z.maxLength(7));

// ---------- Triggers ----------

export const MAX_PHRASES = 7;

export const phraseTriggerSchema = z.strictObject({
  type: z.literal('phrase'),
  /** What the person says: "good night", "movie time". */
  phrases: z
    .array(shortText)
    .check(
      z.minLength(1, 'add a phrase'),
      z.maxLength(MAX_PHRASES, `at most ${MAX_PHRASES} phrases`),
    ),
});

export const timeTriggerSchema = z.strictObject({
  type: z.literal('time'),
  at: timeOfDaySchema,
  days,
});

export const sunTriggerSchema = z.strictObject({
  type: z.literal('sun'),
  event: z.enum(['sunrise', 'sunset']),
  /** Minutes before (negative) or after (positive), up to three hours. */
  offsetMinutes: z.int().check(z.minimum(-180), z.maximum(180)),
  days,
});

/** A device changes to a state ("the front door sensor becomes on"), optionally held a while. */
export const stateTriggerSchema = z.strictObject({
  type: z.literal('state'),
  entityId,
  /** The state it changes to, as the entity writes it ("on", "unlocked", "open"). */
  to: shortText,
  /** From which state, when it matters. */
  from: z.optional(shortText),
  /** Seconds it must stay so before the routine runs. */
  forSeconds: z.optional(duration),
});

/** A number crosses a threshold ("the kitchen temperature rises above 26 °C"). */
export const numericTriggerSchema = z.strictObject({
  type: z.literal('numeric'),
  entityId,
  /** Which number: the state (sensors), or an attribute ("current_temperature", "brightness"). */
  attribute: z.optional(shortText),
  above: z.optional(z.number()),
  below: z.optional(z.number()),
  forSeconds: z.optional(duration),
});

export const presenceTriggerSchema = z.strictObject({
  type: z.literal('presence'),
  /** A person entity, or undefined for "anyone" (first to arrive / last to leave). */
  personId: z.optional(entityId),
  event: z.enum(['arrives', 'leaves']),
});

export const triggerSchema = z.discriminatedUnion('type', [
  phraseTriggerSchema,
  timeTriggerSchema,
  sunTriggerSchema,
  stateTriggerSchema,
  numericTriggerSchema,
  presenceTriggerSchema,
]);

// ---------- Conditions ----------

export const timeConditionSchema = z.strictObject({
  type: z.literal('time'),
  /** A window that may wrap midnight (22:00–06:00). */
  after: timeOfDaySchema,
  before: timeOfDaySchema,
});

export const daysConditionSchema = z.strictObject({ type: z.literal('days'), days });

export const stateConditionSchema = z.strictObject({
  type: z.literal('state'),
  entityId,
  /** It is in one of these states. */
  states: z.array(shortText).check(z.minLength(1), z.maxLength(10)),
});

export const numericConditionSchema = z.strictObject({
  type: z.literal('numeric'),
  entityId,
  attribute: z.optional(shortText),
  above: z.optional(z.number()),
  below: z.optional(z.number()),
});

export const presenceConditionSchema = z.strictObject({
  type: z.literal('presence'),
  /** A person, or undefined for "anyone". */
  personId: z.optional(entityId),
  /** "home": someone (or that person) is home; "away": nobody (or that person is not). */
  is: z.enum(['home', 'away']),
});

/** Whether it is dark outside (after sunset, before sunrise) or daylight, at the home. */
export const sunConditionSchema = z.strictObject({
  type: z.literal('sun'),
  is: z.enum(['dark', 'light']),
});

export const conditionSchema = z.discriminatedUnion('type', [
  timeConditionSchema,
  sunConditionSchema,
  daysConditionSchema,
  stateConditionSchema,
  numericConditionSchema,
  presenceConditionSchema,
]);

// ---------- Actions ----------

const actionBase = {
  /** Kept in the routine but skipped when it runs. */
  disabled: z.optional(z.boolean()),
};

/**
 * Control devices: one entity, or every entity of a domain in an area ("all lights in the
 * kitchen"). `command` is a command type of home/commands.ts with its value, if any.
 */
export const controlActionSchema = z.strictObject({
  ...actionBase,
  type: z.literal('control'),
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('entity'), entityId }),
    z.strictObject({
      kind: z.literal('area'),
      /** Undefined: the whole home. */
      areaId: z.optional(areaId),
      domain: z.enum(['light', 'switch', 'fan', 'cover', 'lock', 'climate', 'media_player']),
    }),
  ]),
  command: shortText,
  /** The command's value: brightness, temperature (°C), position, volume, colour… */
  value: z.optional(z.union([z.number(), shortText])),
});

export const runRoutineActionSchema = z.strictObject({
  ...actionBase,
  type: z.literal('run_routine'),
  routineId: recordId,
});

export const runTaughtActionSchema = z.strictObject({
  ...actionBase,
  type: z.literal('run_taught'),
  commandId: recordId,
});

export const waitActionSchema = z.strictObject({
  ...actionBase,
  type: z.literal('wait'),
  seconds: z.int().check(z.minimum(1, 'wait at least a second'), z.maximum(24 * 3600)),
});

export const sayActionSchema = z.strictObject({
  ...actionBase,
  type: z.literal('say'),
  text: z.string().check(z.trim(), z.minLength(1, 'write what to say'), z.maxLength(300)),
});

export const notifyActionSchema = z.strictObject({
  ...actionBase,
  type: z.literal('notify'),
  title: shortText,
  body: z.optional(z.string().check(z.maxLength(300))),
});

export const actionSchema = z.discriminatedUnion('type', [
  controlActionSchema,
  runRoutineActionSchema,
  runTaughtActionSchema,
  waitActionSchema,
  sayActionSchema,
  notifyActionSchema,
]);

// ---------- Routine ----------

export const MAX_TRIGGERS = 10;
export const MAX_CONDITIONS = 10;
export const MAX_ACTIONS = 30;

export const routineSchema = z.strictObject({
  id: recordId,
  name: shortText,
  enabled: z.boolean(),
  triggers: z
    .array(triggerSchema)
    .check(z.minLength(1, 'add at least one trigger'), z.maxLength(MAX_TRIGGERS)),
  /** All must hold, or any one. */
  conditionMode: z.enum(['all', 'any']),
  conditions: z.array(conditionSchema).check(z.maxLength(MAX_CONDITIONS)),
  actions: z
    .array(actionSchema)
    .check(z.minLength(1, 'add at least one action'), z.maxLength(MAX_ACTIONS)),
  /** Simulated epoch ms. */
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type Trigger = z.infer<typeof triggerSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Routine = z.infer<typeof routineSchema>;
export type TriggerOf<T extends Trigger['type']> = Extract<Trigger, { type: T }>;
export type ConditionOf<T extends Condition['type']> = Extract<Condition, { type: T }>;
export type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>;
