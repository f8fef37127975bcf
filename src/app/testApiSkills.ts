// The skills part of window.teachableHome, loaded on first use (skills are off the first page).
import { blueprintById } from '../domain/blueprints/registry.ts';
import { BLUEPRINT_IDS, type BlueprintId } from '../domain/blueprints/types.ts';
import type { SkillStatus } from '../domain/blueprints/model.ts';
import { getDb } from '../persistence/instance.ts';
import { listSkills } from '../persistence/skills.ts';
import { newSkillId, saveSkill } from '../stores/skillActions.ts';
import { simulatedNow } from '../stores/clock.ts';

export interface SkillSummary {
  id: string;
  name: string;
  blueprint: BlueprintId;
  template: string;
  status: SkillStatus;
  phrases: string[];
}

export async function list(): Promise<SkillSummary[]> {
  return (await listSkills(getDb())).map((s) => ({
    id: s.id,
    name: s.name,
    blueprint: s.blueprint,
    template: blueprintById(s.blueprint).title,
    status: s.status,
    phrases: [...s.phrases],
  }));
}

export interface NewSkill {
  blueprint: BlueprintId;
  name: string;
  /** The template's form; the template's example when left out. */
  config?: unknown;
  phrases?: string[];
  status?: SkillStatus;
}

/** Adds a skill as saving the form does (checked the same way; collisions are not asked about). */
export async function add(skill: NewSkill): Promise<SkillSummary> {
  if (!BLUEPRINT_IDS.includes(skill.blueprint))
    throw new Error(
      `There is no template “${skill.blueprint}”. Templates: ${BLUEPRINT_IDS.join(', ')}.`,
    );
  const now = simulatedNow();
  const saved = await saveSkill({
    id: newSkillId(),
    blueprint: skill.blueprint,
    name: skill.name,
    phrases: skill.phrases ?? [],
    status: skill.status ?? 'enabled',
    config: skill.config ?? blueprintById(skill.blueprint).example,
    createdAt: now,
    updatedAt: now,
  });
  return (await list()).find((s) => s.id === saved.id)!;
}
