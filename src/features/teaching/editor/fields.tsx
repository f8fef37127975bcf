// The editor's labelled fields, wired to whichever form they are in: each shows its problem in
// plain words next to it (once the field was left, or once saving was tried) and is linked to it
// for screen readers.
import type { ReactNode } from 'react';
import { get, useController, useFormContext, useFormState } from 'react-hook-form';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';

/** A field's id from its name: "phrases.0.text" → "tf-phrases-0-text". */
export const fieldId = (name: string) => `tf-${name.replace(/\./g, '-')}`;

export const describedBy = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

/**
 * The problem with a field (or a list: "Add at least one step"), once it is to be shown: after the
 * field was left, or once saving was tried. A field just added should not greet the person in red.
 */
export function useFieldError(name: string): string | undefined {
  const { errors, touchedFields, isSubmitted } = useFormState({ name });
  if (!isSubmitted && !get(touchedFields, name)) return undefined;
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  list?: string;
  className?: string;
  /** Beside the field, on its line: a "Remove" button. */
  after?: ReactNode;
}

export function TextField({
  name,
  label,
  hint,
  inputMode,
  list,
  className,
  after,
}: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={className}>
      <Field id={id} label={label} error={error} {...(hint !== undefined && { hint })}>
        <div className="flex items-center gap-2">
          <input
            id={id}
            type="text"
            inputMode={inputMode}
            list={list}
            autoComplete="off"
            className={cn(inputClass, 'w-full min-w-0')}
            aria-invalid={!!error}
            aria-describedby={describedBy(id, error, hint)}
            {...register(name)}
          />
          {after}
        </div>
      </Field>
    </div>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A select, controlled: its value is set from the form on every render, so it shows the right
 * choice even when its options are drawn after the form has the value.
 */
export function SelectField({ name, label, hint, className, children }: SelectFieldProps) {
  const { field } = useController({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={className}>
      <Field id={id} label={label} error={error} {...(hint !== undefined && { hint })}>
        <select
          id={id}
          ref={field.ref}
          name={field.name}
          value={String(field.value ?? '')}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
          className={cn(inputClass, 'w-full')}
          aria-invalid={!!error}
          aria-describedby={describedBy(id, error, hint)}
        >
          {children}
        </select>
      </Field>
    </div>
  );
}

/** A problem that belongs to a group of fields (the steps, the settings) rather than to one. */
export function GroupError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}

/** A part of the form under its heading. */
export function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{description}</p>
      )}
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </section>
  );
}
