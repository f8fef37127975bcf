// At the top of the form when saving fails: how many things need fixing, each with where it is in
// the form's words; choosing one moves to its field.
import { useFormState } from 'react-hook-form';
import type { FieldSpec } from '../../../domain/blueprints/types.ts';
import { fieldId } from './fieldKit.tsx';
import { listProblems, problemsTitle } from './formCheck.ts';
import type { SkillForm } from './formModel.ts';

/** The field itself, else the first control inside it or its group (a list's first entry). */
function focusField(name: string) {
  const id = fieldId(name);
  const target =
    document.getElementById(id) ??
    document.querySelector<HTMLElement>(
      ['input', 'textarea', 'select', 'button'].map((tag) => `${tag}[id^="${id}-"]`).join(', '),
    );
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}

export function ErrorSummary({ fields }: { fields: readonly FieldSpec[] }) {
  const { errors } = useFormState<SkillForm>();
  const problems = listProblems(errors, fields);
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      aria-labelledby="skill-problems-heading"
      className="rounded-2xl bg-red-50 p-4 ring-1 ring-red-300 dark:bg-red-950/40 dark:ring-red-800"
    >
      <h2 id="skill-problems-heading" className="font-semibold text-red-800 dark:text-red-300">
        {problemsTitle(problems.length)}
      </h2>
      <ul className="mt-2 flex flex-col gap-1">
        {problems.map((p) => (
          <li key={`${p.name}:${p.message}`}>
            <button
              type="button"
              onClick={() => focusField(p.name)}
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
