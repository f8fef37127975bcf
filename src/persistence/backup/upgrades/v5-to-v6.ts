// Backup format 5 and its upgrade to format 6.
//
// Format 5 (see ../fixtures/backup-v5.json) is format 6 without `awareness`:
//   { format, version: 5, exportedAt, meta, settings, clock?, home, routines, routineVersions,
//     routineRuns, runner?, taught, skills, events }
// Format 6 adds an optional `awareness`: what the assistant remembers of the person's answers to
// its hunches and offers (devices never to ask about, devices it may put right on its own,
// follow-up rules switched off, habits not to offer). Format 5 had none, so the upgrade only
// changes the version; format 6's schema checks the result.
import { quote } from '../../problems.ts';
import type { UpgradeResult } from '../format.ts';

/** Format 5 -> format 6 shape. The caller validates the result with format 6's schema. */
export function upgradeV5toV6(data: unknown): UpgradeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['the backup must be an object'] };
  const v5 = data as Record<string, unknown>;
  // Not written by the app: format 5's strict schema would have refused it.
  if (Object.hasOwn(v5, 'awareness'))
    return { ok: false, problems: [`has unknown field(s) ${quote('awareness')}`] };
  return { ok: true, value: { ...v5, version: 6 } };
}
