// A routine in plain words (issue 4, UI.md "summaries before forms"): one sentence for the list,
// "When you say 'good night' or at 22:30 on weekdays, if someone is home: turn off all the lights
// in the Living room, lock the Front door and set the Living room thermostat to 18 °C.", and short
// phrases for each trigger, condition and action in the editor and in traces. Names come from the
// home, never ids; temperatures are shown in the person's unit.
import { capitalize, joinList, quote, shortList } from '../assistant/words.ts';
import { formatNumber } from '../home/format.ts';
import { formatValue } from '../home/formatValue.ts';
import type { Entity } from '../home/model.ts';
import type { Condition, ConditionOf, Routine, Trigger, TriggerOf } from './model.ts';
import { describeAction } from './summaryActions.ts';
import { changeTo, heldIn, stateOf } from './summaryStates.ts';
import {
  agree,
  daysClause,
  daysPhrase,
  durationWords,
  findEntity,
  MISSING_PERSON,
  nameOf,
  type SummaryContext,
} from './summaryWords.ts';

export { describeAction, type SummaryContext };

/** Actions named in full in the summary; past this many, "… and 3 more". */
const ACTIONS_SHOWN = 3;

/** Attributes a numeric trigger or condition may watch, as people call them. */
const ATTRIBUTE_WORDS: Record<string, string> = {
  current_temperature: 'room temperature',
  temperature: 'target temperature',
  current_humidity: 'humidity',
  percentage: 'speed',
};

type Numeric = TriggerOf<'numeric'> | ConditionOf<'numeric'>;

/** What a numeric trigger watches: "the Kitchen temperature", "the brightness of the Hallway light". */
function numericSubject(entity: Entity | undefined, attribute: string | undefined): string {
  if (attribute === undefined) return nameOf(entity);
  const words = ATTRIBUTE_WORDS[attribute] ?? attribute.replace(/_/g, ' ');
  return `the ${words} of ${nameOf(entity)}`;
}

/** A threshold in the unit of what is watched: "26 °C" (or °F), "40 %", "400 lux". */
function threshold(
  entity: Entity | undefined,
  attribute: string | undefined,
  value: number,
  ctx: SummaryContext,
) {
  if (attribute !== undefined) return formatValue(attribute, value, ctx.unit);
  if (entity?.domain === 'sensor') {
    const { device_class, unit_of_measurement } = entity.attributes;
    return formatValue(
      'state',
      String(value),
      ctx.unit,
      'sensor',
      device_class,
      unit_of_measurement,
    );
  }
  return formatNumber(value);
}

/** "rises above 26 °C", "is between 18 °C and 26 °C"; `trigger` says it as a change. */
function numericPhrase(item: Numeric, ctx: SummaryContext, trigger: boolean): string {
  const entity = findEntity(ctx, item.entityId);
  const subject = numericSubject(entity, item.attribute);
  const show = (value: number) => threshold(entity, item.attribute, value, ctx);
  // Only a bare device name can sound plural ("the Kitchen counter lights"); "the … of" can't.
  const verb = (phrase: string) => (item.attribute === undefined ? agree(entity, phrase) : phrase);
  const { above, below } = item;
  let phrase: string;
  if (above !== undefined && below !== undefined)
    phrase = `is between ${show(above)} and ${show(below)}`;
  else if (above !== undefined)
    phrase = trigger ? `rises above ${show(above)}` : `is above ${show(above)}`;
  else if (below !== undefined)
    phrase = trigger ? `falls below ${show(below)}` : `is below ${show(below)}`;
  else phrase = trigger ? 'changes' : 'has any value';
  return `${subject} ${verb(phrase)}`;
}

function stateTrigger(trigger: TriggerOf<'state'>, ctx: SummaryContext): string {
  const entity = findEntity(ctx, trigger.entityId);
  const held = trigger.forSeconds ? durationWords(trigger.forSeconds) : undefined;
  const word = (state: string) => stateOf(entity, state, ctx.unit);
  let phrase: string;
  if (trigger.from !== undefined) {
    phrase = `goes from ${word(trigger.from)} to ${word(trigger.to)}`;
    if (held) phrase += ` and stays so for ${held}`;
  } else if (held) {
    phrase = `${heldIn(entity, trigger.to, ctx.unit)} for ${held}`;
  } else {
    phrase = changeTo(entity, trigger.to, ctx.unit);
  }
  return `when ${nameOf(entity)} ${agree(entity, phrase)}`;
}

