// Backup format 3 and its upgrade to format 4.
//
// Format 3 (see ../fixtures/backup-v3.json) is format 4 without taught items:
//   { format, version: 3, exportedAt, meta, settings, clock?, home, routines, routineVersions,
//     routineRuns, runner?, events }
// Format 4 adds `taught`: the commands, concepts and names a person taught the assistant (an empty
// list when upgrading: format 3 had none to keep). Everything else is unchanged, and format 4's
// schema checks the result.
import { quote } from '../../problems.ts';
import type { UpgradeResult } from '../format.ts';

/** Format 3 -> format 4 shape. The caller validates the result with format 4's schema. */
export function upgradeV3toV4(data: unknown): UpgradeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['the backup must be an object'] };
  const v3 = data as Record<string, unknown>;
  // Format 3 never held taught items, so a "format 3" file with them was not written by the app:
  // rather than overwrite or trust them, refuse as format 3's strict schema would have.
  if (Object.hasOwn(v3, 'taught'))
    return { ok: false, problems: [`has unknown field(s) ${quote('taught')}`] };
  return { ok: true, value: { ...v3, version: 4, taught: [] } };
}
