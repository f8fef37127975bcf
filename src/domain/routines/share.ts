// Sharing one routine (issue 4): as a file, or as a link that carries the routine in its hash
// (`/routines/import#routine=<data>`, never sent to any server). The receiving home reads it with
// parseShared (shareParse.ts), chooses its own devices for it (shareMapping.ts) and adds it.
import { DOMAINS, type Domain, type Entity, type Home } from '../home/model.ts';
import { shareFileName } from '../sharing/fileName.ts';
import { shareLink, toLinkData } from '../sharing/linkData.ts';
import type { Routine } from './model.ts';
import {
  IMPORT_PATH,
  LINK_PARAM,
  SHARED_FORMAT,
  SHARED_VERSION,
  type SharedDevice,
  type SharedRoutine,
  type SharedRoutineBody,
} from './shareFormat.ts';
import { deviceClassOf } from './shareMapping.ts';
import { routineRefs } from './shareRefs.ts';

export * from './shareFormat.ts';
export { parseShared, refuseBySize, type ParseSharedResult } from './shareParse.ts';
export * from './shareMapping.ts';
export { describeSharedDevice, previewImport, type ImportPreview } from './sharePreview.ts';

/** "front_door" → "Front door": the best name there is for something the home no longer has. */
function nameFromId(id: string): string {
  const words = (id.split('.').pop() ?? id).replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unnamed';
}

const isDomain = (value: string): value is Domain => (DOMAINS as readonly string[]).includes(value);

function describeEntity(entity: Entity, home: Home): SharedDevice {
  const cls = deviceClassOf(entity);
  const area = home.areas.find((a) => a.id === entity.area)?.name;
  return {
    name: entity.name,
    domain: entity.domain,
    ...(cls !== undefined && { deviceClass: cls }),
    ...(area !== undefined && { area }),
  };
}

/**
 * Steps that stay behind: taught commands belong to the person who taught them and this format
 * has no way to name them yet. `canShare` is false when nothing would be left to do.
 */
export function shareNotes(routine: Routine): { canShare: boolean; notes: string[] } {
  const taught = routine.actions.filter((a) => a.type === 'run_taught').length;
  if (taught === 0) return { canShare: true, notes: [] };
  if (taught === routine.actions.length)
    return {
      canShare: false,
      notes: [
        'This routine can’t be shared: all it does is taught commands, and those stay in this home.',
      ],
    };
  return {
    canShare: true,
    notes: [
      `${taught === 1 ? 'The step that does a taught command is' : `The ${taught} steps that do taught commands are`} left out: taught commands stay in this home.`,
    ],
  };
}

/**
 * The routine as it travels. Names come from this home; a device or room the routine still
 * mentions but the home no longer has is named from its id, so the other home can still choose.
 */
export function exportRoutine(
  routine: Routine,
  home: Home,
  routines: readonly Routine[],
  now: number,
): SharedRoutine {
  const { id: _id, createdAt: _created, updatedAt: _updated, enabled: _enabled, ...rest } = routine;
  const body: SharedRoutineBody = {
    ...rest,
    actions: rest.actions.filter((a) => a.type !== 'run_taught'),
  };
  const refs = routineRefs(body);
  const devices: Record<string, SharedDevice> = {};
  for (const id of refs.entities) {
    const entity = home.entities.find((e) => e.id === id);
    if (entity) devices[id] = describeEntity(entity, home);
    else {
      const domain = refs.people.includes(id) ? 'person' : (id.split('.')[0] ?? '');
      if (isDomain(domain)) devices[id] = { name: nameFromId(id), domain };
    }
  }
  const areas: Record<string, string> = {};
  for (const id of refs.areas)
    areas[id] = home.areas.find((a) => a.id === id)?.name ?? nameFromId(id);
  const names: Record<string, string> = {};
  for (const id of refs.routines)
    names[id] = routines.find((r) => r.id === id)?.name ?? 'A routine that no longer exists';
  return {
    format: SHARED_FORMAT,
    version: SHARED_VERSION,
    exportedAt: now,
    routine: body,
    devices,
    areas,
    routines: names,
  };
}

/** The file's text: indented, so a curious person can read it. */
export function sharedToText(shared: SharedRoutine): string {
  return `${JSON.stringify(shared, null, 2)}\n`;
}

/** Link data: compact JSON → UTF-8 → base64url, safe in a URL without escaping. */
export function sharedToLinkData(shared: SharedRoutine): string {
  return toLinkData(shared);
}

/** The whole link, for the app at `origin` ("https://example.org"). */
export function sharedLink(shared: SharedRoutine, origin: string): string {
  return shareLink(origin, IMPORT_PATH, LINK_PARAM, sharedToLinkData(shared));
}

/** "Good night" → "good-night.routine.json"; accents dropped, anything else becomes a dash. */
export function sharedFileName(shared: SharedRoutine): string {
  return shareFileName(shared.routine.name, 'routine');
}
