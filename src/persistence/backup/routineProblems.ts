// What the routine schemas cannot see in a backup: duplicate ids, and saved versions, runs and
// held triggers of a routine the backup does not hold. The app never writes such a file (an export
// leaves out deleted routines together with their histories), so one is damaged or edited by hand.
// Actions that run another routine are not checked: a routine may name one deleted since.
import { quote } from '../problems.ts';
import type { Backup } from './format.ts';

function duplicates(what: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push(`${what}[${i}].id: ${quote(id)} is used more than once`);
    seen.add(id);
  });
  return problems;
}

export function routineProblems(backup: Backup): string[] {
  const ids = new Set(backup.routines.map((r) => r.id));
  const problems = duplicates(
    'routines',
    backup.routines.map((r) => r.id),
  );
  backup.routineVersions.forEach((version, i) => {
    if (!ids.has(version.routineId)) {
      problems.push(
        `routineVersions[${i}].routineId: A saved version refers to a routine that is not in the backup (${quote(version.routineId)}).`,
      );
    } else if (version.routine.id !== version.routineId) {
      // Restoring such a version would overwrite the routine it names instead.
      problems.push(
        `routineVersions[${i}].routine.id: A saved version of ${quote(version.routineId)} holds another routine (${quote(version.routine.id)}).`,
      );
    }
  });
  problems.push(
    ...duplicates(
      'routineRuns',
      backup.routineRuns.map((r) => r.id),
    ),
  );
  backup.routineRuns.forEach((run, i) => {
    if (!ids.has(run.routineId)) {
      problems.push(
        `routineRuns[${i}].routineId: A run refers to a routine that is not in the backup (${quote(run.routineId)}).`,
      );
    }
  });
  backup.runner?.held.forEach((held, i) => {
    if (!ids.has(held.routineId)) {
      problems.push(
        `runner.held[${i}].routineId: A trigger being waited on refers to a routine that is not in the backup (${quote(held.routineId)}).`,
      );
    }
  });
  return problems;
}
