// The shared-skill format (issue 6, "Sharing"): one skill as a person made it — which template,
// the form they filled in, its name and start phrases — and nothing that belongs to the home it
// came from: not its id, whether it is switched on, its dates, nor what it remembers (best
// scores, whose turn it is), which stays home. Versioned: a newer app may write version 2, and
// this one must say so rather than guess.
import type { ShareKind } from '../sharing/read.ts';
import { z } from '../zod.ts';
import { skillSchema } from './model.ts';

export const SKILL_SHARE_FORMAT = 'teachable-home/skill';
export const SKILL_SHARE_VERSION = 1;

/** Where a shared link leads, in the app. */
export const SKILL_IMPORT_PATH = '/skills/import';
/** The hash parameter that carries a skill: `#skill=<data>`. */
export const SKILL_LINK_PARAM = 'skill';

/**
 * 300 kB of text. The largest form any template allows (50 questions with 10 ways to ask each
 * and long answers) is about a third of this in plain letters; the rest leaves room for scripts
 * whose letters take more space in a link. Anything bigger is not a skill.
 */
export const MAX_SHARED_SKILL_CHARS = 300_000;

/** No form nests deeper than a handful of levels; far deeper is an attack, not a skill. */
export const MAX_SHARED_SKILL_DEPTH = 16;

/** The skill as the shared reader knows it (sharing/read.ts). */
export const SKILL_SHARE: ShareKind = {
  noun: 'skill',
  format: SKILL_SHARE_FORMAT,
  version: SKILL_SHARE_VERSION,
  param: SKILL_LINK_PARAM,
  importTitle: 'Import a skill',
  maxChars: MAX_SHARED_SKILL_CHARS,
};

/** The part of a skill that travels; `config` is checked by its template's schema on arrival. */
export const sharedSkillBodySchema = z.pick(skillSchema, {
  blueprint: true,
  name: true,
  phrases: true,
  config: true,
});

export const sharedSkillSchema = z.strictObject({
  format: z.literal(SKILL_SHARE_FORMAT),
  version: z.literal(SKILL_SHARE_VERSION),
  /** Simulated epoch ms of the sending home. */
  exportedAt: z.number().check(z.minimum(0)),
  skill: sharedSkillBodySchema,
});

export type SharedSkill = z.infer<typeof sharedSkillSchema>;
export type SharedSkillBody = SharedSkill['skill'];
