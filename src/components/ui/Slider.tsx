import { Slider as RadixSlider } from 'radix-ui';
import { useEffect, useState } from 'react';
import { cn } from './cn.ts';

interface SliderProps {
  value: number;
  /**
   * Called once when the person lets go (or per key press), not on every pixel of a drag. Return
   * the save's promise: until it settles the slider shows the committed value, not the old one.
   */
  onCommit: (value: number) => unknown;
  label: string;
  min?: number;
  max?: number;
  step?: number;
  /** How the value is read out to screen readers, e.g. "80 percent". */
  valueText?: (value: number) => string;
  disabled?: boolean;
  className?: string;
  trackClassName?: string;
}

export function Slider({
  value,
  onCommit,
  label,
  min = 0,
  max = 100,
  step = 1,
  valueText,
  disabled,
  className,
  trackClassName,
}: SliderProps) {
  // While dragging, show the finger's value; otherwise follow the home.
  const [dragging, setDragging] = useState<number | null>(null);
  // The value last committed, shown until the home has it. Without it, a key pressed before the
  // previous change is saved starts again from the old value: holding an arrow key, or pressing
  // it quickly, would lose or repeat steps.
  const [committed, setCommitted] = useState<number | null>(null);
  const [saving, setSaving] = useState(0);
  useEffect(() => {
    if (committed === null || saving > 0) return;
    if (committed === value) {
      setCommitted(null);
      return;
    }
    // Saved but not (yet) shown by the home: a refused change, or another one overtook it.
    const timer = setTimeout(() => setCommitted(null), 1000);
    return () => clearTimeout(timer);
  }, [committed, saving, value]);
  const settled = committed ?? value;
  const shown = dragging ?? settled;
  return (
    <RadixSlider.Root
      className={cn('relative flex h-6 w-full touch-none items-center select-none', className)}
      value={[shown]}
      min={min}
      max={max}
      step={step}
      disabled={disabled}
      onValueChange={([v]) => setDragging(v ?? null)}
      onValueCommit={([v]) => {
        setDragging(null);
        if (v === undefined || v === settled) return;
        setCommitted(v);
        setSaving((n) => n + 1);
        void Promise.resolve(onCommit(v)).finally(() => setSaving((n) => n - 1));
      }}
    >
      <RadixSlider.Track
        className={cn(
          'relative h-2 grow overflow-hidden rounded-full bg-slate-300 dark:bg-slate-700',
          trackClassName,
        )}
      >
        <RadixSlider.Range className="absolute h-full rounded-full bg-accent-600 dark:bg-accent-500" />
      </RadixSlider.Track>
      <RadixSlider.Thumb
        aria-label={label}
        aria-valuetext={valueText?.(shown)}
        className="block size-5 rounded-full border-2 border-accent-600 bg-white shadow focus-visible:outline-2 dark:border-accent-100"
      />
    </RadixSlider.Root>
  );
}
