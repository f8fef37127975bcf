// At the top of the form when saving (or trying) fails: how many things need fixing, each with
// where it is; choosing one moves to its field.
import { useFormContext, useFormState } from 'react-hook-form';
import type { RoutineForm } from './formShape.ts';
import { listProblems, problemsTitle } from './formErrors.ts';
import { fieldId } from './fields.tsx';

export function ErrorSummary() {
  const { setFocus } = useFormContext<RoutineForm>();
  const { errors } = useFormState<RoutineForm>();
  const problems = listProblems(errors);
  if (problems.length === 0) return null;
  const go = (name: string) => {
    const list = /^(triggers|conditions|actions)$/.exec(name)?.[1];
    if (list) return document.getElementById(`add-${list}`)?.focus();
    const before = document.activeElement;
    setFocus(name as Parameters<typeof setFocus>[0]);
    // A problem of a group ("Add at least one phrase") has no field of its own: go to its first.
    if (document.activeElement === before)
      document.querySelector<HTMLElement>(`[id^="${fieldId(name)}"]`)?.focus();
  };
  return (
    <div
      role="alert"
      aria-labelledby="routine-problems-heading"
      className="rounded-2xl bg-red-50 p-4 ring-1 ring-red-300 dark:bg-red-950/40 dark:ring-red-800"
    >
      <h2 id="routine-problems-heading" className="font-semibold text-red-800 dark:text-red-300">
        {problemsTitle(problems.length)}
      </h2>
      <ul className="mt-2 flex flex-col gap-1">
        {problems.map((p) => (
          <li key={`${p.name}:${p.message}`}>
            <button
              type="button"
              onClick={() => go(p.name)}
              className="text-left text-sm text-red-800 underline underline-offset-2 hover:no-underline dark:text-red-300"
            >
              {p.where}: {p.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
