// Whether a routine's conditions hold right now, each with a short reason in plain words, so a
// trace can say "skipped: it is 14:10, outside 22:00–06:00" instead of just "skipped".
// Times and days are read on the home's clock (its time zone). Numbers are compared as the home
// keeps them (temperatures in °C); only the reasons show the person's temperature unit.
import { formatNumber, formatTemperature, stateWord } from '../home/format.ts';
import type { Entity, Home } from '../home/model.ts';
import { zonedParts } from '../clock/zoned.ts';
import { formatTime } from '../clock/format.ts';
import { sunTimes } from '../clock/sun.ts';
import type { HomeSettings } from '../settings/settings.ts';
import type { Condition, ConditionOf, Routine } from './model.ts';
import { isoWeekday, minutesOfDay } from './schedule.ts';
import { numberOf } from './triggers.ts';

export interface ConditionCheck {
  ok: boolean;
  /** Why, in a few plain words: "nobody is home", "the Back door is open". */
  why: string;
}

export interface ConditionResult extends ConditionCheck {
  condition: Condition;
}

export interface ConditionsCheck {
  ok: boolean;
  mode: Routine['conditionMode'];
  /** Every condition's result, in the routine's order (all are checked, for the trace). */
  results: ConditionResult[];
  /** The overall reason: the conditions that decided it. */
  why: string;
}

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

function clockText(minutes: number): string {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${h}:${m}`;
}

/** Words from an entity id, for a device that has been removed: "binary_sensor.back_door" → "Back door". */
function nameFromId(entityId: string): string {
  const words = (entityId.split('.')[1] ?? entityId).replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a sentence names a device or a person: "the Back door", "Anna". */
function called(entity: Entity | undefined, entityId: string): string {
  if (entity?.domain === 'person') return entity.name;
  if (entityId.startsWith('person.') && !entity) return nameFromId(entityId);
  return `the ${entity?.name ?? nameFromId(entityId)}`;
}

function gone(entityId: string): ConditionCheck {
  return { ok: false, why: `${called(undefined, entityId)} no longer exists` };
}

function joinOr(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

function joinAnd(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/**
 * `after` is inclusive and `before` exclusive. When `after` is later than `before` the window
 * wraps midnight (22:00–06:00 holds at 23:00 and at 05:59). Equal times mean the whole day: a
 * window that never held would only make the routine silently never run.
 */
function checkTime(c: ConditionOf<'time'>, now: number, settings: HomeSettings): ConditionCheck {
  const p = zonedParts(now, settings.location.timeZone);
  const t = p.hour * 60 + p.minute + p.second / 60;
  const after = minutesOfDay(c.after);
  const before = minutesOfDay(c.before);
  let ok: boolean;
  if (after === before) ok = true;
  else if (after < before) ok = t >= after && t < before;
  else ok = t >= after || t < before;
  const window = `${c.after}–${c.before}`;
  const time = clockText(p.hour * 60 + p.minute);
  return { ok, why: `it is ${time}, ${ok ? 'inside' : 'outside'} ${window}` };
}

function checkDays(c: ConditionOf<'days'>, now: number, settings: HomeSettings): ConditionCheck {
  const day = isoWeekday(zonedParts(now, settings.location.timeZone).weekday);
  const name = WEEKDAY_NAMES[day - 1] ?? '';
  const ok = c.days.includes(day);
  return { ok, why: ok ? `it is ${name}` : `it is ${name}, not one of the chosen days` };
}

function checkState(c: ConditionOf<'state'>, home: Home, settings: HomeSettings): ConditionCheck {
  const entity = home.entities.find((e) => e.id === c.entityId);
  if (!entity) return gone(c.entityId);
  const unit = settings.temperatureUnit;
  const deviceClass =
    'device_class' in entity.attributes ? entity.attributes.device_class : undefined;
  const word = (state: string) => stateWord(state, unit, entity.domain, deviceClass);
  const ok = c.states.includes(entity.state);
  const now = `${called(entity, c.entityId)} is ${word(entity.state)}`;
  if (ok) return { ok, why: now };
  return { ok, why: `${now}, not ${joinOr(c.states.map(word))}` };
}

// Attributes that hold °C, whatever the person's unit; the reason converts them for display.
const CELSIUS_ATTRIBUTES = new Set(['temperature', 'current_temperature']);

interface Reading {
  value: number;
  show: (n: number) => string;
}

function reading(
  entity: Entity,
  attribute: string | undefined,
  settings: HomeSettings,
): Reading | undefined {
  const unit = settings.temperatureUnit;
  const value = numberOf(entity, attribute);
  if (value === undefined) return undefined;
  const isCelsius =
    attribute === undefined
      ? entity.domain === 'sensor' && entity.attributes.device_class === 'temperature'
      : CELSIUS_ATTRIBUTES.has(attribute);
  const measure =
    attribute === undefined && entity.domain === 'sensor'
      ? entity.attributes.unit_of_measurement
      : undefined;
  const show = isCelsius
    ? (n: number) => formatTemperature(n, unit)
    : (n: number) => (measure ? `${formatNumber(n)} ${measure}` : formatNumber(n));
  return { value, show };
}

/** Above and below are strict, as in Home Assistant: "above 26" does not hold at exactly 26. */
function checkNumeric(
  c: ConditionOf<'numeric'>,
  home: Home,
  settings: HomeSettings,
): ConditionCheck {
  const entity = home.entities.find((e) => e.id === c.entityId);
  if (!entity) return gone(c.entityId);
  const who = called(entity, c.entityId);
  const r = reading(entity, c.attribute, settings);
  const what = c.attribute ? `${who}'s ${c.attribute.replace(/_/g, ' ')}` : who;
  if (!r) return { ok: false, why: `${what} has no number to compare` };
  if (c.above === undefined && c.below === undefined) {
    return { ok: false, why: 'no range was chosen' };
  }
  const okAbove = c.above === undefined || r.value > c.above;
  const okBelow = c.below === undefined || r.value < c.below;
  const ok = okAbove && okBelow;
  let range: string;
  if (c.above !== undefined && c.below !== undefined) {
    range = `between ${r.show(c.above)} and ${r.show(c.below)}`;
  } else if (c.above !== undefined) range = `above ${r.show(c.above)}`;
  else range = `below ${r.show(c.below ?? 0)}`;
  return { ok, why: `${what} is ${r.show(r.value)}, ${ok ? '' : 'not '}${range}` };
}

