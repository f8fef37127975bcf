// Which of a routine's device and people triggers a batch of changes sets off. Events say what
// changed from what to what; the homes before and after the batch settle "the first one home"
// and "the last one out". A trigger held for a while ("open for 5 minutes") fires later, if it
// still holds then: `holdsNow` checks that.
import type { HomeEvent } from '../activity/event.ts';
import type { Entity, Home } from '../home/model.ts';
import type { Routine, TriggerOf } from './model.ts';

export type DeviceTrigger = TriggerOf<'state'> | TriggerOf<'numeric'> | TriggerOf<'presence'>;

export interface Fired {
  trigger: DeviceTrigger;
  /** When it fired (the event's time); for held triggers, when the hold ends. */
  at: number;
  /** The trigger must still hold at `at` (it was "for N seconds"). */
  held: boolean;
  /** The cause of the change that set it off (by hand, by voice, another routine…). */
  cause: HomeEvent['cause'];
}

/** The number a numeric trigger or condition watches: the state (sensors) or an attribute. */
export function numberOf(
  entity: Entity | undefined,
  attribute: string | undefined,
): number | undefined {
  if (!entity) return undefined;
  const raw: unknown =
    attribute === undefined
      ? entity.state
      : (entity.attributes as Record<string, unknown>)[attribute];
  // An empty text is no reading, not zero.
  if (typeof raw === 'string' && raw.trim() === '') return undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

const inRange = (n: number | undefined, t: TriggerOf<'numeric'>) =>
  n !== undefined &&
  (t.above === undefined || n > t.above) &&
  (t.below === undefined || n < t.below);

const isPerson = (e: Entity) => e.domain === 'person';
const someoneHome = (home: Home) => home.entities.some((e) => isPerson(e) && e.state === 'home');

function stateChange(event: HomeEvent): { from: string; to: string } | undefined {
  const change = event.changes.find((c) => c.key === 'state');
  return change ? { from: String(change.from), to: String(change.to) } : undefined;
}

function fires(trigger: DeviceTrigger, event: HomeEvent, before: Home, after: Home): boolean {
  switch (trigger.type) {
    case 'state': {
      if (event.entityId !== trigger.entityId) return false;
      const change = stateChange(event);
      return (
        change !== undefined &&
        change.to === trigger.to &&
        (trigger.from === undefined || change.from === trigger.from)
      );
    }
    case 'numeric': {
      if (event.entityId !== trigger.entityId) return false;
      const key = trigger.attribute ?? 'state';
      const change = event.changes.find((c) => c.key === key);
      if (!change) return false;
      const was = typeof change.from === 'number' ? change.from : Number(change.from);
      const is = typeof change.to === 'number' ? change.to : Number(change.to);
      // Crossing into the range, not every change inside it.
      return !inRange(Number.isFinite(was) ? was : undefined, trigger) && inRange(is, trigger);
    }
    case 'presence': {
      if (event.domain !== 'person') return false;
      const change = stateChange(event);
      if (!change) return false;
      const arrived = change.to === 'home' && change.from !== 'home';
      const left = change.from === 'home' && change.to !== 'home';
      if (trigger.personId !== undefined)
        return (
          event.entityId === trigger.personId && (trigger.event === 'arrives' ? arrived : left)
        );
      // Anyone: the first one home, the last one out.
      return trigger.event === 'arrives'
        ? arrived && !someoneHome(before)
        : left && !someoneHome(after);
    }
  }
}

/** The device and people triggers of a routine that a batch of events sets off, in event order. */
export function firedBy(
  routine: Routine,
  events: readonly HomeEvent[],
  before: Home,
  after: Home,
): Fired[] {
  const out: Fired[] = [];
  for (const trigger of routine.triggers) {
    if (trigger.type !== 'state' && trigger.type !== 'numeric' && trigger.type !== 'presence')
      continue;
    const event = events.find((e) => fires(trigger, e, before, after));
    if (!event) continue;
    const hold = trigger.type === 'presence' ? 0 : (trigger.forSeconds ?? 0);
    out.push({ trigger, at: event.at + hold * 1000, held: hold > 0, cause: event.cause });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Whether a held trigger still holds: the door is still open five minutes later. */
export function holdsNow(trigger: DeviceTrigger, home: Home): boolean {
  const entity =
    trigger.type === 'presence' ? undefined : home.entities.find((e) => e.id === trigger.entityId);
  switch (trigger.type) {
    case 'state':
      return entity?.state === trigger.to;
    case 'numeric':
      return inRange(numberOf(entity, trigger.attribute), trigger);
    case 'presence':
      return true;
  }
}
