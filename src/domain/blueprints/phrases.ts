// The skills the assistant starts by voice: the enabled ones, by their names and start phrases.
import type { SkillOwner } from '../language/skillPhrases.ts';
import type { Skill } from './model.ts';

export function skillOwners(skills: readonly Skill[]): SkillOwner[] {
  return skills
    .filter((s) => s.status === 'enabled')
    .map((s) => ({ id: s.id, name: s.name, phrases: s.phrases }));
}
