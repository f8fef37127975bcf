import { cn } from './cn.ts';

interface SwitchProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The accessible name; a switch with no visible label must still say what it switches. */
  label: string;
  disabled?: boolean;
  className?: string;
}

/**
 * The WAI-ARIA switch pattern on a native button: Space and Enter toggle it, screen readers say
 * "on"/"off". Hand-written because it is one element, and the home page's bundle has a budget.
 */
export function Switch({ checked, onCheckedChange, label, disabled, className }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      disabled={disabled}
      data-state={checked ? 'checked' : 'unchecked'}
      onClick={() => onCheckedChange(!checked)}
      className={cn(
        'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full transition-colors',
        'bg-slate-400 aria-checked:bg-accent-600 dark:bg-slate-600 dark:aria-checked:bg-accent-500',
        'disabled:cursor-not-allowed disabled:opacity-50',
        className,
      )}
    >
      <span
        aria-hidden
        className={cn(
          'block size-5 rounded-full bg-white shadow transition-transform',
          checked ? 'translate-x-[22px]' : 'translate-x-0.5',
        )}
      />
    </button>
  );
}
