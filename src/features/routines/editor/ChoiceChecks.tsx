// Groups of checkboxes drawn as chips: the days of a schedule (with quick picks) and the states a
// device may be in. Native checkboxes inside a fieldset: the legend names the group, each box its
// choice, and Space toggles, as everywhere.
import { useController } from 'react-hook-form';
import { WEEKDAY_NAMES } from '../../../domain/routines/conditions.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { cn } from '../../../components/ui/cn.ts';
import type { Choice } from './devices.ts';
import { EVERY_DAY, WEEKDAYS, WEEKEND } from './formModel.ts';
import type { RoutineForm } from './formShape.ts';
import { fieldId, GroupError, useFieldError, type FieldName } from './fields.tsx';

const chip = cn(
  'flex h-8 min-w-11 cursor-pointer items-center justify-center rounded-lg px-2.5 text-sm font-medium select-none',
  'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600',
  'peer-checked:bg-accent-600 peer-checked:text-white peer-checked:ring-accent-600',
  'dark:peer-checked:bg-accent-600 dark:peer-checked:text-white dark:peer-checked:ring-accent-500',
  'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600',
);

interface ChecksProps<T extends string | number> {
  name: FieldName;
  legend: string;
  choices: readonly { value: T; label: string; short?: string }[];
  /** Buttons that set the whole group at once ("Weekdays"). */
  quick?: readonly { label: string; values: readonly T[] }[];
}

const sameSet = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function Checks<T extends string | number>({ name, legend, choices, quick }: ChecksProps<T>) {
  const { field } = useController<RoutineForm>({ name });
  const values = (field.value ?? []) as T[];
  const order = (next: T[]) => choices.map((c) => c.value).filter((v) => next.includes(v));
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-invalid={!!error}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {quick && (
        <div className="flex flex-wrap gap-1.5">
          {quick.map((q) => (
            <Button
              key={q.label}
              size="sm"
              variant="ghost"
              aria-pressed={sameSet(values, q.values)}
              className="aria-pressed:bg-slate-200 dark:aria-pressed:bg-slate-700"
              onClick={() => {
                field.onChange(order([...q.values]));
                field.onBlur();
              }}
            >
              {q.label}
            </Button>
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-1.5">
        {choices.map((choice, i) => (
          <label key={String(choice.value)} className="relative">
            <input
              type="checkbox"
              ref={i === 0 ? field.ref : undefined}
              className="peer absolute inset-0 cursor-pointer opacity-0"
              checked={values.includes(choice.value)}
              aria-label={choice.short ? choice.label : undefined}
              onChange={(e) =>
                field.onChange(
                  order(
                    e.target.checked
                      ? [...values, choice.value]
                      : values.filter((v) => v !== choice.value),
                  ),
                )
              }
              onBlur={field.onBlur}
            />
            <span className={chip} aria-hidden={choice.short ? true : undefined}>
              {choice.short ?? choice.label}
            </span>
          </label>
        ))}
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

const DAY_CHOICES = WEEKDAY_NAMES.map((label, i) => ({
  value: i + 1,
  label,
  short: label.slice(0, 3),
}));
const QUICK_DAYS = [
  { label: 'Every day', values: EVERY_DAY },
  { label: 'Weekdays', values: WEEKDAYS },
  { label: 'Weekends', values: WEEKEND },
];

/** Days of the week: Monday to Sunday, with "Every day", "Weekdays" and "Weekends". */
export function DaysField({ name, legend = 'Days' }: { name: FieldName; legend?: string }) {
  return <Checks name={name} legend={legend} choices={DAY_CHOICES} quick={QUICK_DAYS} />;
}

/** Any of a device's states ("Open", "Closed"). */
export function StatesField({
  name,
  legend,
  choices,
}: {
  name: FieldName;
  legend: string;
  choices: readonly Choice[];
}) {
  return <Checks name={name} legend={legend} choices={choices} />;
}
