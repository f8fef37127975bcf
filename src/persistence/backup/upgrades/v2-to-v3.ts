// Backup format 2 and its upgrade to format 3.
//
// Format 2 (see ../fixtures/backup-v2.json) is format 3 without routines:
//   { format, version: 2, exportedAt, meta, settings, clock?, home, events }
// Format 3 adds routines, their saved versions and runs' traces (empty lists when upgrading:
// format 2 had no routines to keep) and the optional runner state. Everything else is unchanged,
// and format 3's schema checks the result.
import { quote } from '../../problems.ts';
import type { UpgradeResult } from '../format.ts';

const ADDED = ['routines', 'routineVersions', 'routineRuns', 'runner'] as const;

/** Format 2 -> format 3 shape. The caller validates the result with format 3's schema. */
export function upgradeV2toV3(data: unknown): UpgradeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['the backup must be an object'] };
  const v2 = data as Record<string, unknown>;
  // Format 2 never held these, so a "format 2" file with them was not written by the app: rather
  // than overwrite or trust them, refuse as format 2's strict schema would have.
  const unknown = ADDED.filter((key) => Object.hasOwn(v2, key));
  if (unknown.length > 0)
    return {
      ok: false,
      problems: [`has unknown field(s) ${unknown.map((key) => quote(key)).join(', ')}`],
    };
  return {
    ok: true,
    value: { ...v2, version: 3, routines: [], routineVersions: [], routineRuns: [] },
  };
}
