// The command editor: the phrases, and the steps as plain sentences, added without programming —
// said in words ("living room lights to 20 percent and close the blinds", "run Good night") or
// taken from the home as it is now — and put in order or removed.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { capitalize } from '../../../domain/assistant/words.ts';
import type { Action } from '../../../domain/routines/model.ts';
import { missingParts } from '../../../domain/teaching/run.ts';
import { MAX_TAUGHT_STEPS, type TaughtCommand } from '../../../domain/teaching/model.ts';
import {
  addSteps,
  blankCommandForm,
  commandFormSchema,
  commandFromForm,
  commandToForm,
  type CommandForm,
} from '../commandForm.ts';
import { withBase } from '../itemBase.ts';
import type { LearnedData } from '../useLearnedData.ts';
import { EditorShell } from './EditorShell.tsx';
import { fieldId, GroupError, Section, useFieldError } from './fields.tsx';
import { HomeNowPicker } from './HomeNowPicker.tsx';
import { PhraseFields } from './PhraseFields.tsx';
import { SayStepsField } from './SayStepsField.tsx';
import { StepList } from './StepList.tsx';
import { useTaughtEditor } from './useTaughtEditor.ts';

const stepsWord = (n: number) => `${n} step${n === 1 ? '' : 's'}`;

function StepsSection({ data }: { data: LearnedData }) {
  const { control } = useFormContext<CommandForm>();
  const steps = useFieldArray({ control, name: 'steps' });
  const error = useFieldError('steps');
  const add = (added: Action[]): string => {
    const fit = addSteps(
      steps.fields.map((f) => f.action),
      added,
    );
    if (fit.steps.length > 0) steps.append(fit.steps.map((action) => ({ action })));
    if (added.length === 0) return 'There was nothing to add.';
    return fit.dropped > 0
      ? `Added ${stepsWord(fit.steps.length)}; ${stepsWord(fit.dropped)} did not fit: a command can have at most ${MAX_TAUGHT_STEPS} steps.`
      : `Added ${stepsWord(fit.steps.length)}.`;
  };
  return (
    <Section
      id="taught-steps-heading"
      title="What it does"
      description="These steps, in this order, all at once."
    >
      <StepList
        steps={steps}
        ctx={data.ctx}
        emptyText="No steps yet. Say what it should do, or use the home as it is now."
      />
      <GroupError id={`${fieldId('steps')}-error`} error={error} />
      <SayStepsField onSteps={add} />
      <HomeNowPicker home={data.home} unit={data.settings.temperatureUnit} onSteps={add} />
    </Section>
  );
}

export function CommandEditor({
  data,
  item,
  onDone,
}: {
  data: LearnedData;
  item?: TaughtCommand;
  onDone: () => void;
}) {
  const { form, draft, saver, baseFor } = useTaughtEditor('command', {
    item,
    original: item ? commandToForm(item) : blankCommandForm(),
    resolver: zodResolver(commandFormSchema),
    unit: data.settings.temperatureUnit,
    onDone,
    // The checks warn about devices that are gone in these words (checks.ts); confirming those
    // is not choosing to override anything.
    gone: (command) =>
      command.kind === 'command'
        ? missingParts(command, data.home, {
            taught: data.taught.filter((t): t is TaughtCommand => t.kind === 'command'),
            routines: data.routines,
          }).map((m) => `${capitalize(m)}.`)
        : [],
  });
  const submit = form.handleSubmit(async (values) => {
    await saver.save(withBase<'command'>(commandFromForm(values as CommandForm), await baseFor()));
  });
  return (
    <EditorShell
      label={item ? `Edit the command “${item.phrases[0] ?? ''}”` : 'New command'}
      form={form}
      draft={draft}
      saver={saver}
      onSubmit={(e) => void submit(e)}
      onCancel={onDone}
    >
      <Section
        id="taught-phrases-heading"
        title="What you say"
        description="Any of these phrases does it. Up to 7."
      >
        <PhraseFields />
      </Section>
      <StepsSection data={data} />
    </EditorShell>
  );
}
