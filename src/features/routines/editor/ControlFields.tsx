// "Turn devices on/off or set them": one device, or every device of a kind in a room or the whole
// home; then what to do, from the commands that kind of device has, and its value.
import { useFormContext } from 'react-hook-form';
import { capitalize } from '../../../domain/assistant/words.ts';
import { DOMAIN_WORDS, type Entity } from '../../../domain/home/model.ts';
import {
  commandChoices,
  commandLabel,
  defaultValue,
  domainsIn,
  isControllable,
  valueChoices,
  valueHint,
  valueKind,
  valueLabel,
  type Target,
} from './commandList.ts';
import { DeviceSelect } from './DeviceSelect.tsx';
import { orderedAreas } from './devices.ts';
import { useEditorEnv } from './editorEnv.ts';
import { SelectField, TextField, useRowValue } from './fields.tsx';
import { AREA_DOMAINS, type ActionRowOf, type AreaDomain, type RoutineForm } from './formShape.ts';

function ValueField({
  index,
  row,
  entity,
}: {
  index: number;
  row: ActionRowOf<'control'>;
  entity?: Entity;
}) {
  const { unit } = useEditorEnv();
  const name = `actions.${index}.value` as const;
  const label = valueLabel(row.command, unit, entity);
  if (label === undefined) return null;
  const choices = valueChoices(row.command, unit, entity, row.value);
  const hint = valueHint(row.command);
  if (choices)
    return (
      <SelectField name={name} label={label}>
        {row.value === '' && <option value="">Choose…</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
    );
  return (
    <TextField
      name={name}
      label={label}
      inputMode={valueKind(row.command) === 'percent' ? 'numeric' : 'decimal'}
      {...(hint !== undefined && { hint })}
    />
  );
}

export function ControlFields({ index }: { index: number }) {
  const base = `actions.${index}` as const;
  const { home, unit } = useEditorEnv();
  const { setValue } = useFormContext<RoutineForm>();
  const row = useRowValue<ActionRowOf<'control'>>(base);
  const entity =
    row.targetKind === 'entity' ? home.entities.find((e) => e.id === row.entityId) : undefined;
  const target: Target =
    row.targetKind === 'entity' ? { kind: 'entity', entity } : { kind: 'area', domain: row.domain };
  const commands: string[] = commandChoices(target);
  const set = (field: 'command' | 'value', value: string) =>
    setValue(`${base}.${field}`, value, { shouldDirty: true });

  /** After the devices change: keep the command if they can still do it, else offer the first. */
  const fit = (next: Target) => {
    const choices: string[] = commandChoices(next);
    const nextEntity = next.kind === 'entity' ? next.entity : undefined;
    if (choices.includes(row.command)) return;
    const first = choices[0] ?? '';
    set('command', first);
    set('value', defaultValue(first, unit, nextEntity));
  };
  const kinds = domainsIn(home, AREA_DOMAINS);
  if (!kinds.includes(row.domain)) kinds.push(row.domain);
  const rooms = orderedAreas(home).filter(
    (a) =>
      a.id === row.areaId || home.entities.some((e) => e.area === a.id && e.domain === row.domain),
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <SelectField
        name={`${base}.targetKind`}
        label="What to control"
        onValue={(kind) =>
          fit(kind === 'entity' ? { kind: 'entity', entity } : { kind: 'area', domain: row.domain })
        }
      >
        <option value="entity">One device</option>
        <option value="area">Every device of a kind</option>
      </SelectField>
      {row.targetKind === 'entity' ? (
        <DeviceSelect
          name={`${base}.entityId`}
          keep={isControllable}
          onPicked={(picked) => fit({ kind: 'entity', entity: picked })}
        />
      ) : (
        <>
          <SelectField
            name={`${base}.domain`}
            label="Kind of device"
            onValue={(domain) => fit({ kind: 'area', domain: domain as AreaDomain })}
          >
            {kinds.map((d) => (
              <option key={d} value={d}>
                {capitalize(DOMAIN_WORDS[d].many)}
              </option>
            ))}
          </SelectField>
          <SelectField name={`${base}.areaId`} label="Where">
            <option value="">The whole home</option>
            {row.areaId !== '' && !home.areas.some((a) => a.id === row.areaId) && (
              <option value={row.areaId}>A room that is no longer in the home</option>
            )}
            {rooms.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <SelectField
        name={`${base}.command`}
        label="Command"
        disabled={commands.length === 0 && row.command === ''}
        onValue={(command) => set('value', defaultValue(command, unit, entity))}
      >
        {(row.command === '' || !commands.includes(row.command)) && (
          <option value={row.command}>
            {row.command === ''
              ? row.targetKind === 'entity' && !entity
                ? 'Choose a device first…'
                : 'Choose what to do…'
              : commandLabel(row.command)}
          </option>
        )}
        {commands.map((c) => (
          <option key={c} value={c}>
            {commandLabel(c)}
          </option>
        ))}
      </SelectField>
      <ValueField key={row.command} index={index} row={row} {...(entity && { entity })} />
    </div>
  );
}
