// Sharing one skill (issue 6): as a file, or as a link that carries it in its hash
// (`/skills/import#skill=<data>`, never sent to any server). The receiving home reads it with
// parseSharedSkill (shareParse.ts), shows it (sharePreview.ts) and, once the person says so, adds
// it as a new skill with importedSkill. The mechanics every shared thing uses — link data, file
// names, reading the input, "(imported)" names — are in ../sharing.
import { shareFileName } from '../sharing/fileName.ts';
import { shareLink, toLinkData } from '../sharing/linkData.ts';
import { importedName } from '../sharing/names.ts';
import type { Skill, SkillStatus } from './model.ts';
import {
  SKILL_IMPORT_PATH,
  SKILL_LINK_PARAM,
  SKILL_SHARE_FORMAT,
  SKILL_SHARE_VERSION,
  type SharedSkill,
} from './shareFormat.ts';

export * from './shareFormat.ts';
export { parseSharedSkill, refuseSkillBySize, type ParseSharedSkillResult } from './shareParse.ts';
export { contentCounts, countOf, pluralLabel, previewSharedSkill } from './sharePreview.ts';

/** The longest name a skill may have (model.ts). */
const MAX_NAME = 40;

/** The skill as it travels: what it is and says, not what it remembers nor where it lives. */
export function exportSkill(skill: Skill, now: number): SharedSkill {
  return {
    format: SKILL_SHARE_FORMAT,
    version: SKILL_SHARE_VERSION,
    exportedAt: now,
    skill: {
      blueprint: skill.blueprint,
      name: skill.name,
      phrases: [...skill.phrases],
      config: skill.config,
    },
  };
}

/** The file's text: indented, so a curious person can read it. */
export function sharedSkillToText(shared: SharedSkill): string {
  return `${JSON.stringify(shared, null, 2)}\n`;
}

/** Link data: compact JSON → UTF-8 → base64url, safe in a URL without escaping. */
export function sharedSkillToLinkData(shared: SharedSkill): string {
  return toLinkData(shared);
}

/** The whole link, for the app at `origin` ("https://example.org"). */
export function sharedSkillLink(shared: SharedSkill, origin: string): string {
  return shareLink(origin, SKILL_IMPORT_PATH, SKILL_LINK_PARAM, sharedSkillToLinkData(shared));
}

/** "Trivia night" → "trivia-night.skill.json". */
export function sharedSkillFileName(shared: SharedSkill): string {
  return shareFileName(shared.skill.name, 'skill');
}

/**
 * The new skill an import adds: a fresh id and dates, nothing remembered yet, a name this home
 * does not have yet ("Trivia night (imported)"). A draft unless the person chose otherwise: a
 * skill someone else made starts by voice only once its new owner has looked at it.
 */
export function importedSkill(
  shared: SharedSkill,
  existing: readonly Skill[],
  newId: string,
  now: number,
  status: SkillStatus = 'draft',
): Skill {
  const { blueprint, name, phrases, config } = shared.skill;
  return {
    id: newId,
    blueprint,
    name: importedName(
      name,
      existing.map((s) => s.name),
      MAX_NAME,
    ),
    phrases: [...phrases],
    status,
    config,
    createdAt: now,
    updatedAt: now,
  };
}
