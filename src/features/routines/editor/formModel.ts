// Between the routine model and the editor's form: a routine opened in the form (temperatures in
// the person's unit, durations in minutes, numbers as text) and a checked form turned back into a
// routine (°C, seconds, numbers). Also the new rows each "Add" menu item starts with, and the
// names of the row types in plain words.
import { formatNumber, fromCelsius, toCelsius } from '../../../domain/home/format.ts';
import type { Entity, Home } from '../../../domain/home/model.ts';
import type { Action, Condition, Routine, Trigger } from '../../../domain/routines/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { readNumber, valueFromForm, valueToForm } from './commandList.ts';
import { isTemperature } from './devices.ts';
import type { ActionRow, ConditionRow, RoutineForm, TriggerRow } from './formShape.ts';

export interface Convert {
  home: Home;
  unit: TemperatureUnit;
}

export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
export const WEEKDAYS = [1, 2, 3, 4, 5];
export const WEEKEND = [6, 7];

const entityIn = (c: Convert, id: string): Entity | undefined =>
  c.home.entities.find((e) => e.id === id);

// ---------- Numbers ----------

const text = (n: number | undefined) => (n === undefined ? '' : formatNumber(n));
const minutesText = (seconds: number | undefined) =>
  seconds === undefined ? '' : formatNumber(seconds / 60);
const secondsOf = (minutes: string) => {
  const n = readNumber(minutes);
  return n === undefined ? undefined : Math.round(n * 60);
};

/** A threshold as typed: temperatures in the person's unit. */
function thresholdToForm(
  c: Convert,
  entityId: string,
  attribute: string | undefined,
  value: number | undefined,
): string {
  if (value === undefined) return '';
  return isTemperature(entityIn(c, entityId), attribute)
    ? formatNumber(fromCelsius(value, c.unit))
    : text(value);
}

/** A typed threshold as kept: temperatures in °C, to two decimals. */
function thresholdFromForm(
  c: Convert,
  entityId: string,
  attribute: string | undefined,
  typed: string,
): number | undefined {
  const n = readNumber(typed);
  if (n === undefined) return undefined;
  return isTemperature(entityIn(c, entityId), attribute)
    ? Math.round(toCelsius(n, c.unit) * 100) / 100
    : n;
}

const sortedDays = (days: readonly number[]) => [...new Set(days)].sort((a, b) => a - b);
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
const orEmpty = (value: string | undefined) => value ?? '';
const orNone = (value: string) => (value === '' ? undefined : value);

// ---------- Routine → form ----------

export function triggerToForm(trigger: Trigger, c: Convert): TriggerRow {
  switch (trigger.type) {
    case 'phrase':
      return { type: 'phrase', phrases: trigger.phrases.map((p) => ({ text: p })) };
    case 'time':
      return { type: 'time', at: trigger.at, days: [...trigger.days] };
    case 'sun':
      return {
        type: 'sun',
        event: trigger.event,
        side: trigger.offsetMinutes < 0 ? 'before' : 'after',
        minutes: String(Math.abs(trigger.offsetMinutes)),
        days: [...trigger.days],
      };
    case 'state':
      return {
        type: 'state',
        entityId: trigger.entityId,
        to: trigger.to,
        from: orEmpty(trigger.from),
        forMinutes: minutesText(trigger.forSeconds),
      };
    case 'numeric': {
      const at = (v: number | undefined) =>
        thresholdToForm(c, trigger.entityId, trigger.attribute, v);
      return {
        type: 'numeric',
        entityId: trigger.entityId,
        attribute: orEmpty(trigger.attribute),
        above: at(trigger.above),
        below: at(trigger.below),
        forMinutes: minutesText(trigger.forSeconds),
      };
    }
    case 'presence':
      return { type: 'presence', personId: orEmpty(trigger.personId), event: trigger.event };
  }
}

export function conditionToForm(condition: Condition, c: Convert): ConditionRow {
  switch (condition.type) {
    case 'time':
      return { type: 'time', after: condition.after, before: condition.before };
    case 'sun':
      return { type: 'sun', is: condition.is };
    case 'days':
      return { type: 'days', days: [...condition.days] };
    case 'state':
      return { type: 'state', entityId: condition.entityId, states: [...condition.states] };
    case 'numeric': {
      const at = (v: number | undefined) =>
        thresholdToForm(c, condition.entityId, condition.attribute, v);
      return {
        type: 'numeric',
        entityId: condition.entityId,
        attribute: orEmpty(condition.attribute),
        above: at(condition.above),
        below: at(condition.below),
      };
    }
    case 'presence':
      return { type: 'presence', personId: orEmpty(condition.personId), is: condition.is };
  }
}

