// Skills made from blueprints, as stored: the form a person filled in, how the skill is started,
// and what it remembers between sessions. Deleting only marks a skill (`deletedAt`), so it can be
// undone; lists leave marked ones out. Every row is validated when read back: a broken one is
// repaired where that is unambiguous, otherwise left out with a warning (see restore.ts). A skill
// whose form its blueprint no longer accepts is kept, since it is something a person made, but
// read as a draft: it is not started by voice until its form is fixed.
import { z } from '../domain/zod.ts';
import { skillConfigProblems } from '../domain/blueprints/config.ts';
import { skillSchema, type Skill } from '../domain/blueprints/model.ts';
import type { SkillRow, TeachableHomeDb } from './db.ts';
import { humanErrors, issueToProblem, limitProblems, quote } from './problems.ts';
import { reportRestore, restore } from './restore.ts';

const skillRowSchema: z.ZodMiniType<SkillRow> = z.extend(skillSchema, {
  deletedAt: z.optional(z.number()),
});

function byNameThenId(a: Skill, b: Skill): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The row as the app may use it: a form its blueprint refuses makes the skill a draft. */
function withUsableStatus(row: SkillRow): SkillRow {
  const problems = skillConfigProblems(row);
  if (problems.length === 0) return row;
  reportRestore(
    `The stored skill ${quote(row.name)} (${quote(row.id)}) no longer fits its blueprint, so it is kept as a draft: ${limitProblems(problems).join('; ')}`,
  );
  return row.status === 'draft' ? row : { ...row, status: 'draft' };
}

function readRows(rows: readonly unknown[]): SkillRow[] {
  const kept: SkillRow[] = [];
  for (const row of rows) {
    const result = restore(skillRowSchema, row);
    const { id } = (row ?? {}) as { id?: unknown };
    if (result.ok) {
      kept.push(withUsableStatus(result.value));
      if (result.fixes.length > 0)
        reportRestore(`Repaired a stored skill (${quote(String(id))}): ${result.fixes.join('; ')}`);
    } else {
      reportRestore(
        `Left a broken skill (${quote(String(id))}) out: ${result.problems.join('; ')}`,
      );
    }
  }
  return kept;
}

function withoutMark(row: SkillRow): Skill {
  const { deletedAt: _deleted, ...skill } = row;
  void _deleted;
  return skill;
}

/** The stored row, deleted or not; undefined when missing or broken beyond repair. */
async function readRow(db: TeachableHomeDb, id: string): Promise<SkillRow | undefined> {
  const row = await db.skills.get(id);
  return row === undefined ? undefined : readRows([row])[0];
}

/** Every skill that is not deleted, by name. */
export async function listSkills(db: TeachableHomeDb): Promise<Skill[]> {
  return readRows(await db.skills.toArray())
    .filter((row) => row.deletedAt === undefined)
    .map(withoutMark)
    .sort(byNameThenId);
}

/** One skill; undefined when there is none, it is deleted, or its row is broken. */
export async function getSkill(db: TeachableHomeDb, id: string): Promise<Skill | undefined> {
  const row = await readRow(db, id);
  return row === undefined || row.deletedAt !== undefined ? undefined : withoutMark(row);
}

/** The skills the assistant may start by voice: enabled and not deleted, by name. */
export async function enabledSkills(db: TeachableHomeDb): Promise<Skill[]> {
  return (await listSkills(db)).filter((skill) => skill.status === 'enabled');
}

function refuse(problems: readonly string[]): Error {
  return new Error(`This skill could not be saved: ${limitProblems(problems).join('; ')}.`);
}

/**
 * Saves a skill, new or changed (a new status is a save too). `createdAt` stays as first saved;
 * `updatedAt` becomes `now`. What a stored skill remembers is kept: only its sessions change that
 * (rememberSkill), so an editor holding an older copy cannot turn whose-turn back. Saving a
 * deleted skill brings it back. Throws, saving nothing, when the skill or its form is invalid.
 * Returns the skill as stored.
 */
export async function saveSkill(db: TeachableHomeDb, skill: Skill, now: number): Promise<Skill> {
  const checked = skillSchema.safeParse(skill, { error: humanErrors });
  if (!checked.success) throw refuse(checked.error.issues.map((i) => issueToProblem(i)));
  // Only now: the form is read by the blueprint the skill names, which must be a known one.
  const configProblems = skillConfigProblems(checked.data);
  if (configProblems.length > 0) throw refuse(configProblems);
  return db.transaction('rw', db.skills, async () => {
    const previous = await readRow(db, checked.data.id);
    const { memory: _given, ...rest } = checked.data;
    void _given;
    const memory = previous ? previous.memory : checked.data.memory;
    const saved: Skill = {
      ...rest,
      ...(memory !== undefined ? { memory } : {}),
      createdAt: previous?.createdAt ?? checked.data.createdAt,
      updatedAt: now,
    };
    await db.skills.put(saved);
    return saved;
  });
}

/** Marks a skill deleted (it can no longer be started). False when there is none. */
export async function deleteSkill(db: TeachableHomeDb, id: string, now: number): Promise<boolean> {
  const changed = await db.skills
    .where('id')
    .equals(id)
    .modify((row) => {
      row.deletedAt = now;
    });
  return changed > 0;
}

/** Undo of deleteSkill. False when there is no such skill. */
export async function undoDeleteSkill(db: TeachableHomeDb, id: string): Promise<boolean> {
  const changed = await db.skills
    .where('id')
    .equals(id)
    .modify((row) => {
      delete row.deletedAt;
    });
  return changed > 0;
}

/**
 * Keeps what a skill remembers between sessions (whose turn is next, the best score), changing
 * nothing else: not even `updatedAt`, which says when the person last edited the skill. False,
 * keeping nothing, when the skill is missing, deleted or broken beyond repair.
 */
export async function rememberSkill(
  db: TeachableHomeDb,
  id: string,
  memory: unknown,
): Promise<boolean> {
  return db.transaction('rw', db.skills, async () => {
    const row = await readRow(db, id);
    if (row === undefined || row.deletedAt !== undefined) return false;
    await db.skills.update(id, { memory });
    return true;
  });
}
