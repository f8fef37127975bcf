// What every field of the skill editor shares: ids from field names, the problem to show next to
// a field (once it was left, or once saving was tried), and the line that shows a group's problem.
import { createContext, useContext } from 'react';
import { get, useFormState } from 'react-hook-form';
import { capitalize } from '../startWords.ts';

/** A field's id from its name: "config.questions.0.answer" → "sf-config-questions-0-answer". */
export const fieldId = (name: string) => `sf-${name.replace(/\./g, '-')}`;

export const describedBy = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

/** True once saving failed: from then on every problem is shown. */
export const ShowAllProblems = createContext(false);

/**
 * Whether a field, or the list or group it is in, was left: a words list is touched as a whole,
 * and its entries' problems show from then on.
 */
function touched(touchedFields: unknown, name: string): boolean {
  const parts = name.split('.');
  for (let n = parts.length; n > 0; n--) {
    const t: unknown = get(touchedFields, parts.slice(0, n).join('.'));
    if (t === true) return true;
    if (n === parts.length && t !== undefined && typeof t === 'object') return false;
  }
  return false;
}

/**
 * The problem with a field (or with a list as a whole: "add at least one question"), once it is to
 * be shown, in sentence case. A row just added should not greet the person in red.
 */
export function useFieldError(name: string): string | undefined {
  const { errors, touchedFields, isSubmitted } = useFormState({ name });
  const showAll = useContext(ShowAllProblems);
  if (!showAll && !isSubmitted && !touched(touchedFields, name)) return undefined;
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return message ? capitalize(message) : undefined;
}

/** A problem that belongs to a group of fields (a list, the days) rather than to one. */
export function GroupError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}
