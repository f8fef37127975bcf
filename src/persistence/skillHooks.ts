// React views of the skills people made from blueprints (see hooks.ts for how live queries work).
// Each returns undefined until the first read completes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Skill } from '../domain/blueprints/model.ts';
import type { TeachableHomeDb } from './db.ts';
import { getDb } from './instance.ts';
import { getSkill, listSkills } from './skills.ts';

/** Every skill that is not deleted, by name. */
export function useSkills(db: TeachableHomeDb = getDb()): Skill[] | undefined {
  return useLiveQuery(() => listSkills(db), [db]);
}

/** One skill; `null` once read and there is none (or it was deleted). */
export function useSkill(id: string, db: TeachableHomeDb = getDb()): Skill | null | undefined {
  return useLiveQuery(async () => (await getSkill(db, id)) ?? null, [db, id]);
}
