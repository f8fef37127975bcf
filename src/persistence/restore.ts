// Restore-on-read: rows come back from IndexedDB written by older code, by another tab running a
// newer build, or edited by hand in devtools. A row that fails its schema is repaired where the fix
// is unambiguous (clamp a number into range, cut text to length, drop an unknown or a broken
// optional field) and dropped otherwise. Either way the app keeps running, and it says so.
import type { z } from '../domain/zod.ts';
import { formatPath, humanErrors, issueToProblem } from './problems.ts';

export type Restored<T> =
  { ok: true; value: T; fixes: string[] } | { ok: false; problems: string[] };

type Bag = Record<PropertyKey, unknown>;
const MAX_ROUNDS = 4;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isBag(node)) return undefined;
    node = node[key];
  }
  return node;
}

function repair(
  root: unknown,
  issue: z.core.$ZodIssue,
  removals: Map<unknown[], Set<number>>,
): string | undefined {
  const where = formatPath(issue.path) || 'row';
  if (issue.code === 'unrecognized_keys') {
    const target = at(root, issue.path);
    if (!isBag(target)) return undefined;
    for (const key of issue.keys) delete target[key];
    return `${where}: removed unknown field(s) ${issue.keys.join(', ')}`;
  }
  const key = issue.path[issue.path.length - 1];
  const parent = at(root, issue.path.slice(0, -1));
  if (key === undefined || !isBag(parent) || !(key in parent)) return undefined;
  const value = parent[key];
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.inclusive !== false) {
    const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    if (typeof value === 'number' && Number.isFinite(value)) {
      parent[key] = bound;
      return `${where}: ${value} → ${bound}`;
    }
    if (issue.code === 'too_big' && (typeof value === 'string' || Array.isArray(value))) {
      parent[key] = value.slice(0, bound);
      return `${where}: cut to ${bound}`;
    }
  }
  if (Array.isArray(parent) && typeof key === 'number') {
    const marked = removals.get(parent) ?? new Set<number>();
    removals.set(parent, marked.add(key));
    return `${where}: removed (${issue.message})`;
  }
  // Only optional fields survive this: a required one comes back as "is missing" and the row is
  // dropped on the next round.
  delete parent[key];
  return `${where}: removed (${issue.message})`;
}

export function restore<T>(schema: z.ZodMiniType<T>, raw: unknown): Restored<T> {
  let current = raw;
  let firstProblems: string[] | undefined;
  const fixes: string[] = [];
  for (let round = 0; ; round++) {
    const result = schema.safeParse(current, { error: humanErrors });
    if (result.success) return { ok: true, value: result.data, fixes };
    firstProblems ??= result.error.issues.map((issue) => issueToProblem(issue));
    if (round === MAX_ROUNDS || !isBag(current)) return { ok: false, problems: firstProblems };
    if (round === 0) current = structuredClone(current);
    const removals = new Map<unknown[], Set<number>>();
    const applied = result.error.issues
      .map((issue) => repair(current, issue, removals))
      .filter((fix): fix is string => fix !== undefined);
    for (const [array, indexes] of removals) {
      const kept = array.filter((_, i) => !indexes.has(i));
      array.splice(0, array.length, ...kept);
    }
    if (applied.length === 0) return { ok: false, problems: firstProblems };
    fixes.push(...applied);
  }
}

const reported = new Set<string>();

/**
 * Live queries re-read on every change, so a bad row would be reported again and again until the
 * next write heals it: each message is printed once per page load.
 */
export function reportRestore(message: string): void {
  if (reported.has(message)) return;
  if (reported.size > 500) reported.clear();
  reported.add(message);
  console.warn(`[teachable-home] ${message}`);
}