export function actionToForm(action: Action, c: Convert): ActionRow {
  const enabled = !action.disabled;
  switch (action.type) {
    case 'control': {
      const { target } = action;
      const entity = target.kind === 'entity' ? entityIn(c, target.entityId) : undefined;
      return {
        type: 'control',
        enabled,
        targetKind: target.kind,
        entityId: target.kind === 'entity' ? target.entityId : '',
        areaId: target.kind === 'area' ? orEmpty(target.areaId) : '',
        domain: target.kind === 'area' ? target.domain : 'light',
        command: action.command,
        value: valueToForm(action.command, action.value, c.unit, entity),
      };
    }
    case 'run_routine':
      return { type: 'run_routine', enabled, routineId: action.routineId };
    case 'run_taught':
      return { type: 'run_taught', enabled, commandId: action.commandId };
    case 'wait':
      return {
        type: 'wait',
        enabled,
        minutes: String(Math.floor(action.seconds / 60)),
        seconds: String(action.seconds % 60),
      };
    case 'say':
      return { type: 'say', enabled, text: action.text };
    case 'notify':
      return { type: 'notify', enabled, title: action.title, body: orEmpty(action.body) };
  }
}

export function toForm(routine: Routine, c: Convert): RoutineForm {
  return {
    name: routine.name,
    conditionMode: routine.conditionMode,
    triggers: routine.triggers.map((t) => triggerToForm(t, c)),
    conditions: routine.conditions.map((x) => conditionToForm(x, c)),
    actions: routine.actions.map((a) => actionToForm(a, c)),
  };
}

// ---------- Form → routine (after the form's checks passed) ----------

export function triggerFromForm(row: TriggerRow, c: Convert): Trigger {
  switch (row.type) {
    case 'phrase':
      return { type: 'phrase', phrases: row.phrases.map((p) => p.text.trim()) };
    case 'time':
      return { type: 'time', at: row.at, days: sortedDays(row.days) };
    case 'sun': {
      const minutes = Math.round(readNumber(row.minutes) ?? 0);
      return {
        type: 'sun',
        event: row.event,
        offsetMinutes: row.side === 'before' && minutes !== 0 ? -minutes : minutes,
        days: sortedDays(row.days),
      };
    }
    case 'state':
      return {
        type: 'state',
        entityId: row.entityId,
        to: row.to,
        ...optional('from', orNone(row.from)),
        ...optional('forSeconds', secondsOf(row.forMinutes)),
      };
    case 'numeric': {
      const attribute = orNone(row.attribute);
      const at = (typed: string) => thresholdFromForm(c, row.entityId, attribute, typed);
      return {
        type: 'numeric',
        entityId: row.entityId,
        ...optional('attribute', attribute),
        ...optional('above', at(row.above)),
        ...optional('below', at(row.below)),
        ...optional('forSeconds', secondsOf(row.forMinutes)),
      };
    }
    case 'presence':
      return { type: 'presence', ...optional('personId', orNone(row.personId)), event: row.event };
  }
}

export function conditionFromForm(row: ConditionRow, c: Convert): Condition {
  switch (row.type) {
    case 'time':
      return { type: 'time', after: row.after, before: row.before };
    case 'sun':
      return { type: 'sun', is: row.is };
    case 'days':
      return { type: 'days', days: sortedDays(row.days) };
    case 'state':
      return { type: 'state', entityId: row.entityId, states: [...row.states] };
    case 'numeric': {
      const attribute = orNone(row.attribute);
      const at = (typed: string) => thresholdFromForm(c, row.entityId, attribute, typed);
      return {
        type: 'numeric',
        entityId: row.entityId,
        ...optional('attribute', attribute),
        ...optional('above', at(row.above)),
        ...optional('below', at(row.below)),
      };
    }
    case 'presence':
      return { type: 'presence', ...optional('personId', orNone(row.personId)), is: row.is };
  }
}

