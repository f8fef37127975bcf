// Turning validation failures into sentences a person can act on: "home.entities[3].attributes.
// brightness: must be at most 100". Used for backups (many problems, listed) and for repairs
// on read (reported to the console).
import type { z } from '../domain/zod.ts';
import type { Home } from '../domain/home/model.ts';

/** A file with thousands of bad rows must not produce thousands of lines on screen. */
export const MAX_PROBLEMS_SHOWN = 10;

/** Quote text from a file, cut short: a hostile file may hold a 10 MB key or value. */
export function quote(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]{0,59}$/.test(segment)) {
      out += out ? `.${segment}` : segment;
    } else out += `[${quote(String(segment))}]`;
  }
  return out;
}

function list(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? quote(v) : String(v)));
  return values.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/**
 * A per-parse zod error map. Messages written into a schema (such as "entity ids look like …")
 * take precedence over it, so only zod's generic wording is replaced.
 */
export const humanErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `is too short (at least ${String(issue.minimum)} characters)`;
      }
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      return `must be at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${list(issue.values)}`
        : `must be one of ${list(issue.values)}`;
    case 'invalid_format':
      return 'has the wrong format';
    case 'unrecognized_keys':
      return `has unknown field(s) ${list(issue.keys, 5)}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options))
        return `must be one of ${list(issue.options)}`;
      return 'does not match any allowed shape';
    default:
      return undefined;
  }
};

export function issueToProblem(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
): string {
  const path = formatPath([...prefix, ...issue.path]);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** At most MAX_PROBLEMS_SHOWN lines, and a last one saying how many more there were. */
export function limitProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return [...problems];
  const more = problems.length - MAX_PROBLEMS_SHOWN;
  return [
    ...problems.slice(0, MAX_PROBLEMS_SHOWN),
    `…and ${more} more problem${more === 1 ? '' : 's'}.`,
  ];
}

/**
 * What a schema cannot see: duplicate ids and references between rows. Events are not checked
 * against entities: the log keeps events of devices that were removed since.
 */
export function homeProblems(home: Home, prefix = 'home'): string[] {
  const problems: string[] = [];
  const duplicates = (kind: 'floors' | 'areas' | 'entities', ids: string[]): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        problems.push(`${prefix}.${kind}[${i}].id: ${quote(id)} is used more than once`);
      seen.add(id);
    });
    return seen;
  };
  const floors = duplicates(
    'floors',
    home.floors.map((f) => f.id),
  );
  const areas = duplicates(
    'areas',
    home.areas.map((a) => a.id),
  );
  duplicates(
    'entities',
    home.entities.map((e) => e.id),
  );
  home.areas.forEach((a, i) => {
    if (a.floor !== undefined && !floors.has(a.floor)) {
      problems.push(`${prefix}.areas[${i}].floor: there is no floor ${quote(a.floor)}`);
    }
  });
  home.entities.forEach((e, i) => {
    if (e.area !== undefined && !areas.has(e.area)) {
      problems.push(`${prefix}.entities[${i}].area: there is no area ${quote(e.area)}`);
    }
  });
  return problems;
}
