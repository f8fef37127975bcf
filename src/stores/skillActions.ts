// What the skills pages call: checking and saving a skill (errors refuse, warnings are confirmed
// first), switching it on and off, duplicating, and deleting with undo. Lazy: off the first page.
import { checkSkill as checkSkillIn, type SkillProblems } from '../domain/blueprints/checks.ts';
import type { Skill, SkillStatus } from '../domain/blueprints/model.ts';
import { interpret } from '../domain/language/interpret.ts';
import { readHome } from '../persistence/home.ts';
import { getDb } from '../persistence/instance.ts';
import { listRoutines } from '../persistence/routines.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import {
  deleteSkill,
  getSkill,
  listSkills,
  saveSkill as store,
  undoDeleteSkill,
} from '../persistence/skills.ts';
import { listTaught } from '../persistence/taught.ts';
import { simulatedNow } from './clock.ts';

export type { SkillProblems };

let counter = 0;
/** A fresh skill id, unique across tabs. */
export function newSkillId(): string {
  counter = (counter + 1) % 1_000_000;
  return `skill-${Date.now().toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** What saving this skill would meet: `errors` refuse it, `warnings` need an explicit yes. */
export async function checkSkill(skill: Skill): Promise<SkillProblems> {
  const db = getDb();
  const [home, routines, taught, skills, settings] = await Promise.all([
    readHome(db),
    listRoutines(db),
    listTaught(db),
    listSkills(db),
    getHomeSettings(db),
  ]);
  return checkSkillIn(skill, {
    home,
    unit: settings.temperatureUnit,
    routines,
    taught,
    skills,
    interpret,
  });
}

/** Saves a skill, new or changed; throws, saving nothing, when it is invalid or refused. */
export async function saveSkill(skill: Skill): Promise<Skill> {
  const problems = await checkSkill(skill);
  if (problems.errors.length > 0) throw new Error(problems.errors.join(' '));
  return store(getDb(), skill, simulatedNow());
}

/** "Trivia night" → "Trivia night 2", or the next number free. */
export function copyName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.trim().toLowerCase()));
  const base = name.replace(/\s+\d+$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

async function duplicate(id: string): Promise<Skill> {
  const db = getDb();
  const [skill, all] = await Promise.all([getSkill(db, id), listSkills(db)]);
  if (!skill) throw new Error('That skill no longer exists.');
  const now = simulatedNow();
  const { memory: _memory, ...rest } = skill;
  void _memory;
  // A copy starts as a draft: two skills answering to one phrase would only confuse.
  return store(
    db,
    {
      ...rest,
      id: newSkillId(),
      name: copyName(
        skill.name,
        all.map((s) => s.name),
      ).slice(0, 40),
      phrases: [],
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    },
    now,
  );
}

async function setStatus(id: string, status: SkillStatus): Promise<void> {
  const db = getDb();
  const skill = await getSkill(db, id);
  if (!skill) throw new Error('That skill no longer exists.');
  await store(db, { ...skill, status }, simulatedNow());
}

export const skillActions = {
  remove: (id: string) => deleteSkill(getDb(), id, simulatedNow()),
  undoRemove: (id: string) => undoDeleteSkill(getDb(), id),
  setStatus,
  duplicate,
};
