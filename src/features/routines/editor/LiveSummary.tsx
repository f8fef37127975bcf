// The routine in one sentence, rewritten as the form changes ("When you say 'good night': turn
// off all the lights."). Rows that are not finished yet are left out, and it says so.
import { useWatch } from 'react-hook-form';
import type { Action, Condition, Trigger } from '../../../domain/routines/model.ts';
import { summarizeRoutine } from '../../../domain/routines/summary.ts';
import { useEditorEnv } from './editorEnv.ts';
import { actionOf, conditionOf, triggerOf } from './formSchema.ts';
import type { RoutineForm } from './formShape.ts';

const defined = <T,>(items: (T | undefined)[]): T[] => items.filter((x) => x !== undefined);

export function LiveSummary() {
  const env = useEditorEnv();
  const form = useWatch<RoutineForm>() as RoutineForm;
  const triggers = defined<Trigger>(form.triggers.map((t) => triggerOf(t, env.checks)));
  const conditions = defined<Condition>(form.conditions.map((c) => conditionOf(c, env.checks)));
  const actions = defined<Action>(form.actions.map((a) => actionOf(a, env.checks)));
  const unfinished =
    triggers.length < form.triggers.length ||
    conditions.length < form.conditions.length ||
    actions.length < form.actions.length;
  const ready = triggers.length > 0 && actions.length > 0;
  const sentence = ready
    ? summarizeRoutine(
        {
          ...env.checks.base,
          name: form.name,
          triggers,
          conditionMode: form.conditionMode,
          conditions,
          actions,
        },
        env.words,
      )
    : 'Add when it should start and what it should do, and it will read here as a sentence.';
  return (
    <section
      aria-labelledby="routine-summary-heading"
      className="rounded-2xl bg-accent-50 p-4 ring-1 ring-accent-100 dark:bg-slate-900 dark:ring-slate-700"
    >
      <h2
        id="routine-summary-heading"
        className="text-xs font-semibold tracking-wide text-accent-700 uppercase dark:text-accent-100"
      >
        In words
      </h2>
      <p className="mt-1 text-base" data-testid="routine-summary">
        {sentence}
      </p>
      {ready && unfinished && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Rows that are not finished yet are left out.
        </p>
      )}
    </section>
  );
}
