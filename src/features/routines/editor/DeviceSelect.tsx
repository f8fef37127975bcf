// A device chooser: devices by name, one group per room in the home's order, never ids.
import type { Entity } from '../../../domain/home/model.ts';
import { deviceGroups } from './devices.ts';
import { useEditorEnv } from './editorEnv.ts';
import { SelectField, useRowValue, type FieldName } from './fields.tsx';

interface DeviceSelectProps {
  name: FieldName;
  /** Which devices fit this row ("has a number", "can be controlled"). */
  keep: (entity: Entity) => boolean;
  label?: string;
  /** Called with the chosen device, so the row can fit its other fields to it. */
  onPicked?: (entity: Entity | undefined) => void;
  deps?: FieldName[];
  className?: string;
}

export function DeviceSelect({
  name,
  keep,
  label = 'Device',
  onPicked,
  deps,
  className,
}: DeviceSelectProps) {
  const { home } = useEditorEnv();
  const chosen = useRowValue<string>(name);
  const groups = deviceGroups(home, keep, chosen);
  const missing = chosen !== '' && !home.entities.some((e) => e.id === chosen);
  return (
    <SelectField
      name={name}
      label={label}
      className={className}
      {...(deps && { deps })}
      onValue={(id) => onPicked?.(home.entities.find((e) => e.id === id))}
    >
      <option value="">Choose a device…</option>
      {missing && <option value={chosen}>A device that is no longer in the home</option>}
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
