import type { UseFieldArrayReturn } from 'react-hook-form';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { capitalize } from '../../../domain/assistant/words.ts';
import { describeAction } from '../../../domain/routines/summary.ts';
import type { TaughtWordsContext } from '../../../domain/teaching/words.ts';
import { Button } from '../../../components/ui/Button.tsx';
import type { CommandForm } from '../commandForm.ts';

type Steps = UseFieldArrayReturn<CommandForm, 'steps'>;

const stepButtonId = (what: 'up' | 'down' | 'remove', n: number) => `taught-step-${n}-${what}`;

/**
 * The command's steps, each a plain sentence ("Set all the lights in the Living room to 20 %"), with
 * Move up, Move down and Remove. Every button's name says which step it acts on.
 */
export function StepList({
  steps,
  ctx,
  emptyText,
}: {
  steps: Steps;
  ctx: TaughtWordsContext;
  emptyText: string;
}) {
  const { fields, move, remove } = steps;
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  if (fields.length === 0)
    return <p className="text-sm text-slate-700 dark:text-slate-300">{emptyText}</p>;
  return (
    <ol className="flex flex-col gap-2" aria-label="Steps">
      {fields.map((field, i) => {
        const n = i + 1;
        const last = i === fields.length - 1;
        return (
          <li
            key={field.id}
            data-testid={`step-${i}`}
            className="flex flex-wrap items-center gap-2 rounded-xl bg-slate-50 px-3 py-2 ring-1 ring-slate-200 dark:bg-slate-950/40 dark:ring-slate-700"
          >
            <span className="min-w-48 flex-1 text-sm">
              <span className="font-semibold">Step {n}: </span>
              {capitalize(describeAction(field.action, ctx))}
              {field.action.disabled && ' (switched off)'}
            </span>
            <span className="flex items-center gap-0.5">
              <Button
                size="sm"
                variant="ghost"
                id={stepButtonId('up', n)}
                aria-label={`Move step ${n} up`}
                title="Move up"
                disabled={i === 0}
                onClick={() => {
                  move(i, i - 1);
                  focus(i - 1 === 0 ? stepButtonId('down', n - 1) : stepButtonId('up', n - 1));
                }}
                className="w-8 px-0 disabled:opacity-40"
              >
                <ArrowUp aria-hidden className="size-4" />
              </Button>
              <Button
                size="sm"
                variant="ghost"
                id={stepButtonId('down', n)}
                aria-label={`Move step ${n} down`}
                title="Move down"
                disabled={last}
                onClick={() => {
                  move(i, i + 1);
                  focus(
                    i + 1 === fields.length - 1
                      ? stepButtonId('up', n + 1)
                      : stepButtonId('down', n + 1),
                  );
                }}
                className="w-8 px-0 disabled:opacity-40"
              >
                <ArrowDown aria-hidden className="size-4" />
              </Button>
              <Button
                size="sm"
                variant="ghost"
                id={stepButtonId('remove', n)}
                aria-label={`Remove step ${n}`}
                title="Remove"
                onClick={() => {
                  remove(i);
                  // The step now in its place, or the one before; none left: the words field.
                  const next = Math.min(n, fields.length - 1);
                  focus(next > 0 ? stepButtonId('remove', next) : 'taught-say-steps');
                }}
                className="w-8 px-0 text-red-700 dark:text-red-400"
              >
                <Trash2 aria-hidden className="size-4" />
              </Button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
