import { Slider as RadixSlider } from 'radix-ui';
import { useState } from 'react';
import { cn } from './cn.ts';

interface SliderProps {
  value: number;
  /** Called once when the person lets go (or per key press), not on every pixel of a drag. */
  onCommit: (value: number) => void;
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
  const shown = dragging ?? value;
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
        if (v !== undefined && v !== value) onCommit(v);
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
