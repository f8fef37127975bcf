// "A number goes above or below" (a trigger) and "a number is above or below" (a condition): a
// device that has a number, which number if it has several, and the line(s) to cross, typed in
// the number's unit (temperatures in the person's unit).
import { useFormContext } from 'react-hook-form';
import { DeviceSelect } from './DeviceSelect.tsx';
import { numbersOf, unitSuffix } from './devices.ts';
import { useEditorEnv } from './editorEnv.ts';
import { SelectField, TextField, useRowValue } from './fields.tsx';
import type { RoutineForm } from './formShape.ts';

type Base = `triggers.${number}` | `conditions.${number}`;

interface Row {
  entityId: string;
  attribute: string;
}

const hasNumbers = (e: Parameters<typeof numbersOf>[0]) => numbersOf(e).length > 0;

export function NumberFields({ base, trigger = false }: { base: Base; trigger?: boolean }) {
  const { home, unit } = useEditorEnv();
  const { setValue } = useFormContext<RoutineForm>();
  const row = useRowValue<Row>(base);
  const entity = home.entities.find((e) => e.id === row.entityId);
  const numbers = entity ? numbersOf(entity) : [];
  const attribute = row.attribute === '' ? undefined : row.attribute;
  const known = numbers.some((n) => n.attribute === attribute);
  const suffix = unitSuffix(entity, attribute, unit);
  const above = `${base}.above` as const;
  const below = `${base}.below` as const;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <DeviceSelect
        name={`${base}.entityId`}
        keep={hasNumbers}
        deps={[`${base}.attribute`]}
        onPicked={(picked) =>
          setValue(`${base}.attribute`, (picked && numbersOf(picked)[0]?.attribute) ?? '', {
            shouldDirty: true,
          })
        }
      />
      {(numbers.length > 1 || (entity && !known)) && (
        <SelectField name={`${base}.attribute`} label="Which number">
          {!known && <option value={row.attribute}>Choose a number…</option>}
          {numbers.map((n) => (
            <option key={n.attribute ?? ''} value={n.attribute ?? ''}>
              {n.label}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        name={above}
        label={`${trigger ? 'Rises above' : 'Is above'}${suffix}`}
        inputMode="decimal"
        deps={[below]}
        hint="Fill in one number or both."
      />
      <TextField
        name={below}
        label={`${trigger ? 'Falls below' : 'Is below'}${suffix}`}
        inputMode="decimal"
        deps={[above]}
      />
      {trigger && (
        <TextField
          name={`triggers.${Number(base.split('.')[1])}.forMinutes`}
          label="Stays so for (minutes)"
          inputMode="decimal"
          hint="Optional: leave it empty to start at once."
        />
      )}
    </div>
  );
}
