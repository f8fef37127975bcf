// Settings -> Data: one-file backups out and in, and starting over from a scenario.
import { getDb } from '../persistence/instance.ts';
import { exportBackup, backupToText } from '../persistence/backup/export.ts';
import { parseBackup } from '../persistence/backup/parse.ts';
import { importBackup } from '../persistence/backup/import.ts';
import { MAX_BACKUP_CHARS, type ParseResult } from '../persistence/backup/format.ts';
import { formatDateTime } from '../domain/clock/format.ts';
import { simulatedNow } from './clock.ts';

export async function makeBackupFile(): Promise<{
  text: string;
  fileName: string;
  events: number;
  devices: number;
}> {
  const now = simulatedNow();
  const backup = await exportBackup(getDb(), now);
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return {
    text: backupToText(backup),
    fileName: `teachable-home-backup-${stamp}.json`,
    events: backup.events.length,
    devices: backup.home.entities.length,
  };
}

/** Reads and checks a chosen file without writing anything. */
export async function checkBackupFile(file: File): Promise<ParseResult & { text?: string }> {
  if (file.size > MAX_BACKUP_CHARS * 4) {
    return {
      ok: false,
      message: `This file is ${Math.round(file.size / 1024 / 1024)} MB, far larger than any Teachable Home backup.`,
      problems: [],
    };
  }
  const text = await file.text();
  const result = parseBackup(text);
  return result.ok ? { ...result, text } : result;
}

/** Replaces everything with the backup; validates all of it again first (the file may be stale). */
export function restoreBackup(text: string): Promise<ParseResult> {
  return importBackup(getDb(), text);
}

export function describeBackup(
  result: Extract<ParseResult, { ok: true }>,
  timeZone: string,
): string {
  const b = result.backup;
  const parts = [
    `${b.home.entities.length} devices in ${b.home.areas.length} rooms`,
    `${b.events.length.toLocaleString('en-GB')} events`,
    ...(b.routines.length > 0
      ? [`${b.routines.length} ${b.routines.length === 1 ? 'routine' : 'routines'}`]
      : []),
    // Commands, concepts and names alike: each is words the person taught.
    ...(b.taught.length > 0
      ? [`${b.taught.length} taught ${b.taught.length === 1 ? 'word' : 'words'}`]
      : []),
    ...(b.skills.length > 0
      ? [`${b.skills.length} ${b.skills.length === 1 ? 'skill' : 'skills'}`]
      : []),
  ];
  return `A backup made ${formatDateTime(b.exportedAt, timeZone)} (simulated time) with ${parts.slice(0, -1).join(', ')}${parts.length > 1 ? ' and ' : ''}${parts[parts.length - 1]}.${
    result.upgradedFrom
      ? ` It was made by an older version (format ${result.upgradedFrom}) and will be brought up to date.`
      : ''
  }`;
}
