// The form's problems as one list for the summary at the top when saving fails ("2 things need
// fixing"): each with where it is, in words ("Step 2"), and the field to go to.
import type { FieldErrors } from 'react-hook-form';
import type { RoutineForm } from './formShape.ts';

export interface FormProblem {
  /** The field's name in the form ("actions.1.value"), to move focus there. */
  name: string;
  /** "Name", "Trigger 1", "Step 2", or the section for a list as a whole ("When"). */
  where: string;
  message: string;
}

const LISTS: Record<string, { one: string; all: string }> = {
  triggers: { one: 'Trigger', all: 'When' },
  conditions: { one: 'Condition', all: 'Only if' },
  actions: { one: 'Step', all: 'Do' },
};
const ORDER = ['name', 'triggers', 'conditions', 'actions'];

function whereOf(path: string[]): string {
  const [top, index] = path;
  if (top === undefined || top === 'name') return 'Name';
  const list = LISTS[top];
  if (!list) return 'The routine';
  return index === undefined ? list.all : `${list.one} ${Number(index) + 1}`;
}

interface ErrorNode {
  message?: unknown;
  type?: unknown;
  [key: string]: unknown;
}

export function listProblems(errors: FieldErrors<RoutineForm>): FormProblem[] {
  const found: FormProblem[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const error = node as ErrorNode;
    if (typeof error.message === 'string' && error.message !== '' && 'type' in error)
      found.push({ name: path.join('.'), where: whereOf(path), message: error.message });
    for (const key of Object.keys(error)) {
      // "ref" is the field's element; "types" repeats the messages.
      if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
      walk(error[key], key === 'root' ? path : [...path, key]);
    }
  };
  const record = errors as Record<string, unknown>;
  const keys = [
    ...ORDER.filter((k) => k in record),
    ...Object.keys(record).filter((k) => !ORDER.includes(k)),
  ];
  for (const key of keys) walk(record[key], key === 'root' ? [] : [key]);
  return found;
}

/** "1 thing needs fixing", "3 things need fixing". */
export function problemsTitle(count: number): string {
  return count === 1 ? '1 thing needs fixing' : `${count} things need fixing`;
}
