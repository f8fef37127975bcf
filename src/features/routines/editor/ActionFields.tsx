// One small editor per kind of step: control devices, run another routine, a taught command,
// wait, say something, send a notification.
import { ControlFields } from './ControlFields.tsx';
import { useEditorEnv } from './editorEnv.ts';
import { SelectField, TextField, useRowValue } from './fields.tsx';
import type { ActionRow } from './formShape.ts';

const grid = 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3';
const note = 'text-sm text-slate-700 dark:text-slate-300';

function RunRoutineFields({ index }: { index: number }) {
  const name = `actions.${index}.routineId` as const;
  const { others } = useEditorEnv();
  const chosen = useRowValue<string>(name);
  return (
    <div className={grid}>
      <SelectField name={name} label="Routine">
        <option value="">Choose a routine…</option>
        {chosen !== '' && !others.some((r) => r.id === chosen) && (
          <option value={chosen}>A routine that no longer exists</option>
        )}
        {others.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </SelectField>
      {others.length === 0 && (
        <p className={`${note} sm:col-span-2`}>
          There are no other routines yet. Save another routine first, then choose it here.
        </p>
      )}
    </div>
  );
}

function RunTaughtFields({ index }: { index: number }) {
  const name = `actions.${index}.commandId` as const;
  const { taught } = useEditorEnv();
  const chosen = useRowValue<string>(name);
  return (
    <div className={grid}>
      <SelectField name={name} label="Taught command">
        <option value="">Choose a taught command…</option>
        {chosen !== '' && !taught.some((c) => c.id === chosen) && (
          <option value={chosen}>A taught command that no longer exists</option>
        )}
        {taught.map((c) => (
          <option key={c.id} value={c.id}>
            {c.phrases[0]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

function WaitFields({ index }: { index: number }) {
  const minutes = `actions.${index}.minutes` as const;
  const seconds = `actions.${index}.seconds` as const;
  return (
    <div className={grid}>
      <TextField name={minutes} label="Minutes" inputMode="numeric" deps={[seconds]} />
      <TextField name={seconds} label="Seconds" inputMode="numeric" deps={[minutes]} />
      <p className={`${note} sm:col-span-2 lg:col-span-1 lg:self-end`}>
        Waits follow the home’s clock, so they pass faster when the clock runs fast.
      </p>
    </div>
  );
}

export function ActionFields({ index, type }: { index: number; type: ActionRow['type'] }) {
  switch (type) {
    case 'control':
      return <ControlFields index={index} />;
    case 'run_routine':
      return <RunRoutineFields index={index} />;
    case 'run_taught':
      return <RunTaughtFields index={index} />;
    case 'wait':
      return <WaitFields index={index} />;
    case 'say':
      return (
        <TextField
          name={`actions.${index}.text`}
          label="What to say"
          hint="Shown in the console, and spoken aloud when voice is on."
        />
      );
    case 'notify':
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name={`actions.${index}.title`} label="Title" />
          <TextField name={`actions.${index}.body`} label="Message (optional)" />
        </div>
      );
  }
}
