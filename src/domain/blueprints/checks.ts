// What saving a skill must meet. Errors refuse the save: a name or phrase that is not valid, a
// form its template does not accept, words that steer the conversation ("stop", "help") as a way
// to start it. Warnings are for the person to confirm: the ways it is started ("open <name>",
// its name alone, its own phrases) colliding with what the assistant already understands, a
// routine, a taught command or another skill.
import { phraseCollisions, type CollisionContext } from '../teaching/collisions.ts';
import { phraseWords } from '../language/ownPhrases.ts';
import { skillConfigProblems } from './config.ts';
import { skillSchema, type Skill } from './model.ts';
import { skillOwners } from './phrases.ts';

export interface SkillProblems {
  errors: string[];
  warnings: string[];
}

export interface SkillCheckContext extends Omit<CollisionContext, 'skills'> {
  /** Every saved skill; the one being checked (same id) is skipped. */
  skills: readonly Skill[];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The words that start a skill, as said: "open <name>", the name, its own phrases. */
export function spokenStarts(skill: Pick<Skill, 'name' | 'phrases'>): string[] {
  return [`open ${skill.name}`, skill.name, ...skill.phrases];
}

/** Which meaning wins, as `interpret` orders them: routines, then skills, then the rest. */
function outcome(with_: string, name: string): string {
  if (with_ === 'routine') return 'Saying it will run the routine, not the skill.';
  if (with_ === 'skill') return 'Saying it would open only one of them.';
  return `Saying it will open ${name} instead.`;
}

export function checkSkill(skill: Skill, ctx: SkillCheckContext): SkillProblems {
  const parsed = skillSchema.safeParse(skill);
  if (!parsed.success)
    return { errors: parsed.error.issues.map((i) => `${capital(i.message)}.`), warnings: [] };
  const errors = skillConfigProblems(skill).map((p) => `${p}.`);
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const others = skillOwners(
    ctx.skills.filter((s) => s.id !== skill.id).map((s) => ({ ...s, status: 'enabled' as const })),
  );
  const collisionContext: CollisionContext = { ...ctx, skills: others };
  for (const phrase of spokenStarts(skill)) {
    const key = phraseWords(phrase).join(' ');
    const twice = seen.get(key);
    if (twice !== undefined) {
      if (phrase !== twice)
        warnings.push(`“${phrase}” is the same as “${twice}”, which already starts it.`);
      continue;
    }
    seen.set(key, phrase);
    for (const collision of phraseCollisions(phrase, collisionContext, skill.id)) {
      if (collision.refuse) errors.push(`${collision.text} It can't start a skill.`);
      else warnings.push(`${collision.text} ${outcome(collision.with, skill.name)}`);
    }
  }
  return { errors, warnings: [...new Set(warnings)] };
}
