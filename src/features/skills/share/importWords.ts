// The import page's pure parts: reading the skill a shared link put in the address, and what the
// page says once a skill was added.
import type { Skill } from '../../../domain/blueprints/model.ts';
import {
  parseSharedSkill,
  SKILL_LINK_PARAM,
  type ParseSharedSkillResult,
} from '../../../domain/blueprints/share.ts';
import { hashCarries } from '../../../domain/sharing/linkData.ts';

/** The skill in an address's hash (`#skill=…`), read; null when the hash carries none. */
export function readHash(hash: string): ParseSharedSkillResult | null {
  return hashCarries(hash, SKILL_LINK_PARAM) ? parseSharedSkill(hash) : null;
}

/** The confirmation after adding: what happened, and what to do next. */
export function addedNotice(skill: Pick<Skill, 'name' | 'status'>): {
  title: string;
  body: string;
} {
  return skill.status === 'enabled'
    ? {
        title: `Added “${skill.name}”`,
        body: `It is on: say “open ${skill.name}” to start it.`,
      }
    : {
        title: `Added “${skill.name}” as a draft`,
        body: 'It does not start by voice yet: look it over, then choose “Save and turn on”.',
      };
}
