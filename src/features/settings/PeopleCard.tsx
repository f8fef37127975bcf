import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../domain/zod.ts';
import type { PersonEntity } from '../../domain/home/model.ts';
import { personNameSchema } from '../../domain/home/people.ts';
import { peopleActions } from '../../stores/settingsActions.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Field, inputClass } from '../../components/ui/Field.tsx';
import { SettingsCard } from './Card.tsx';

const nameForm = z.object({ name: personNameSchema });
type NameForm = z.infer<typeof nameForm>;

function NameEditor({
  id,
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  id: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<string | undefined>;
  onCancel?: () => void;
}) {
  const { register, handleSubmit, setError, reset, formState } = useForm<NameForm>({
    resolver: zodResolver(nameForm),
    defaultValues: { name: initial },
  });
  const submit = handleSubmit(async ({ name }) => {
    const problem = await onSubmit(name);
    if (problem) setError('name', { message: problem });
    else reset({ name: onCancel ? name : '' });
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="min-w-48 flex-1">
        <Field id={id} label={label} error={formState.errors.name?.message}>
          <input
            id={id}
            className={inputClass}
            aria-invalid={!!formState.errors.name}
            autoComplete="off"
            {...register('name')}
          />
        </Field>
      </div>
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </form>
  );
}

export function PeopleCard({ people }: { people: PersonEntity[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = async (p: PersonEntity) => {
    const problem = await peopleActions.remove(p.id);
    if (problem) notify({ tone: 'error', title: 'Could not remove', body: problem });
    else notify({ tone: 'info', title: `${p.name} removed from the household` });
  };
  return (
    <SettingsCard
      id="people-heading"
      title="Household"
      description="The people who live here. Each can be home or away; routines can react to arrivals and departures."
    >
      <ul className="mb-5 divide-y divide-slate-200 dark:divide-slate-800" aria-label="People">
        {people.length === 0 && (
          <li className="py-2 text-sm text-slate-700 dark:text-slate-300">
            Nobody yet. Add the first person below.
          </li>
        )}
        {people.map((p) => (
          <li key={p.id} data-testid={`person-${p.id}`} className="py-2">
            {editing === p.id ? (
              <NameEditor
                id={`rename-${p.id}`}
                label={`New name for ${p.name}`}
                initial={p.name}
                submitLabel="Save"
                onSubmit={async (name) => {
                  const problem = await peopleActions.rename(p.id, name);
                  if (!problem) setEditing(null);
                  return problem;
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="flex items-center gap-3">
                <span className="flex-1">
                  {p.name}{' '}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    · {p.state === 'home' ? 'Home' : 'Away'}
                  </span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Rename ${p.name}`}
                  onClick={() => setEditing(p.id)}
                >
                  Rename
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove ${p.name}`}
                  onClick={() => void remove(p)}
                >
                  Remove
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <NameEditor
        id="add-person"
        label="Add a person"
        initial=""
        submitLabel="Add person"
        onSubmit={peopleActions.add}
      />
    </SettingsCard>
  );
}
