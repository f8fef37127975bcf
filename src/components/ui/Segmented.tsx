import { useId } from 'react';
import { cn } from './cn.ts';

interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}

/**
 * A row of mutually exclusive choices (thermostat mode, clock speed), drawn as segments but made
 * of native radio buttons: arrow keys, focus and "1 of 4" announcements come from the browser.
 */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: SegmentedProps<T>) {
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={cn('inline-flex rounded-lg bg-slate-200 p-0.5 dark:bg-slate-800', className)}
    >
      {options.map((o) => (
        <label key={o.value} className="relative">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
            // Choosing the chosen one again still means something (run a paused clock at its speed).
            onClick={() => o.value === value && onChange(o.value)}
            className="peer absolute inset-0 cursor-pointer opacity-0"
          />
          <span
            className={cn(
              'flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-slate-700 dark:text-slate-300',
              'peer-checked:bg-white peer-checked:text-slate-900 peer-checked:shadow-sm',
              'dark:peer-checked:bg-slate-600 dark:peer-checked:text-white',
              'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-accent-600',
            )}
          >
            {o.label}
          </span>
        </label>
      ))}
    </div>
  );
}