function sunTrigger(trigger: TriggerOf<'sun'>): string {
  const { event, offsetMinutes: offset, days } = trigger;
  const when =
    offset === 0
      ? `at ${event}`
      : `${durationWords(Math.abs(offset) * 60)} ${offset < 0 ? 'before' : 'after'} ${event}`;
  return `${when} ${daysPhrase(days)}`;
}

/**
 * One trigger as a phrase that can follow "…or": "when you say 'good night'", "at 22:30 on
 * weekdays", "when the Front door sensor opens".
 */
export function describeTrigger(trigger: Trigger, ctx: SummaryContext): string {
  switch (trigger.type) {
    case 'phrase':
      return `when you say ${joinList(trigger.phrases.map(quote), 'or')}`;
    case 'time':
      return `at ${trigger.at} ${daysPhrase(trigger.days)}`;
    case 'sun':
      return sunTrigger(trigger);
    case 'state':
      return stateTrigger(trigger, ctx);
    case 'numeric': {
      const phrase = numericPhrase(trigger, ctx, true);
      return `when ${phrase}${trigger.forSeconds ? ` for ${durationWords(trigger.forSeconds)}` : ''}`;
    }
    case 'presence': {
      const arrives = trigger.event === 'arrives';
      // Without a person the runner fires for the first to arrive and the last to leave.
      if (trigger.personId === undefined)
        return arrives ? 'when the first person arrives home' : 'when the last person leaves';
      const person = nameOf(findEntity(ctx, trigger.personId), MISSING_PERSON);
      return `when ${person} ${arrives ? 'arrives home' : 'leaves'}`;
    }
  }
}

/** A condition as something that is so, to follow "if": "someone is home", "it is a weekday". */
function conditionClause(condition: Condition, ctx: SummaryContext): string {
  switch (condition.type) {
    case 'time':
      return `it is between ${condition.after} and ${condition.before}`;
    case 'days':
      return daysClause(condition.days);
    case 'sun':
      return condition.is === 'dark' ? 'it is dark outside' : 'it is daylight outside';
    case 'state': {
      const entity = findEntity(ctx, condition.entityId);
      const states = condition.states.map((s) => stateOf(entity, s, ctx.unit));
      return `${nameOf(entity)} ${agree(entity, `is ${joinList(states, 'or')}`)}`;
    }
    case 'numeric':
      return numericPhrase(condition, ctx, false);
    case 'presence': {
      const home = condition.is === 'home';
      if (condition.personId === undefined) return home ? 'someone is home' : 'nobody is home';
      const person = nameOf(findEntity(ctx, condition.personId), MISSING_PERSON);
      return `${person} is ${home ? 'home' : 'away'}`;
    }
  }
}

/** One condition for an editor row or a trace: "between 22:00 and 06:00", "if Emma is home". */
export function describeCondition(condition: Condition, ctx: SummaryContext): string {
  if (condition.type === 'time') return `between ${condition.after} and ${condition.before}`;
  if (condition.type === 'days') return daysPhrase(condition.days);
  return `if ${conditionClause(condition, ctx)}`;
}

/** The whole routine as one sentence; disabled actions are left out, as they don't run. */
export function summarizeRoutine(routine: Routine, ctx: SummaryContext): string {
  const when = joinList(
    routine.triggers.map((t) => describeTrigger(t, ctx)),
    'or',
  );
  const clauses = routine.conditions.map((c) => conditionClause(c, ctx));
  const only =
    clauses.length === 0
      ? ''
      : `, if ${joinList(clauses, routine.conditionMode === 'all' ? 'and' : 'or')}`;
  const actions = routine.actions.filter((a) => !a.disabled).map((a) => describeAction(a, ctx));
  const does =
    actions.length === 0
      ? 'nothing, as all its actions are switched off'
      : shortList(actions, ACTIONS_SHOWN);
  return `${capitalize(when)}${only}: ${does}.`;
}
