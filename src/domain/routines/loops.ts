// Loops are refused when a routine is saved (issue 4): a routine that runs another that runs it
// back, or one whose own actions would set it off again. Each finding says why, in words, with
// the routines' names, so the editor can show it next to the action that closes the loop.
import type { Routine } from './model.ts';

export interface Loop {
  /** The routines around the loop, by name, starting and ending with the one being saved. */
  path: string[];
  /** In plain words: "Good night runs Lights out, which runs Good night again." */
  message: string;
}

/** The routines a routine runs directly (enabled actions only: a disabled one runs nothing). */
function runs(routine: Routine): string[] {
  return routine.actions.flatMap((a) =>
    a.type === 'run_routine' && !a.disabled ? [a.routineId] : [],
  );
}

/**
 * Whether saving `candidate` (new or edited) would close a loop of routines running routines.
 * `others` are the routines already saved; the candidate replaces its stored version.
 */
export function findRunLoop(candidate: Routine, others: readonly Routine[]): Loop | undefined {
  const byId = new Map(others.map((r) => [r.id, r] as const));
  byId.set(candidate.id, candidate);
  const nameOf = (id: string) => byId.get(id)?.name ?? 'a routine that no longer exists';

  // Depth-first from the candidate; a path back to it is the loop.
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const next of runs(byId.get(id) ?? candidate)) {
      if (next === candidate.id) return [...path, next];
      if (seen.has(next) || !byId.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  const ids = walk(candidate.id, [candidate.id]);
  if (!ids) return undefined;
  const names = ids.map(nameOf);
  return { path: names, message: describeLoop(names) };
}

function describeLoop(names: readonly string[]): string {
  if (names.length === 2) return `${names[0]} would run itself, again and again.`;
  const middle = names.slice(1, -1).map((n) => `${n}`);
  const chain = middle.map((n, i) => (i === 0 ? `runs ${n}` : `which runs ${n}`)).join(', ');
  return `${names[0]} ${chain}, which runs ${names[0]} again: they would never stop.`;
}

/**
 * Whether the routine's own actions would set it off again: it fires when a device changes to a
 * state, and one of its actions controls that same device (directly, or as one of a kind in the
 * whole home or the device's room). Such routines are refused, except when a condition could
 * stop the second run — that judgement is left to the person, so this only reports.
 */
export function findSelfTrigger(
  routine: Routine,
  areaOf: (entityId: string) => string | undefined,
): string | undefined {
  const watched = routine.triggers.flatMap((t) =>
    t.type === 'state' || t.type === 'numeric' ? [t.entityId] : [],
  );
  for (const entityId of watched) {
    const domain = entityId.split('.')[0];
    const hit = routine.actions.some((a) => {
      if (a.type !== 'control' || a.disabled) return false;
      if (a.target.kind === 'entity') return a.target.entityId === entityId;
      return (
        a.target.domain === domain &&
        (a.target.areaId === undefined || a.target.areaId === areaOf(entityId))
      );
    });
    if (hit)
      return `${routine.name} changes the device that starts it, so it would start itself again.`;
  }
  return undefined;
}
