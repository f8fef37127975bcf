// One row of a list (a trigger, a condition, a step): its number, what it is, what it says in
// words, and its buttons. Every button's name says which row it acts on ("Move step 2 up"), so a
// screen reader user hears the same as what a sighted user sees.
import type { ReactNode } from 'react';
import { ArrowDown, ArrowUp, Copy, GripVertical, Trash2 } from 'lucide-react';
import { Button } from '../../../components/ui/Button.tsx';
import { cn } from '../../../components/ui/cn.ts';
import type { RowDrag } from './useRowDrag.ts';

interface RowFrameProps {
  /** "trigger-row-0" */
  testId: string;
  /** "trigger", "condition", "step" */
  noun: string;
  index: number;
  count: number;
  /** What kind of row: "At a time". */
  title: string;
  /** The row in words, or a note that it is not finished. */
  description: ReactNode;
  onMove: (from: number, to: number) => void;
  onDuplicate?: () => void;
  onRemove: () => void;
  drag: RowDrag;
  /** Next to the buttons: a step's "Use this step" switch. */
  aside?: ReactNode;
  children: ReactNode;
}

export const rowTitleId = (testId: string) => `${testId}-title`;

export function RowFrame({
  testId,
  noun,
  index,
  count,
  title,
  description,
  onMove,
  onDuplicate,
  onRemove,
  drag,
  aside,
  children,
}: RowFrameProps) {
  const n = index + 1;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <li
      data-testid={testId}
      aria-labelledby={rowTitleId(testId)}
      {...drag.target(index)}
      className={cn(
        'rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200 dark:bg-slate-950/40 dark:ring-slate-700',
        drag.from === index && 'opacity-50',
        drag.over === index && drag.from !== index && 'ring-2 ring-accent-600',
      )}
    >
      <div className="flex flex-wrap items-start gap-2">
        <span
          {...drag.handle(index)}
          title="Drag to move"
          aria-hidden
          className="mt-1 cursor-grab text-slate-500 active:cursor-grabbing dark:text-slate-400"
        >
          <GripVertical className="size-5" />
        </span>
        <div className="min-w-48 flex-1">
          <h3 id={rowTitleId(testId)} tabIndex={-1} className="text-sm font-semibold">
            {Noun} {n}: {title}
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">{description}</p>
        </div>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
          {aside}
          <div className="flex items-center gap-0.5">
            <Button
              size="sm"
              variant="ghost"
              id={`${testId}-up`}
              aria-label={`Move ${noun} ${n} up`}
              title="Move up"
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
              className="w-8 px-0 disabled:opacity-40"
            >
              <ArrowUp aria-hidden className="size-4" />
            </Button>
            <Button
              size="sm"
              variant="ghost"
              id={`${testId}-down`}
              aria-label={`Move ${noun} ${n} down`}
              title="Move down"
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
              className="w-8 px-0 disabled:opacity-40"
            >
              <ArrowDown aria-hidden className="size-4" />
            </Button>
            {onDuplicate && (
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Duplicate ${noun} ${n}`}
                title="Duplicate"
                onClick={onDuplicate}
                className="w-8 px-0 disabled:opacity-40"
              >
                <Copy aria-hidden className="size-4" />
              </Button>
            )}
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove ${noun} ${n}`}
              title="Remove"
              onClick={onRemove}
              className="w-8 px-0 text-red-700 dark:text-red-400"
            >
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </div>
        </div>
      </div>
      <div className="mt-3 flex flex-col gap-3">{children}</div>
    </li>
  );
}