function checkPresence(c: ConditionOf<'presence'>, home: Home): ConditionCheck {
  if (c.personId !== undefined) {
    const person = home.entities.find((e) => e.id === c.personId);
    if (!person) return gone(c.personId);
    const isHome = person.state === 'home';
    const ok = c.is === 'home' ? isHome : !isHome;
    return { ok, why: `${called(person, c.personId)} is ${isHome ? 'home' : 'away'}` };
  }
  // "Anyone": home when at least one person is home; away when nobody is.
  const inside = home.entities.filter((e) => e.domain === 'person' && e.state === 'home');
  const someone = inside.length > 0;
  const ok = c.is === 'home' ? someone : !someone;
  const names = inside.map((p) => p.name);
  const why = someone
    ? `${joinAnd(names)} ${names.length === 1 ? 'is' : 'are'} home`
    : 'nobody is home';
  return { ok, why };
}

/** Dark from sunset to the next sunrise, on the home's calendar day; polar days and nights too. */
function checkSun(c: ConditionOf<'sun'>, now: number, settings: HomeSettings): ConditionCheck {
  const tz = settings.location.timeZone;
  const sun = sunTimes(now, settings.location);
  let dark: boolean;
  let why: string;
  if (sun.polar) {
    dark = sun.polar === 'night';
    why = dark ? 'the sun does not rise today' : 'the sun does not set today';
  } else if (sun.sunrise !== null && now < sun.sunrise) {
    dark = true;
    why = `it is before sunrise (${formatTime(sun.sunrise, tz)})`;
  } else if (sun.sunset !== null && now >= sun.sunset) {
    dark = true;
    why = `it is after sunset (${formatTime(sun.sunset, tz)})`;
  } else {
    dark = false;
    why = `it is daytime (sunset at ${sun.sunset === null ? '—' : formatTime(sun.sunset, tz)})`;
  }
  return { ok: c.is === 'dark' ? dark : !dark, why };
}

/** Whether one condition holds at `now` in this home, and why, in a few plain words. */
export function checkCondition(
  condition: Condition,
  home: Home,
  now: number,
  settings: HomeSettings,
): ConditionCheck {
  switch (condition.type) {
    case 'time':
      return checkTime(condition, now, settings);
    case 'days':
      return checkDays(condition, now, settings);
    case 'sun':
      return checkSun(condition, now, settings);
    case 'state':
      return checkState(condition, home, settings);
    case 'numeric':
      return checkNumeric(condition, home, settings);
    case 'presence':
      return checkPresence(condition, home);
  }
}

/**
 * A routine's conditions together: 'all' must each hold, 'any' needs one; no conditions is a yes.
 * Every condition is checked (no short cut) so the trace can show each one's result.
 */
export function checkConditions(
  routine: Pick<Routine, 'conditions' | 'conditionMode'>,
  home: Home,
  now: number,
  settings: HomeSettings,
): ConditionsCheck {
  const mode = routine.conditionMode;
  const results = routine.conditions.map((condition) => ({
    condition,
    ...checkCondition(condition, home, now, settings),
  }));
  if (results.length === 0) return { ok: true, mode, results, why: 'there are no conditions' };
  const passed = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const ok = mode === 'all' ? failed.length === 0 : passed.length > 0;
  // The deciding reasons: what failed when it failed, what held when it held.
  const why = joinAnd((ok ? passed : failed).map((r) => r.why));
  return { ok, mode, results, why };
}
