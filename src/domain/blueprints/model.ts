// A skill as a person made it: which blueprint, the form they filled in, how it is started, and
// what it remembers between sessions. One zod definition serves storage, backups, sharing and the
// editor; the config itself is checked by its blueprint's schema (`config.ts`), since its shape
// depends on the blueprint.
import { z } from '../zod.ts';
import { BLUEPRINT_IDS } from './types.ts';

const recordId = z.string().check(z.minLength(1), z.maxLength(120));

export const MAX_SKILL_PHRASES = 5;

/** The name a skill is started by ("open House guide"): words, not punctuation. */
export const skillNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, 'give the skill a name of at least 2 letters'),
    z.maxLength(40, 'keep the name under 40 letters'),
    z.regex(/\p{L}/u, 'the name needs letters: it is what you say to start the skill'),
  );

const phraseSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, 'write the phrase or remove it'),
    z.maxLength(80, 'keep a phrase under 80 letters'),
  );

export const SKILL_STATUSES = ['draft', 'enabled', 'disabled'] as const;
export type SkillStatus = (typeof SKILL_STATUSES)[number];

export const skillSchema = z.strictObject({
  id: recordId,
  blueprint: z.enum(BLUEPRINT_IDS),
  name: skillNameSchema,
  /** Other ways to start it, besides "open <name>" ("whose turn is it to feed the cat"). */
  phrases: z
    .array(phraseSchema)
    .check(z.maxLength(MAX_SKILL_PHRASES, `at most ${MAX_SKILL_PHRASES} phrases`)),
  /** Draft: being made, not started by voice. Disabled: kept, not started by voice. */
  status: z.enum(SKILL_STATUSES),
  /** The blueprint's form; see config.ts. */
  config: z.unknown(),
  /** What it remembers between sessions (the blueprint's memory schema); absent: nothing yet. */
  memory: z.optional(z.unknown()),
  /** Simulated epoch ms. */
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type Skill = z.infer<typeof skillSchema>;