export function actionFromForm(row: ActionRow, c: Convert): Action {
  const base = row.enabled ? {} : { disabled: true };
  switch (row.type) {
    case 'control': {
      const entity = row.targetKind === 'entity' ? entityIn(c, row.entityId) : undefined;
      const value = valueFromForm(row.command, row.value, c.unit, entity);
      return {
        ...base,
        type: 'control',
        target:
          row.targetKind === 'entity'
            ? { kind: 'entity', entityId: row.entityId }
            : { kind: 'area', ...optional('areaId', orNone(row.areaId)), domain: row.domain },
        command: row.command,
        ...optional('value', value),
      };
    }
    case 'run_routine':
      return { ...base, type: 'run_routine', routineId: row.routineId };
    case 'run_taught':
      return { ...base, type: 'run_taught', commandId: row.commandId };
    case 'wait':
      return {
        ...base,
        type: 'wait',
        seconds: (readNumber(row.minutes) ?? 0) * 60 + (readNumber(row.seconds) ?? 0),
      };
    case 'say':
      return { ...base, type: 'say', text: row.text.trim() };
    case 'notify':
      return {
        ...base,
        type: 'notify',
        title: row.title.trim(),
        ...optional('body', orNone(row.body.trim())),
      };
  }
}

/** What the routine keeps from before the edit: its id, whether it is on, its times. */
export type RoutineBase = Pick<Routine, 'id' | 'enabled' | 'createdAt' | 'updatedAt'>;

export function fromForm(form: RoutineForm, base: RoutineBase, c: Convert): Routine {
  return {
    ...base,
    name: form.name.trim(),
    triggers: form.triggers.map((t) => triggerFromForm(t, c)),
    conditionMode: form.conditionMode,
    conditions: form.conditions.map((x) => conditionFromForm(x, c)),
    actions: form.actions.map((a) => actionFromForm(a, c)),
  };
}

// ---------- New rows ----------

export const TRIGGER_TYPES: readonly { type: TriggerRow['type']; label: string }[] = [
  { type: 'phrase', label: 'A phrase is said' },
  { type: 'time', label: 'At a time' },
  { type: 'sun', label: 'At sunrise or sunset' },
  { type: 'state', label: 'A device changes' },
  { type: 'numeric', label: 'A number goes above or below' },
  { type: 'presence', label: 'Someone arrives or leaves' },
];

export const CONDITION_TYPES: readonly { type: ConditionRow['type']; label: string }[] = [
  { type: 'time', label: 'Between two times' },
  { type: 'sun', label: 'It is dark or light outside' },
  { type: 'days', label: 'On certain days' },
  { type: 'state', label: 'A device is in a state' },
  { type: 'numeric', label: 'A number is above or below' },
  { type: 'presence', label: 'Someone is home or away' },
];

export const ACTION_TYPES: readonly { type: ActionRow['type']; label: string }[] = [
  { type: 'control', label: 'Turn devices on/off or set them' },
  { type: 'wait', label: 'Wait' },
  { type: 'say', label: 'Say something' },
  { type: 'notify', label: 'Send a notification' },
  { type: 'run_routine', label: 'Run another routine' },
  { type: 'run_taught', label: 'Do a taught command' },
];

export const typeLabel = (list: readonly { type: string; label: string }[], type: string): string =>
  list.find((t) => t.type === type)?.label ?? type;

export function newTrigger(type: TriggerRow['type']): TriggerRow {
  switch (type) {
    case 'phrase':
      return { type, phrases: [{ text: '' }] };
    case 'time':
      return { type, at: '07:00', days: [...EVERY_DAY] };
    case 'sun':
      return { type, event: 'sunset', side: 'after', minutes: '0', days: [...EVERY_DAY] };
    case 'state':
      return { type, entityId: '', to: '', from: '', forMinutes: '' };
    case 'numeric':
      return { type, entityId: '', attribute: '', above: '', below: '', forMinutes: '' };
    case 'presence':
      return { type, personId: '', event: 'arrives' };
  }
}

export function newCondition(type: ConditionRow['type']): ConditionRow {
  switch (type) {
    case 'time':
      return { type, after: '22:00', before: '06:00' };
    case 'sun':
      return { type, is: 'dark' };
    case 'days':
      return { type, days: [...WEEKDAYS] };
    case 'state':
      return { type, entityId: '', states: [] };
    case 'numeric':
      return { type, entityId: '', attribute: '', above: '', below: '' };
    case 'presence':
      return { type, personId: '', is: 'home' };
  }
}

export function newAction(type: ActionRow['type']): ActionRow {
  const enabled = true;
  switch (type) {
    case 'control':
      return {
        type,
        enabled,
        targetKind: 'entity',
        entityId: '',
        areaId: '',
        domain: 'light',
        command: '',
        value: '',
      };
    case 'run_routine':
      return { type, enabled, routineId: '' };
    case 'run_taught':
      return { type, enabled, commandId: '' };
    case 'wait':
      return { type, enabled, minutes: '5', seconds: '0' };
    case 'say':
      return { type, enabled, text: '' };
    case 'notify':
      return { type, enabled, title: '', body: '' };
  }
}
