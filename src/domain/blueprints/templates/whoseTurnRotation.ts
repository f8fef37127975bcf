// The fair rotation behind "Whose turn", kept in the skill's memory between sessions: per task,
// the order in which people come next and the last few turns with when they were given. A person
// who is skipped ("Maya can't") goes first next time, so over time everyone does as many turns.
import { z } from '../../zod.ts';

/** Turns remembered per task, for "who did it last?". */
export const MAX_HISTORY = 5;
/** Tasks remembered (the form allows 10; a few more leave room for renamed ones). */
const MAX_REMEMBERED_TASKS = 20;

export interface Turn {
  person: string;
  /** Simulated epoch ms when the turn was given. */
  at: number;
}

export interface TaskRotation {
  /** Who comes next, in order: the first is next up. */
  queue: string[];
  /** The most recent turn first. */
  history: Turn[];
}

export interface WhoseTurnMemory {
  /** By task (taskKey). */
  tasks: Record<string, TaskRotation>;
}

const name = z.string().check(z.maxLength(60));

export const whoseTurnMemorySchema: z.ZodMiniType<WhoseTurnMemory> = z.strictObject({
  tasks: z
    .record(
      z.string().check(z.maxLength(200)),
      z.strictObject({
        queue: z.array(name).check(z.maxLength(12)),
        history: z
          .array(z.strictObject({ person: name, at: z.number() }))
          .check(z.maxLength(MAX_HISTORY)),
      }),
    )
    .check(z.refine((t) => Object.keys(t).length <= MAX_REMEMBERED_TASKS)),
});

export const emptyMemory: WhoseTurnMemory = { tasks: {} };

/** How a task is known in memory: its words, whatever the case and spacing. */
export const taskKey = (task: string) => task.trim().toLowerCase().replace(/\s+/g, ' ');

const samePerson = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The task's rotation, brought in line with the form as it is now: people no longer listed are
 * left out, people added since join at the end, names are spelled as the form spells them.
 */
export function rotationOf(
  memory: WhoseTurnMemory,
  task: string,
  people: readonly string[],
): TaskRotation {
  const stored = memory.tasks[taskKey(task)];
  const names = people.map((p) => p.trim());
  const kept = (stored?.queue ?? []).flatMap((n) => names.filter((p) => samePerson(p, n)));
  const unique = kept.filter((n, i) => kept.indexOf(n) === i);
  return {
    queue: [...unique, ...names.filter((p) => !unique.includes(p))],
    history: stored?.history ?? [],
  };
}

/** Memory with one task's rotation replaced, keeping only the tasks the form still has. */
export function remember(
  memory: WhoseTurnMemory,
  tasks: readonly string[],
  task: string,
  rotation: TaskRotation,
): WhoseTurnMemory {
  const keys = new Set(tasks.map(taskKey));
  const next: Record<string, TaskRotation> = {};
  for (const [key, value] of Object.entries(memory.tasks)) if (keys.has(key)) next[key] = value;
  next[taskKey(task)] = {
    queue: rotation.queue,
    history: rotation.history.slice(0, MAX_HISTORY),
  };
  return { tasks: next };
}

/** Gives the turn to whoever is next; they go to the back of the line. */
export function nextTurn(
  rotation: TaskRotation,
  at: number,
): { person: string; rotation: TaskRotation } {
  const [person, ...rest] = rotation.queue;
  if (person === undefined) return { person: '', rotation };
  return {
    person,
    rotation: { queue: [...rest, person], history: [{ person, at }, ...rotation.history] },
  };
}

/**
 * The turn given at `given` goes to the next person who has not been skipped; everyone skipped
 * (in the order they were) goes to the front, so they come first next time. Undefined `person`:
 * everyone has been skipped, and nobody has the turn.
 */
export function skipTurn(
  rotation: TaskRotation,
  skipped: readonly string[],
  given: Turn,
  at: number,
): { person: string | undefined; rotation: TaskRotation } {
  const history = rotation.history.filter(
    (t) => !(t.at === given.at && samePerson(t.person, given.person)),
  );
  const person = rotation.queue.find((n) => !skipped.some((s) => samePerson(s, n)));
  const front = skipped.filter((s) => rotation.queue.some((n) => samePerson(s, n)));
  const others = rotation.queue.filter((n) => !front.includes(n) && n !== person);
  if (person === undefined) return { person, rotation: { queue: [...front, ...others], history } };
  return {
    person,
    rotation: { queue: [...front, ...others, person], history: [{ person, at }, ...history] },
  };
}
