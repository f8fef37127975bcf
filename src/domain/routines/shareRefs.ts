// What a routine refers to outside itself — devices and people, rooms, other routines — and the
// same routine with those references swapped for others. Sharing names the first on export and
// does the second on import, so both walk the routine the same way, here.
import type { Action, Condition, Trigger } from './model.ts';
import type { SharedRoutineBody } from './shareFormat.ts';

export interface RoutineRefs {
  /** Devices and people, in the order the routine first mentions them. */
  entities: string[];
  areas: string[];
  routines: string[];
  /** Entities the routine uses as people (presence triggers and conditions). */
  people: string[];
}

export function routineRefs(routine: SharedRoutineBody): RoutineRefs {
  const entities = new Set<string>();
  const areas = new Set<string>();
  const routines = new Set<string>();
  const people = new Set<string>();
  const visit = (item: Trigger | Condition) => {
    if (item.type === 'presence') {
      if (item.personId !== undefined) {
        entities.add(item.personId);
        people.add(item.personId);
      }
    } else if ('entityId' in item) entities.add(item.entityId);
  };
  routine.triggers.forEach(visit);
  routine.conditions.forEach(visit);
  for (const action of routine.actions) {
    if (action.type === 'run_routine') routines.add(action.routineId);
    if (action.type !== 'control') continue;
    if (action.target.kind === 'entity') entities.add(action.target.entityId);
    else if (action.target.areaId !== undefined) areas.add(action.target.areaId);
  }
  return {
    entities: [...entities],
    areas: [...areas],
    routines: [...routines],
    people: [...people],
  };
}

/** How each reference becomes another: the ids of this home. */
export interface RefSwap {
  entity: (id: string) => string;
  area: (id: string) => string;
  routine: (id: string) => string;
}

function swapTrigger(trigger: Trigger, swap: RefSwap): Trigger {
  if (trigger.type === 'presence')
    return trigger.personId === undefined
      ? trigger
      : { ...trigger, personId: swap.entity(trigger.personId) };
  if (trigger.type === 'state' || trigger.type === 'numeric')
    return { ...trigger, entityId: swap.entity(trigger.entityId) };
  return trigger;
}

function swapCondition(condition: Condition, swap: RefSwap): Condition {
  if (condition.type === 'presence')
    return condition.personId === undefined
      ? condition
      : { ...condition, personId: swap.entity(condition.personId) };
  if (condition.type === 'state' || condition.type === 'numeric')
    return { ...condition, entityId: swap.entity(condition.entityId) };
  return condition;
}

function swapAction(action: Action, swap: RefSwap): Action {
  if (action.type === 'run_routine')
    return { ...action, routineId: swap.routine(action.routineId) };
  if (action.type !== 'control') return action;
  const { target } = action;
  if (target.kind === 'entity')
    return { ...action, target: { ...target, entityId: swap.entity(target.entityId) } };
  if (target.areaId === undefined) return action;
  return { ...action, target: { ...target, areaId: swap.area(target.areaId) } };
}

/** The routine with every reference swapped; everything else (phrases, times, values) as it was. */
export function swapRefs<R extends SharedRoutineBody>(routine: R, swap: RefSwap): R {
  return {
    ...routine,
    triggers: routine.triggers.map((t) => swapTrigger(t, swap)),
    conditions: routine.conditions.map((c) => swapCondition(c, swap)),
    actions: routine.actions.map((a) => swapAction(a, swap)),
  };
}
