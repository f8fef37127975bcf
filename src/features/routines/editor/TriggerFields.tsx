// One small editor per kind of trigger: phrases, a time on days, sunrise or sunset, a device
// changing, a number crossing a line, someone arriving or leaving.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { X } from 'lucide-react';
import { MAX_PHRASES } from '../../../domain/routines/model.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { DaysField } from './ChoiceChecks.tsx';
import { DeviceSelect } from './DeviceSelect.tsx';
import { changeChoices, hasStates, peopleOf, stateChoices } from './devices.ts';
import { useEditorEnv } from './editorEnv.ts';
import {
  fieldId,
  GroupError,
  SelectField,
  TextField,
  useFieldError,
  useRowValue,
} from './fields.tsx';
import type { RoutineForm, TriggerRow, TriggerRowOf } from './formShape.ts';
import { NumberFields } from './NumberFields.tsx';

const grid = 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3';

function PhraseFields({ index }: { index: number }) {
  const name = `triggers.${index}.phrases` as const;
  const { control } = useFormContext<RoutineForm>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const error = useFieldError(name);
  const full = fields.length >= MAX_PHRASES;
  return (
    <div className="flex flex-col gap-2">
      {fields.map((field, i) => (
        <div key={field.id} className="flex items-end gap-2">
          <TextField
            name={`${name}.${i}.text`}
            label={`Phrase ${i + 1}`}
            className="flex-1"
            {...(i === 0 && { hint: 'What you say to the assistant, like “good night”.' })}
          />
          {fields.length > 1 && (
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove phrase ${i + 1}`}
              title="Remove this phrase"
              onClick={() => remove(i)}
              className="mb-1 w-8 px-0"
            >
              <X aria-hidden className="size-4" />
            </Button>
          )}
        </div>
      ))}
      <GroupError id={`${fieldId(name)}-error`} error={error} />
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => append({ text: '' })} disabled={full}>
          Add a phrase
        </Button>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {full ? `That is the most: ${MAX_PHRASES} phrases.` : `Up to ${MAX_PHRASES} phrases.`}
        </span>
      </div>
    </div>
  );
}

function TimeFields({ index }: { index: number }) {
  return (
    <>
      <TextField name={`triggers.${index}.at`} label="Time" type="time" className="max-w-48" />
      <DaysField name={`triggers.${index}.days`} />
    </>
  );
}

function SunFields({ index }: { index: number }) {
  const base = `triggers.${index}` as const;
  return (
    <>
      <div className={grid}>
        <TextField
          name={`${base}.minutes`}
          label="Minutes"
          inputMode="numeric"
          hint="0 for right at that moment; up to 180."
        />
        <SelectField name={`${base}.side`} label="Before or after">
          <option value="after">After</option>
          <option value="before">Before</option>
        </SelectField>
        <SelectField name={`${base}.event`} label="Sunrise or sunset">
          <option value="sunrise">Sunrise</option>
          <option value="sunset">Sunset</option>
        </SelectField>
      </div>
      <DaysField name={`${base}.days`} />
    </>
  );
}

function StateFields({ index }: { index: number }) {
  const base = `triggers.${index}` as const;
  const { home, unit } = useEditorEnv();
  const { setValue } = useFormContext<RoutineForm>();
  const row = useRowValue<TriggerRowOf<'state'>>(base);
  const entity = home.entities.find((e) => e.id === row.entityId);
  return (
    <div className={grid}>
      <DeviceSelect
        name={`${base}.entityId`}
        keep={hasStates}
        onPicked={(picked) => {
          setValue(`${base}.to`, changeChoices(picked, unit)[0]?.value ?? '', {
            shouldDirty: true,
          });
          setValue(`${base}.from`, '', { shouldDirty: true });
        }}
      />
      <SelectField
        name={`${base}.to`}
        label="Changes to"
        disabled={!entity && row.to === ''}
        deps={[`${base}.from`]}
      >
        {row.to === '' && <option value="">Choose a device first…</option>}
        {changeChoices(entity, unit, [row.to]).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SelectField name={`${base}.from`} label="Changing from" deps={[`${base}.to`]}>
        <option value="">Any state</option>
        {stateChoices(entity, unit, [row.from]).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <TextField
        name={`${base}.forMinutes`}
        label="Stays so for (minutes)"
        inputMode="decimal"
        hint="Optional: leave it empty to start at once."
      />
    </div>
  );
}

function PresenceFields({ index }: { index: number }) {
  const base = `triggers.${index}` as const;
  const { home } = useEditorEnv();
  const personId = useRowValue<string>(`${base}.personId`);
  const people = peopleOf(home);
  return (
    <div className={grid}>
      <SelectField name={`${base}.personId`} label="Who">
        <option value="">Anyone (the first to arrive, the last to leave)</option>
        {personId !== '' && !people.some((p) => p.id === personId) && (
          <option value={personId}>Someone no longer in the household</option>
        )}
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField name={`${base}.event`} label="Arrives or leaves">
        <option value="arrives">Arrives home</option>
        <option value="leaves">Leaves</option>
      </SelectField>
    </div>
  );
}

export function TriggerFields({ index, type }: { index: number; type: TriggerRow['type'] }) {
  switch (type) {
    case 'phrase':
      return <PhraseFields index={index} />;
    case 'time':
      return <TimeFields index={index} />;
    case 'sun':
      return <SunFields index={index} />;
    case 'state':
      return <StateFields index={index} />;
    case 'numeric':
      return <NumberFields base={`triggers.${index}`} trigger />;
    case 'presence':
      return <PresenceFields index={index} />;
  }
}
