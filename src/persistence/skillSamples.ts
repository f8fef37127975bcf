// Test helpers: skills made from real blueprints (their examples), and a few stored the way the
// app stores them (one deleted but still undoable), for the skills and backup tests. Imported by
// tests only.
import type { Skill } from '../domain/blueprints/model.ts';
import { blueprintById } from '../domain/blueprints/registry.ts';
import { talk } from '../domain/blueprints/testing.ts';
import type { TeachableHomeDb } from './db.ts';
import { deleteSkill, rememberSkill, saveSkill } from './skills.ts';
import { T0 } from './testing.ts';

/** "Dad jokes": the Jokes blueprint's example, enabled. */
export function sampleSkill(overrides: Partial<Skill> = {}): Skill {
  return {
    id: 'dad_jokes',
    blueprint: 'jokes',
    name: 'Dad jokes',
    phrases: ['tell me a joke'],
    status: 'enabled',
    config: structuredClone(blueprintById('jokes').example),
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** "Feed the cat": the Whose turn blueprint's example, not finished yet. */
export function sampleDraft(overrides: Partial<Skill> = {}): Skill {
  return sampleSkill({
    id: 'feed_cat',
    blueprint: 'whoseTurn',
    name: 'Feed the cat',
    phrases: [],
    status: 'draft',
    config: structuredClone(blueprintById('whoseTurn').example),
    ...overrides,
  });
}

/** What the jokes skill remembers after telling two jokes: a real memory, from its runtime. */
export function jokesMemory(): unknown {
  const memory = talk(blueprintById('jokes'), ['stop', 'open dad jokes']).memory;
  if (memory === undefined) throw new Error('the jokes skill remembered nothing');
  return memory;
}

/**
 * Dad jokes (renamed once, with what it remembers), a draft, a disabled skill, and one deleted
 * but still undoable, which lists and backups leave out.
 */
export async function seedSkills(db: TeachableHomeDb): Promise<void> {
  await saveSkill(db, sampleSkill({ name: 'Jokes' }), T0 + 100);
  await saveSkill(db, sampleSkill(), T0 + 200);
  await rememberSkill(db, 'dad_jokes', jokesMemory());
  await saveSkill(db, sampleDraft(), T0 + 300);
  await saveSkill(
    db,
    sampleSkill({
      id: 'kind_words',
      blueprint: 'compliments',
      name: 'Kind words',
      phrases: ['cheer me up'],
      status: 'disabled',
      config: structuredClone(blueprintById('compliments').example),
    }),
    T0 + 400,
  );
  await saveSkill(
    db,
    sampleSkill({
      id: 'old_facts',
      blueprint: 'funFacts',
      name: 'Old facts',
      phrases: [],
      config: structuredClone(blueprintById('funFacts').example),
    }),
    T0 + 500,
  );
  await deleteSkill(db, 'old_facts', T0 + 600);
}
