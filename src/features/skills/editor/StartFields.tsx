// How the skill is started: its name ("open Trivia night") and up to five other phrases.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Plus, X } from 'lucide-react';
import { MAX_SKILL_PHRASES } from '../../../domain/blueprints/model.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { describedBy, fieldId, GroupError, useFieldError } from './fieldKit.tsx';
import type { SkillForm } from './formModel.ts';

function NameField() {
  const { register } = useFormContext<SkillForm>();
  const name = useWatch<SkillForm, 'name'>({ name: 'name' });
  const error = useFieldError('name');
  const id = fieldId('name');
  const hint = name?.trim()
    ? `You start it by saying “open ${name.trim()}”.`
    : 'The words that start it: “open” and its name.';
  return (
    <Field id={id} label="What do you call it?" error={error} hint={hint}>
      <input
        id={id}
        type="text"
        autoComplete="off"
        className={cn(inputClass, 'w-full max-w-md')}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error, hint)}
        {...register('name')}
      />
    </Field>
  );
}

function PhraseField({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { register } = useFormContext<SkillForm>();
  const name = `phrases.${index}.text` as const;
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <li className="flex flex-col gap-1">
      <div className="flex items-center gap-1">
        <input
          id={id}
          type="text"
          autoComplete="off"
          aria-label={`Phrase ${index + 1}`}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className={cn(inputClass, 'w-full min-w-0')}
          {...register(name)}
        />
        <Button
          variant="ghost"
          aria-label={`Remove phrase ${index + 1}`}
          title="Remove"
          onClick={onRemove}
          className="w-10 shrink-0 px-0 text-red-700 dark:text-red-400"
        >
          <X aria-hidden className="size-5" />
        </Button>
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </li>
  );
}

function PhraseFields() {
  const { control, setFocus } = useFormContext<SkillForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'phrases' });
  const listError = useFieldError('phrases');
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${fieldId('phrases')}-hint`}>
      <legend className="mb-1 text-sm font-medium">Other ways to start it</legend>
      <p
        id={`${fieldId('phrases')}-hint`}
        className="-mt-1 text-xs text-slate-600 dark:text-slate-400"
      >
        Optional, up to {MAX_SKILL_PHRASES}: whole sentences that open it too, like “whose turn is
        it to feed the cat”.
      </p>
      {fields.length > 0 && (
        <ul className="flex max-w-md flex-col gap-2">
          {fields.map((field, i) => (
            <PhraseField
              key={field.id}
              index={i}
              onRemove={() => {
                remove(i);
                requestAnimationFrame(() =>
                  fields.length > 1
                    ? setFocus(`phrases.${Math.min(i, fields.length - 2)}.text`)
                    : document.getElementById(`${fieldId('phrases')}-add`)?.focus(),
                );
              }}
            />
          ))}
        </ul>
      )}
      <GroupError id={`${fieldId('phrases')}-error`} error={listError} />
      {fields.length < MAX_SKILL_PHRASES && (
        <Button
          id={`${fieldId('phrases')}-add`}
          size="sm"
          className="self-start"
          onClick={() => append({ text: '' }, { shouldFocus: true })}
        >
          <Plus aria-hidden className="size-4" />
          Add a phrase
        </Button>
      )}
    </fieldset>
  );
}

/** The first part of the form: what the skill is called and how it starts. */
export function StartFields() {
  return (
    <section
      aria-labelledby="skill-start-heading"
      className="flex flex-col gap-4 rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <h2 id="skill-start-heading" className="text-lg font-semibold">
        Starting it
      </h2>
      <NameField />
      <PhraseFields />
    </section>
  );
}
