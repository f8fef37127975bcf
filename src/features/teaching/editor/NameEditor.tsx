// The name editor: another name, and the device or room it names, chosen from one list (rooms
// first, then devices by room).
import { zodResolver } from '@hookform/resolvers/zod';
import type { TaughtName } from '../../../domain/teaching/model.ts';
import { deviceGroups, orderedAreas } from '../devices.ts';
import { withBase } from '../itemBase.ts';
import {
  blankNameForm,
  nameFormSchema,
  nameFromForm,
  nameToForm,
  targetOf,
  type NameForm,
} from '../nameForm.ts';
import type { LearnedData } from '../useLearnedData.ts';
import { EditorShell } from './EditorShell.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import { useTaughtEditor } from './useTaughtEditor.ts';

export function NameEditor({
  data,
  item,
  onDone,
}: {
  data: LearnedData;
  item?: TaughtName;
  onDone: () => void;
}) {
  const { home } = data;
  const { form, draft, saver, baseFor } = useTaughtEditor('name', {
    item,
    original: item ? nameToForm(item) : blankNameForm(),
    resolver: zodResolver(nameFormSchema(home)),
    unit: data.settings.temperatureUnit,
    onDone,
  });
  const submit = form.handleSubmit(async (values) => {
    await saver.save(withBase<'name'>(nameFromForm(values as NameForm), await baseFor()));
  });
  // A saved name whose device or room is gone keeps its choice, said as such, until changed.
  const saved = item && targetOf(nameToForm(item).target);
  const gone =
    saved &&
    (saved.kind === 'entity'
      ? !home.entities.some((e) => e.id === saved.entityId)
      : !home.areas.some((a) => a.id === saved.areaId));
  return (
    <EditorShell
      label={item ? `Edit the name “${item.name}”` : 'New name'}
      form={form}
      draft={draft}
      saver={saver}
      onSubmit={(e) => void submit(e)}
      onCancel={onDone}
    >
      <Section id="taught-name-heading" title="The name">
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <TextField name="name" label="Name" hint="What you will call it, like “the big light”." />
          <SelectField name="target" label="What it names">
            <option value="">Choose a device or a room…</option>
            {gone && item && (
              <option value={nameToForm(item).target}>Something no longer in the home</option>
            )}
            <optgroup label="Rooms">
              {orderedAreas(home).map((a) => (
                <option key={a.id} value={`area:${a.id}`}>
                  {a.name} (the room)
                </option>
              ))}
            </optgroup>
            {deviceGroups(home, () => true).map((g) => (
              <optgroup key={g.label} label={`Devices in ${g.area ? g.area.name : 'no room'}`}>
                {g.entities.map((e) => (
                  <option key={e.id} value={`entity:${e.id}`}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </div>
      </Section>
    </EditorShell>
  );
}
