import { Minus, Plus } from 'lucide-react';
import { Button } from './Button.tsx';

interface StepperProps {
  /** What is being stepped, for the buttons' names: "Living room thermostat target". */
  label: string;
  display: string;
  onStep: (direction: 1 | -1) => void;
  canDown?: boolean;
  canUp?: boolean;
}

export function Stepper({ label, display, onStep, canDown = true, canUp = true }: StepperProps) {
  return (
    <div className="flex items-center gap-2" role="group" aria-label={label}>
      <Button
        size="sm"
        aria-label={`Lower ${label}`}
        onClick={() => onStep(-1)}
        disabled={!canDown}
        className="w-8 px-0"
      >
        <Minus aria-hidden className="size-4" />
      </Button>
      <output
        className="min-w-16 text-center text-lg font-semibold tabular-nums"
        aria-live="polite"
      >
        {display}
      </output>
      <Button
        size="sm"
        aria-label={`Raise ${label}`}
        onClick={() => onStep(1)}
        disabled={!canUp}
        className="w-8 px-0"
      >
        <Plus aria-hidden className="size-4" />
      </Button>
    </div>
  );
}
