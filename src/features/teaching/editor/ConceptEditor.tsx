// The setting word editor: the word, the kind of device it is for, and that kind's settings —
// brightness, a colour or shade of white by name, a temperature in the person's unit, a heating
// mode, a position, a speed, a volume, on or off. What it means is said in words as it is typed.
import { useFormContext, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { capitalize } from '../../../domain/assistant/words.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { CONCEPT_KINDS, describeConcept } from '../../../domain/teaching/concepts.ts';
import { CONCEPT_DOMAINS, type Concept } from '../../../domain/teaching/model.ts';
import {
  blankConceptForm,
  conceptFormSchema,
  conceptFromForm,
  conceptToForm,
  SETTING_FIELDS,
  settingsFromForm,
  type ConceptForm,
  type SettingField,
} from '../conceptForm.ts';
import { COLOUR_SUGGESTIONS, WHITE_SUGGESTIONS } from '../conceptColors.ts';
import { withBase } from '../itemBase.ts';
import type { LearnedData } from '../useLearnedData.ts';
import { EditorShell } from './EditorShell.tsx';
import { fieldId, GroupError, Section, SelectField, TextField, useFieldError } from './fields.tsx';
import { useTaughtEditor } from './useTaughtEditor.ts';

const COLOURS_LIST = 'taught-colour-names';

function SettingInput({
  field,
  domain,
  unit,
}: {
  field: SettingField;
  domain: ConceptForm['domain'];
  unit: TemperatureUnit;
}) {
  const cover = domain === 'cover';
  switch (field) {
    case 'power':
      return (
        <SelectField name="power" label={cover ? 'Open or closed' : 'On or off'}>
          <option value="">Leave as it is</option>
          <option value="on">{cover ? 'Open' : 'On'}</option>
          <option value="off">{cover ? 'Closed' : 'Off'}</option>
        </SelectField>
      );
    case 'hvacMode':
      return (
        <SelectField name="hvacMode" label="Heating mode">
          <option value="">Leave as it is</option>
          <option value="heat">Heat</option>
          <option value="cool">Cool</option>
          <option value="heat_cool">Heat and cool</option>
          <option value="off">Off</option>
        </SelectField>
      );
    case 'brightness':
      return <TextField name="brightness" label="Brightness (%)" inputMode="decimal" />;
    case 'color':
      return (
        <>
          <TextField
            name="color"
            label="Colour or shade of white"
            hint="A name such as warm white, cool white, red or sky blue."
            list={COLOURS_LIST}
          />
          <datalist id={COLOURS_LIST}>
            {[...WHITE_SUGGESTIONS, ...COLOUR_SUGGESTIONS].map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </>
      );
    case 'temperature':
      return <TextField name="temperature" label={`Temperature (°${unit})`} inputMode="decimal" />;
    case 'position':
      return <TextField name="position" label="Position (% open)" inputMode="decimal" />;
    case 'speed':
      return <TextField name="speed" label="Speed (%)" inputMode="decimal" />;
    case 'volume':
      return <TextField name="volume" label="Volume (%)" inputMode="decimal" />;
  }
}

/** "“study mode” for lights means brightness 100 % and cool white", as it is typed. */
function Meaning({ unit }: { unit: TemperatureUnit }) {
  const values = useWatch<ConceptForm>() as ConceptForm;
  if (values.domain === '') return null;
  const settings = settingsFromForm(values, unit);
  const word = values.word.trim() || 'It';
  const quoted = values.word.trim() ? `“${word}”` : word;
  return (
    <p className="text-sm text-slate-800 dark:text-slate-200">
      {Object.keys(settings).length === 0
        ? 'Choose the settings it stands for.'
        : `${quoted} for ${CONCEPT_KINDS[values.domain].many} means ${describeConcept({ settings }, unit)}.`}
    </p>
  );
}

function SettingsSection({ unit }: { unit: TemperatureUnit }) {
  const { control } = useFormContext<ConceptForm>();
  const domain = useWatch({ control, name: 'domain' });
  const error = useFieldError('settings');
  return (
    <Section
      id="taught-settings-heading"
      title="What it sets"
      description="Fill in only what it should change; the rest stays as it is."
    >
      {domain === '' ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Choose the kind of device first.
        </p>
      ) : (
        <>
          <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
            {SETTING_FIELDS[domain].map((f) => (
              <SettingInput key={f} field={f} domain={domain} unit={unit} />
            ))}
          </div>
          <GroupError id={`${fieldId('settings')}-error`} error={error} />
          <Meaning unit={unit} />
        </>
      )}
    </Section>
  );
}

export function ConceptEditor({
  data,
  item,
  onDone,
}: {
  data: LearnedData;
  item?: Concept;
  onDone: () => void;
}) {
  const unit = data.settings.temperatureUnit;
  const { form, draft, saver, baseFor } = useTaughtEditor('concept', {
    item,
    original: item ? conceptToForm(item, unit) : blankConceptForm(),
    resolver: zodResolver(conceptFormSchema(unit)),
    unit,
    onDone,
  });
  const submit = form.handleSubmit(async (values) => {
    const meaning = conceptFromForm(values as ConceptForm, unit, item?.taughtOn);
    await saver.save(withBase<'concept'>(meaning, await baseFor()));
  });
  return (
    <EditorShell
      label={item ? `Edit the setting word “${item.word}”` : 'New setting word'}
      form={form}
      draft={draft}
      saver={saver}
      onSubmit={(e) => void submit(e)}
      onCancel={onDone}
    >
      <Section id="taught-word-heading" title="The word">
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <TextField
            name="word"
            label="Word"
            hint="What you will say, like “study mode” or “cozy”."
          />
          <SelectField
            name="domain"
            label="Kind of device"
            hint="It works for every device of this kind."
          >
            <option value="">Choose…</option>
            {CONCEPT_DOMAINS.map((d) => (
              <option key={d} value={d}>
                {capitalize(CONCEPT_KINDS[d].many)}
              </option>
            ))}
          </SelectField>
        </div>
      </Section>
      <SettingsSection unit={unit} />
    </EditorShell>
  );
}
