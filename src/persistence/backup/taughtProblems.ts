// What the taught items' schema cannot see in a backup: two items with one id (the second would
// silently replace the first). References to devices, rooms and routines are not checked: a taught
// command whose devices are gone is kept and says so when used, as in the app.
import { quote } from '../problems.ts';
import type { Backup } from './format.ts';

export function taughtProblems(backup: Backup): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  backup.taught.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push(`taught[${i}].id: ${quote(item.id)} is used more than once`);
    seen.add(item.id);
  });
  return problems;
}
