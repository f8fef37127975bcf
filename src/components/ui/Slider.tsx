import { useEffect, useRef, useState } from 'react';
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
  // React's onChange is the native "input" event (every pixel of a drag); the native "change"
  // event is the commit: pointer released, or one key press.
  const input = useRef<HTMLInputElement>(null);
  const commit = useRef<(v: number) => void>(() => undefined);
  commit.current = (v) => {
    setDragging(null);
    if (v === settled) return;
    setCommitted(v);
    setSaving((n) => n + 1);
    void Promise.resolve(onCommit(v)).finally(() => setSaving((n) => n - 1));
  };
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onChange = () => commit.current(Number(el.value));
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);
  const fill = ((shown - min) / (max - min || 1)) * 100;
  return (
    <input
      ref={input}
      type="range"
      aria-label={label}
      aria-valuetext={valueText?.(shown)}
      min={min}
      max={max}
      step={step}
      value={shown}
      disabled={disabled}
      onChange={(e) => setDragging(Number(e.target.value))}
      style={{ ['--fill' as string]: `${fill}%` }}
      className={cn(
        'th-range h-6 w-full min-w-0 cursor-pointer touch-none disabled:cursor-not-allowed',
        className,
      )}
    />
  );
}
