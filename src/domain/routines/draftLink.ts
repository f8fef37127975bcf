// A routine not yet saved, carried in the editor's address (`/routines/new?draft=<data>`): how
// another page opens the editor already filled in — a habit the assistant noticed, offered as a
// routine. What arrives is checked against the routine schema like anything else from outside; a
// damaged or hand-edited address opens nothing rather than a half-filled form.
import { fromLinkData, toLinkData } from '../sharing/linkData.ts';
import { routineSchema, type Routine } from './model.ts';

export type RoutineDraft = Omit<Routine, 'id' | 'createdAt' | 'updatedAt'>;

export const DRAFT_PARAM = 'draft';

/** Far more than a mined habit needs; stops a pasted address from carrying a whole backup. */
const MAX_DRAFT_CHARS = 20_000;

export function draftToParam(draft: RoutineDraft): string {
  return toLinkData(draft);
}

/** The draft an address carries; undefined when it is not a valid routine. */
export function draftFromParam(param: string | null | undefined): RoutineDraft | undefined {
  if (!param || param.length > MAX_DRAFT_CHARS) return undefined;
  const text = fromLinkData(param);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const checked = routineSchema.safeParse({ ...value, id: 'draft', createdAt: 0, updatedAt: 0 });
  if (!checked.success) return undefined;
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = checked.data;
  return draft;
}
