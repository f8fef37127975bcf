// What the skills' schema cannot see in a backup: two skills with one id (the second would
// silently replace the first), and a form its blueprint does not accept. The form is checked by
// the blueprint the skill names, with the form's own labels, so the message says which skill and
// which field; such a file is refused whole rather than restored with a skill that cannot run.
import { skillConfigProblems } from '../../domain/blueprints/config.ts';
import { quote } from '../problems.ts';
import type { Backup } from './format.ts';

export function skillProblems(backup: Backup): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  backup.skills.forEach((skill, i) => {
    if (seen.has(skill.id))
      problems.push(`skills[${i}].id: ${quote(skill.id)} is used more than once`);
    seen.add(skill.id);
    for (const problem of skillConfigProblems(skill))
      problems.push(`skills[${i}].config: the skill ${quote(skill.name)} — ${problem}`);
  });
  return problems;
}
