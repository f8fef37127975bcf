// Where the skills pages are. The app mounts them at /skills with wouter's `nest`, so these paths
// are relative to it: "/new" is /skills/new. The list is '' rather than '/', so its address reads
// /skills (as the main menu's link does), not /skills/.
import { BLUEPRINT_IDS, type BlueprintId } from '../../domain/blueprints/types.ts';

export const LIST_PATH = '';
/** The gallery of templates on a page of its own. */
export const GALLERY_PATH = '/new';
export const IMPORT_PATH = '/import';

export const newSkillPath = (blueprint: BlueprintId) => `/new/${blueprint}`;
export const skillPath = (id: string) => `/${encodeURIComponent(id)}`;
/** The editor, opened to try the skill: the preview takes the focus. */
export const tryPath = (id: string) => `${skillPath(id)}?try=1`;
export const sharePath = (id: string) => `${skillPath(id)}/share`;

/** Whether the editor was opened by "Try it". */
export const wantsTry = (search: string) => new URLSearchParams(search).has('try');

/** A template's id from the address, or undefined when there is no such template. */
export function blueprintIdOf(text: string): BlueprintId | undefined {
  return (BLUEPRINT_IDS as readonly string[]).includes(text) ? (text as BlueprintId) : undefined;
}
