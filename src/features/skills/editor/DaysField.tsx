// Days of the week as chips that tick, Monday first as people read a week; stored as Weekday
// numbers (0 = Sunday, as Date counts them), in week order.
import { useController } from 'react-hook-form';
import type { FieldSpec, Weekday } from '../../../domain/blueprints/types.ts';
import { cn } from '../../../components/ui/cn.ts';
import { fieldId, GroupError, useFieldError } from './fieldKit.tsx';

const DAYS: readonly { value: Weekday; label: string }[] = [
  { value: 1, label: 'Monday' },
  { value: 2, label: 'Tuesday' },
  { value: 3, label: 'Wednesday' },
  { value: 4, label: 'Thursday' },
  { value: 5, label: 'Friday' },
  { value: 6, label: 'Saturday' },
  { value: 0, label: 'Sunday' },
];

const chip = cn(
  'flex h-8 min-w-11 cursor-pointer items-center justify-center rounded-lg px-2.5 text-sm font-medium select-none',
  'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600',
  'peer-checked:bg-accent-600 peer-checked:text-white peer-checked:ring-accent-600',
  'dark:peer-checked:bg-accent-600 dark:peer-checked:text-white dark:peer-checked:ring-accent-500',
  'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600',
);

/** The ticked days in week order (Monday first), whatever order they were ticked in. */
export const inWeekOrder = (days: readonly number[]): Weekday[] =>
  DAYS.map((d) => d.value).filter((d) => days.includes(d));

export function DaysField({
  spec,
  name,
}: {
  spec: Extract<FieldSpec, { kind: 'days' }>;
  name: string;
}) {
  const { field } = useController({ name });
  const days = (Array.isArray(field.value) ? field.value : []) as number[];
  const id = fieldId(name);
  const error = useFieldError(name);
  const hintId = spec.hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      className="flex flex-col gap-1.5"
      aria-invalid={!!error}
      aria-describedby={error ? `${id}-error` : hintId}
    >
      <legend className="mb-1 text-sm font-medium">{spec.label}</legend>
      <div className="flex flex-wrap gap-1.5">
        {DAYS.map((day, i) => (
          <label key={day.value} className="relative">
            <input
              type="checkbox"
              id={i === 0 ? id : `${id}-${day.value}`}
              ref={i === 0 ? field.ref : undefined}
              className="peer absolute inset-0 cursor-pointer opacity-0"
              checked={days.includes(day.value)}
              aria-label={day.label}
              onChange={(e) =>
                field.onChange(
                  inWeekOrder(
                    e.target.checked ? [...days, day.value] : days.filter((d) => d !== day.value),
                  ),
                )
              }
              onBlur={field.onBlur}
            />
            <span className={chip} aria-hidden>
              {day.label.slice(0, 3)}
            </span>
          </label>
        ))}
      </div>
      {spec.hint && !error && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {spec.hint}
        </p>
      )}
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
