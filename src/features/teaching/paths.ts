// Where the teaching page's views are. The page is one route, /learned, and its editor is chosen by
// the address's query (`?new=command`, `?edit=<id>`), so the app mounts a single page, a reload
// stays in the editor and Back goes back to the list. "~" makes each path absolute, whether or not
// the app nests the page under its own path.
import type { TaughtKind } from '../../domain/teaching/model.ts';

export const LIST_PATH = '~/learned';
export const ASSISTANT_PATH = '~/assistant';
export const HOME_PATH = '~/';

export const newPath = (kind: TaughtKind) => `${LIST_PATH}?new=${kind}`;
export const editPath = (id: string) => `${LIST_PATH}?edit=${encodeURIComponent(id)}`;

const KINDS: readonly TaughtKind[] = ['command', 'concept', 'name'];

export type View =
  { view: 'list' } | { view: 'new'; kind: TaughtKind } | { view: 'edit'; id: string };

/** The view a query string asks for; the list for anything it does not know. */
export function viewOf(search: string): View {
  const params = new URLSearchParams(search);
  const kind = params.get('new');
  if (kind !== null && (KINDS as readonly string[]).includes(kind))
    return { view: 'new', kind: kind as TaughtKind };
  const id = params.get('edit');
  if (id) return { view: 'edit', id };
  return { view: 'list' };
}
