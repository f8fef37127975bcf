// Reading a backup file: everything is checked before anything is written, in order of cost and
// of how helpful the message is: size, JSON syntax, hostile field names, is it ours at all,
// version, upgrade, schema, references between rows.
import {
  formatPath,
  homeProblems,
  humanErrors,
  issueToProblem,
  limitProblems,
  quote,
} from '../problems.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_DEPTH,
  backupSchema,
  type Backup,
  type ParseResult,
  type UpgradeResult,
} from './format.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';
import { routineProblems } from './routineProblems.ts';
import { skillProblems } from './skillProblems.ts';
import { taughtProblems } from './taughtProblems.ts';
import { upgradeV1toV2 } from './upgrades/v1-to-v2.ts';
import { upgradeV2toV3 } from './upgrades/v2-to-v3.ts';
import { upgradeV3toV4 } from './upgrades/v3-to-v4.ts';
import { upgradeV4toV5 } from './upgrades/v4-to-v5.ts';
import { upgradeV5toV6 } from './upgrades/v5-to-v6.ts';
import { upgradeV6toV7 } from './upgrades/v6-to-v7.ts';

/** UPGRADES[n] turns format n into format n + 1. */
const UPGRADES: Record<number, (data: unknown) => UpgradeResult> = {
  1: upgradeV1toV2,
  2: upgradeV2toV3,
  3: upgradeV3toV4,
  4: upgradeV4toV5,
  5: upgradeV5toV6,
  6: upgradeV6toV7,
};

/**
 * Names that reach object prototypes when a parsed object is later merged or assigned into
 * another: refused anywhere in the file, whatever the schema would say about them.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function fail(message: string, problems: string[] = []): ParseResult {
  return { ok: false, message, problems: limitProblems(problems) };
}

/** A parent link instead of a path array per object: 100,000 events hold half a million objects. */
type Node = { value: object; key: PropertyKey; parent: Node | undefined; depth: number };

function pathOf(node: Node | undefined, key: PropertyKey): PropertyKey[] {
  const path = [key];
  for (let n = node; n && n.parent; n = n.parent) path.unshift(n.key);
  return path;
}

/** The first forbidden key, or a nesting too deep for any real backup. Iterative on purpose. */
function findHostileShape(root: unknown): ParseResult | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Node[] = [{ value: root, key: '', parent: undefined, depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.depth > MAX_BACKUP_DEPTH) {
      return fail('This file is nested far too deeply to be a Teachable Home backup.');
    }
    const isArray = Array.isArray(node.value);
    for (const key of Object.keys(node.value)) {
      if (!isArray && FORBIDDEN_KEYS.has(key)) {
        const where = formatPath(pathOf(node, key));
        return fail(
          `This file contains the field name ${quote(key)}, which is not allowed, so it was not imported.`,
          [`${where}: the field name ${quote(key)} is not allowed`],
        );
      }
      const child = (node.value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) {
        stack.push({
          value: child,
          key: isArray ? Number(key) : key,
          parent: node,
          depth: node.depth + 1,
        });
      }
    }
  }
  return undefined;
}

function duplicateEventIds(backup: Backup): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  backup.events.forEach((event, i) => {
    if (seen.has(event.id))
      problems.push(`events[${i}].id: ${quote(event.id)} is used more than once`);
    seen.add(event.id);
  });
  return problems;
}

function parseJson(text: string): { ok: true; data: unknown } | { ok: false; result: ParseResult } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const where = found
      ? `${found.problem} at line ${found.line}, column ${found.column} (character ${found.position + 1})`
      : String((error as Error).message).slice(0, 200);
    return { ok: false, result: fail(`This file is not valid JSON: ${where}.`) };
  }
}

/** Validates a backup file completely (upgrading an older format) without touching anything. */
export function parseBackup(text: string): ParseResult {
  if (typeof text !== 'string') return fail('This is not a Teachable Home backup.');
  if (text.length > MAX_BACKUP_CHARS) {
    const mb = Math.ceil(text.length / (1024 * 1024));
    return fail(
      `This file is too large (${mb} MB): a Teachable Home backup is at most ${MAX_BACKUP_CHARS / (1024 * 1024)} MB.`,
    );
  }
  if (text.trim() === '') return fail('This file is empty.');
  // Editors on Windows may save with a byte order mark, which JSON.parse refuses.
  const json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return json.result;
  const hostile = findHostileShape(json.data);
  if (hostile) return hostile;
  const data = json.data as Record<string, unknown> | null;
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    data.format !== BACKUP_FORMAT
  ) {
    return fail('This is not a Teachable Home backup.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This backup has no valid version number, so it cannot be read.', [
      'version: must be a whole number from 1',
    ]);
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Teachable Home (backup format ${version}; this app reads up to format ${BACKUP_VERSION}). Update the app, then import it again.`,
    );
  }
  let current: unknown = data;
  for (let from = version; from < BACKUP_VERSION; from++) {
    const step = UPGRADES[from];
    const upgraded = step
      ? step(current)
      : { ok: false as const, problems: [`no upgrade from format ${from}`] };
    if (!upgraded.ok) {
      return fail(
        `This backup (format ${version}) has problems, so nothing was imported.`,
        upgraded.problems,
      );
    }
    current = upgraded.value;
  }
  const parsed = backupSchema.safeParse(current, { error: humanErrors });
  if (!parsed.success) {
    return fail(
      'This backup has problems, so nothing was imported.',
      parsed.error.issues.map((issue) => issueToProblem(issue)),
    );
  }
  const problems = [
    ...homeProblems(parsed.data.home),
    ...routineProblems(parsed.data),
    ...taughtProblems(parsed.data),
    ...skillProblems(parsed.data),
    ...duplicateEventIds(parsed.data),
  ];
  if (problems.length > 0)
    return fail('This backup has problems, so nothing was imported.', problems);
  return version < BACKUP_VERSION
    ? { ok: true, backup: parsed.data, upgradedFrom: version }
    : { ok: true, backup: parsed.data };
}
