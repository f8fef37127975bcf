// The editor's labelled fields, wired to the form: each shows its problem in plain words next to
// it (after the field was left, or once saving was tried) and is linked to it for screen readers.
// Selects are controlled, because their options change with the device chosen (an uncontrolled
// select set before its new options exist would show the wrong choice).
import { createContext, useContext, type ReactNode } from 'react';
import {
  get,
  useController,
  useFormContext,
  useFormState,
  useWatch,
  type Path,
} from 'react-hook-form';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import type { RoutineForm } from './formShape.ts';

export type FieldName = Path<RoutineForm>;

/** A field's id from its name: "triggers.0.at" → "rf-triggers-0-at". */
export const fieldId = (name: string) => `rf-${name.replace(/\./g, '-')}`;

/**
 * The current value at a path inside a row ("actions.2.command"). It watches the whole list and
 * reads the row from it: a row's index changes as rows move, and a watch whose name changes can
 * keep, for a while, the value of the row that was there before.
 */
export function useRowValue<T>(name: string): T {
  const list = name.split('.')[0] ?? '';
  const rows: unknown = useWatch<RoutineForm>({ name: list as FieldName });
  // react-hook-form's get() reads objects only, not arrays: start from the list's parent.
  return get({ [list]: rows }, name) as T;
}

/** True once saving or trying the routine failed: from then on every problem is shown. */
export const ShowAllProblems = createContext(false);

/**
 * The problem with a field (or a list: "Add at least one phrase"), once it is to be shown: after
 * the field was left, or once saving was tried. The form knows problems earlier (adding a row
 * checks the whole list) but a row just added should not greet the person in red.
 */
export function useFieldError(name: string): string | undefined {
  const { errors, touchedFields, isSubmitted } = useFormState<RoutineForm>({
    name: name as FieldName,
  });
  const showAll = useContext(ShowAllProblems);
  if (!showAll && !isSubmitted && !get(touchedFields, name)) return undefined;
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

export const describedBy = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

interface TextFieldProps {
  name: FieldName;
  label: string;
  hint?: string;
  type?: 'text' | 'time';
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** Fields checked again when this one changes: their problem may depend on it. */
  deps?: FieldName[];
  className?: string;
}

export function TextField({
  name,
  label,
  hint,
  type = 'text',
  inputMode,
  deps,
  className,
}: TextFieldProps) {
  const { register } = useFormContext<RoutineForm>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={className}>
      <Field id={id} label={label} error={error} {...(hint !== undefined && { hint })}>
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          className={cn(inputClass, 'w-full')}
          aria-invalid={!!error}
          aria-describedby={describedBy(id, error, hint)}
          {...register(name, deps ? { deps } : {})}
        />
      </Field>
    </div>
  );
}

interface SelectFieldProps {
  name: FieldName;
  label: string;
  hint?: string;
  /** Called with the new value after the form has it, for fields that depend on this one. */
  onValue?: (value: string) => void;
  deps?: FieldName[];
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

export function SelectField({
  name,
  label,
  hint,
  onValue,
  deps,
  disabled,
  className,
  children,
}: SelectFieldProps) {
  const { field } = useController<RoutineForm>({ name, rules: deps ? { deps } : {} });
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
          disabled={disabled}
          onChange={(e) => {
            field.onChange(e.target.value);
            onValue?.(e.target.value);
          }}
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

/** A problem that belongs to a group of fields (days, states, phrases) rather than to one. */
export function GroupError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}
