// Backup format 6 and its upgrade to format 7.
//
// Format 6 (see ../fixtures/backup-v6.json) is format 7 without `learning`:
//   { format, version: 6, exportedAt, meta, settings, clock?, home, routines, routineVersions,
//     routineRuns, runner?, taught, skills, awareness?, events }
// Format 7 adds an optional `learning`: what the assistant learned from how the person says
// things (rewrites from rephrasing with their evidence, preferences among versions of a title, the
// pause switch). Format 6 had none, so the upgrade only changes the version; format 7's schema
// checks the result.
import { quote } from '../../problems.ts';
import type { UpgradeResult } from '../format.ts';

/** Format 6 -> format 7 shape. The caller validates the result with format 7's schema. */
export function upgradeV6toV7(data: unknown): UpgradeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['the backup must be an object'] };
  const v6 = data as Record<string, unknown>;
  // Not written by the app: format 6's strict schema would have refused it.
  if (Object.hasOwn(v6, 'learning'))
    return { ok: false, problems: [`has unknown field(s) ${quote('learning')}`] };
  return { ok: true, value: { ...v6, version: 7 } };
}
