import { ToggleGroup } from 'radix-ui';
import { cn } from './cn.ts';

interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}

/** A row of mutually exclusive choices (thermostat mode, clock speed). */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: SegmentedProps<T>) {
  return (
    <ToggleGroup.Root
      type="single"
      aria-label={label}
      value={value}
      onValueChange={(v) => v && onChange(v as T)}
      className={cn(
        'inline-flex rounded-lg bg-slate-200 p-0.5 dark:bg-slate-800',
        className,
      )}
    >
      {options.map((o) => (
        <ToggleGroup.Item
          key={o.value}
          value={o.value}
          className="h-7 rounded-md px-2.5 text-xs font-medium text-slate-700 data-[state=on]:bg-white data-[state=on]:text-slate-900 data-[state=on]:shadow-sm dark:text-slate-300 dark:data-[state=on]:bg-slate-600 dark:data-[state=on]:text-white"
        >
          {o.label}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
