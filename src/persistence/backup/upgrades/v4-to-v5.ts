// Backup format 4 and its upgrade to format 5.
//
// Format 4 (see ../fixtures/backup-v4.json) is format 5 without skills:
//   { format, version: 4, exportedAt, meta, settings, clock?, home, routines, routineVersions,
//     routineRuns, runner?, taught, events }
// Format 5 adds `skills`: the skills a person made from blueprints, with what each remembers (an
// empty list when upgrading: format 4 had none to keep). Everything else is unchanged, and format
// 5's schema checks the result.
import { quote } from '../../problems.ts';
import type { UpgradeResult } from '../format.ts';

/** Format 4 -> format 5 shape. The caller validates the result with format 5's schema. */
export function upgradeV4toV5(data: unknown): UpgradeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['the backup must be an object'] };
  const v4 = data as Record<string, unknown>;
  // Format 4 never held skills, so a "format 4" file with them was not written by the app: rather
  // than overwrite or trust them, refuse as format 4's strict schema would have.
  if (Object.hasOwn(v4, 'skills'))
    return { ok: false, problems: [`has unknown field(s) ${quote('skills')}`] };
  return { ok: true, value: { ...v4, version: 5, skills: [] } };
}
