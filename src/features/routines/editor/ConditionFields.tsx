// One small editor per kind of condition: a time window, dark or light outside, days, a device's
// state, a number's range, someone home or away.
import { useFormContext } from 'react-hook-form';
import { DaysField, StatesField } from './ChoiceChecks.tsx';
import { DeviceSelect } from './DeviceSelect.tsx';
import { hasStates, peopleOf, stateChoices } from './devices.ts';
import { useEditorEnv } from './editorEnv.ts';
import { SelectField, TextField, useRowValue } from './fields.tsx';
import type { ConditionRow, ConditionRowOf, RoutineForm } from './formShape.ts';
import { NumberFields } from './NumberFields.tsx';

const grid = 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3';

function TimeWindowFields({ index }: { index: number }) {
  const after = `conditions.${index}.after` as const;
  const before = `conditions.${index}.before` as const;
  return (
    <div className={grid}>
      <TextField name={after} label="After" type="time" deps={[before]} />
      <TextField
        name={before}
        label="Before"
        type="time"
        deps={[after]}
        hint="It may pass midnight: after 22:00, before 06:00."
      />
    </div>
  );
}

function StateFields({ index }: { index: number }) {
  const base = `conditions.${index}` as const;
  const { home, unit } = useEditorEnv();
  const { setValue } = useFormContext<RoutineForm>();
  const row = useRowValue<ConditionRowOf<'state'>>(base);
  const entity = home.entities.find((e) => e.id === row.entityId);
  return (
    <>
      <div className={grid}>
        <DeviceSelect
          name={`${base}.entityId`}
          keep={hasStates}
          onPicked={() => setValue(`${base}.states`, [], { shouldDirty: true })}
        />
      </div>
      {entity || row.states.length > 0 ? (
        <StatesField
          name={`${base}.states`}
          legend="Is one of"
          choices={stateChoices(entity, unit, row.states)}
        />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Choose a device to see the states it can be in.
        </p>
      )}
    </>
  );
}

function PresenceFields({ index }: { index: number }) {
  const base = `conditions.${index}` as const;
  const { home } = useEditorEnv();
  const personId = useRowValue<string>(`${base}.personId`);
  const people = peopleOf(home);
  const anyone = personId === '';
  return (
    <div className={grid}>
      <SelectField name={`${base}.personId`} label="Who">
        <option value="">Anyone</option>
        {!anyone && !people.some((p) => p.id === personId) && (
          <option value={personId}>Someone no longer in the household</option>
        )}
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField name={`${base}.is`} label="Is">
        <option value="home">{anyone ? 'Home (someone is)' : 'Home'}</option>
        <option value="away">{anyone ? 'Away (nobody is home)' : 'Away'}</option>
      </SelectField>
    </div>
  );
}

export function ConditionFields({ index, type }: { index: number; type: ConditionRow['type'] }) {
  switch (type) {
    case 'time':
      return <TimeWindowFields index={index} />;
    case 'sun':
      return (
        <div className={grid}>
          <SelectField name={`conditions.${index}.is`} label="Outside it is">
            <option value="dark">Dark (between sunset and sunrise)</option>
            <option value="light">Light (between sunrise and sunset)</option>
          </SelectField>
        </div>
      );
    case 'days':
      return <DaysField name={`conditions.${index}.days`} />;
    case 'state':
      return <StateFields index={index} />;
    case 'numeric':
      return <NumberFields base={`conditions.${index}`} />;
    case 'presence':
      return <PresenceFields index={index} />;
  }
}
