import { useFieldArray, useFormContext } from 'react-hook-form';
import { Plus, X } from 'lucide-react';
import { MAX_TAUGHT_PHRASES } from '../../../domain/teaching/model.ts';
import { Button } from '../../../components/ui/Button.tsx';
import type { CommandForm } from '../commandForm.ts';
import { fieldId, GroupError, TextField, useFieldError } from './fields.tsx';

/** "Phrase 1"…"Phrase 7": the words that start the command, one field each. */
export function PhraseFields() {
  const { control, setFocus } = useFormContext<CommandForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'phrases' });
  const listError = useFieldError('phrases');
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex max-w-xl flex-col gap-3">
        {fields.map((field, i) => (
          <li key={field.id}>
            <TextField
              name={`phrases.${i}.text`}
              label={`Phrase ${i + 1}`}
              {...(i === 0 && {
                hint: 'What you will say, like “movie mode”. The first is its name.',
              })}
              after={
                fields.length > 1 && (
                  <Button
                    variant="ghost"
                    aria-label={`Remove phrase ${i + 1}`}
                    title="Remove"
                    onClick={() => {
                      remove(i);
                      // The field that had the focus is gone: the one now in its place, or the last.
                      requestAnimationFrame(() =>
                        setFocus(`phrases.${Math.min(i, fields.length - 2)}.text`),
                      );
                    }}
                    className="w-10 px-0 text-red-700 dark:text-red-400"
                  >
                    <X aria-hidden className="size-4" />
                  </Button>
                )
              }
            />
          </li>
        ))}
      </ul>
      <GroupError id={`${fieldId('phrases')}-error`} error={listError} />
      {fields.length < MAX_TAUGHT_PHRASES && (
        <Button
          size="sm"
          className="self-start"
          onClick={() => append({ text: '' }, { shouldFocus: true })}
        >
          <Plus aria-hidden className="size-4" />
          Add a phrase
        </Button>
      )}
    </div>
  );
}
