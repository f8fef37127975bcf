// What a follow-up rule looks at: the home before and after a request, the request's events, the
// time on the home's clock, and the person's routines — plus small readings shared by the rules
// ("late at night", "after dark", "the lights of this room", "did a person just leave").
import type { Cause } from '../../activity/cause.ts';
import type { HomeEvent } from '../../activity/event.ts';
import { sunTimes } from '../../clock/sun.ts';
import { zonedParts } from '../../clock/zoned.ts';
import type { Entity, EntityOf, Home } from '../../home/model.ts';
import type { Domain } from '../../home/model.ts';
import type { Routine } from '../../routines/model.ts';
import type { FollowUpOffer, MomentKind } from '../types.ts';
import { momentOfText, routineMoment } from './momentWords.ts';

export interface FollowUpContext {
  before: Home;
  after: Home;
  /** The events of this request only. */
  events: readonly HomeEvent[];
  /** The request's intent ("HassTurnOff", "RunRoutine"). */
  intent: string;
  now: number;
  timeZone: string;
  /** The enabled routines, so an offer can name one ("Shall I run Good night?"). */
  routines: readonly Routine[];
  /** The routine the request ran, if it ran one (its id). */
  ranRoutine?: string;
  /** Where the home is, for "after dark"; without it, evening and night hours stand in. */
  location?: { latitude: number; longitude: number };
}

export interface FollowUpRule {
  /** Stable: answers are counted under it, and Settings switches it off by it. */
  id: string;
  /** The rule in plain words, for Settings and "Why?". */
  title: string;
  offer(context: FollowUpContext): FollowUpOffer | undefined;
}

/** Minutes after midnight on the home's clock. */
export function minuteOfDay(context: FollowUpContext): number {
  const { hour, minute } = zonedParts(context.now, context.timeZone);
  return hour * 60 + minute;
}

/** Whether now is between two clock times ("HH:MM"), the window may wrap midnight. */
export function between(context: FollowUpContext, from: string, to: string): boolean {
  const minutes = (time: string) => {
    const [h = 0, m = 0] = time.split(':').map(Number);
    return h * 60 + m;
  };
  const now = minuteOfDay(context);
  const start = minutes(from);
  const end = minutes(to);
  return start <= end ? now >= start && now < end : now >= start || now < end;
}

/** After sunset and before sunrise at the home; without a location, 19:00 to 07:00. */
export function isDark(context: FollowUpContext): boolean {
  const { location } = context;
  if (!location) return between(context, '19:00', '07:00');
  const sun = sunTimes(context.now, { ...location, timeZone: context.timeZone });
  if (sun.polar) return sun.polar === 'night';
  if (sun.sunrise === null || sun.sunset === null) return between(context, '19:00', '07:00');
  return context.now < sun.sunrise || context.now >= sun.sunset;
}

export const entitiesOf = <D extends Domain>(home: Home, domain: D): EntityOf<D>[] =>
  home.entities.filter((e): e is EntityOf<D> => e.domain === domain);

export const deviceClass = (entity: Entity): string | undefined =>
  'device_class' in entity.attributes ? entity.attributes.device_class : undefined;

export const areaName = (home: Home, areaId: string | undefined): string | undefined =>
  home.areas.find((a) => a.id === areaId)?.name;

/** The state an event moved its device from and to, when the state changed. */
export function stateChange(event: HomeEvent): { from: string; to: string } | undefined {
  const change = event.changes.find((c) => c.key === 'state');
  return change ? { from: String(change.from), to: String(change.to) } : undefined;
}

/** The events of this request that moved a device of `domain` into one of the states `to`. */
export function changedTo(
  context: FollowUpContext,
  domain: Domain,
  to: readonly string[],
): HomeEvent[] {
  return context.events.filter((e) => {
    const change = e.domain === domain ? stateChange(e) : undefined;
    return change !== undefined && change.from !== change.to && to.includes(change.to);
  });
}

/** The device as it is after the request. */
export const afterOf = (context: FollowUpContext, id: string): Entity | undefined =>
  context.after.entities.find((e) => e.id === id);

/** Routines, from a cause chain, that set these events off. */
function routineCauses(cause: Cause | undefined): Extract<Cause, { kind: 'routine' }>[] {
  const found: Extract<Cause, { kind: 'routine' }>[] = [];
  for (let c = cause; c; c = c.parent) if (c.kind === 'routine') found.push(c);
  return found;
}

/** The routines this request ran: the one it asked for and those its events came from. */
export function routinesRun(context: FollowUpContext): { id: string; name: string }[] {
  const run = new Map<string, string>();
  if (context.ranRoutine !== undefined) {
    const routine = context.routines.find((r) => r.id === context.ranRoutine);
    run.set(context.ranRoutine, routine?.name ?? '');
  }
  for (const event of context.events)
    for (const cause of routineCauses(event.cause)) run.set(cause.routineId, cause.routineName);
  return [...run].map(([id, name]) => ({ id, name }));
}

/** The moment a routine this request ran is for, by its phrases or, failing that, its name. */
export function momentRun(context: FollowUpContext, kind: MomentKind): string | undefined {
  for (const { id, name } of routinesRun(context)) {
    const routine = context.routines.find((r) => r.id === id);
    if ((routine ? routineMoment(routine) : momentOfText(name)) === kind)
      return routine?.name ?? name;
  }
  return undefined;
}

/** Whether this request took the last person out of the home. */
export function lastPersonLeft(context: FollowUpContext): boolean {
  const people = entitiesOf(context.after, 'person');
  return (
    people.length > 0 &&
    people.every((p) => p.state !== 'home') &&
    changedTo(context, 'person', ['not_home']).length > 0
  );
}
