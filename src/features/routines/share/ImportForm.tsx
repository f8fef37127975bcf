// The second half of an import: the routine in words, the choices that fit it to this home, its
// name, and "Add routine". The summary follows the choices as they are made. Adding builds the
// routine only when everything is chosen; until then it says what is left, and adds nothing.
import { useMemo, useState } from 'react';
import type { Home } from '../../../domain/home/model.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import {
  applyMapping,
  previewImport,
  suggestMapping,
  suggestName,
  type ImportMapping,
  type SharedRoutine,
} from '../../../domain/routines/share.ts';
import { summarizeRoutine } from '../../../domain/routines/summary.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import {
  checkRoutine,
  newRoutineId,
  RoutineRefused,
  saveRoutineChecked,
} from '../../../stores/routineActions.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import { ImportChoices, type MappingPart } from './ImportChoices.tsx';
import { ProblemBox } from '../../../components/ui/ProblemBox.tsx';

/** What the person changed, by part and shared id; "" is "none chosen". */
type Choices = Record<MappingPart, Record<string, string>>;

function merge(suggested: ImportMapping, choices: Choices): ImportMapping {
  const part = (name: MappingPart) => {
    const out = { ...suggested[name] };
    for (const [id, value] of Object.entries(choices[name])) out[id] = value || undefined;
    return out;
  };
  return { devices: part('devices'), areas: part('areas'), routines: part('routines') };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ImportForm({
  shared,
  home,
  routines,
  unit,
  onAdded,
  onCancel,
}: {
  shared: SharedRoutine;
  home: Home;
  routines: readonly Routine[];
  unit: TemperatureUnit;
  onAdded: (routine: Routine) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Choices>({ devices: {}, areas: {}, routines: {} });
  // Suggested once, from the routines there were when the import started.
  const [name, setName] = useState(() => suggestName(shared, routines));
  const [problems, setProblems] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const plan = useMemo(() => suggestMapping(shared, home, routines), [shared, home, routines]);
  const mapping = useMemo(() => merge(plan.mapping, choices), [plan, choices]);
  const summary = useMemo(() => {
    const preview = previewImport(shared, mapping, home, routines);
    return summarizeRoutine(preview.routine, {
      home: preview.home,
      unit,
      routineName: preview.routineName,
      taughtName: () => undefined,
    });
  }, [shared, mapping, home, routines, unit]);

  const choose = (part: MappingPart, id: string, value: string) => {
    setChoices((c) => ({ ...c, [part]: { ...c[part], [id]: value } }));
    setProblems([]);
  };

  const add = async (confirmed: boolean) => {
    setTried(true);
    setWarnings([]);
    const built = applyMapping(
      shared,
      mapping,
      { home, routines },
      { id: newRoutineId(), now: simulatedNow(), name },
    );
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setBusy(true);
    try {
      if (!confirmed) {
        const checks = await checkRoutine(built.routine);
        if (checks.errors.length > 0) return setProblems(checks.errors);
        if (checks.warnings.length > 0) return setWarnings(checks.warnings);
      }
      onAdded(await saveRoutineChecked(built.routine));
    } catch (error) {
      setProblems([
        error instanceof RoutineRefused
          ? error.message
          : `It could not be added: ${error instanceof Error ? error.message : String(error)}`,
      ]);
    } finally {
      setBusy(false);
    }
  };

  const nameTaken = routines.some((r) => sameName(r.name, name));
  const unchosen = [
    ...plan.devices.filter((c) => mapping.devices[c.id] === undefined).map((c) => c.device.name),
    ...plan.areas.filter((c) => mapping.areas[c.id] === undefined).map((c) => c.name),
    ...plan.routines.filter((c) => mapping.routines[c.id] === undefined).map((c) => c.name),
  ];
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <section
        aria-labelledby="import-routine-heading"
        className="rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
      >
        <h2 id="import-routine-heading" className="text-lg font-semibold break-words">
          {shared.routine.name}
        </h2>
        <p data-testid="import-summary" className="mt-1 text-slate-800 dark:text-slate-200">
          {summary}
        </p>
      </section>

      <ImportChoices
        home={home}
        devices={plan.devices}
        areas={plan.areas}
        routines={plan.routines}
        mapping={mapping}
        showMissing={tried}
        onChoose={choose}
      />

      <form
        aria-label="Add the routine"
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          void add(false);
        }}
      >
        <div className="max-w-md">
          <Field
            id="import-name"
            label="Name"
            hint={
              nameTaken ? 'You already have a routine with this name.' : 'You can change it later.'
            }
          >
            <input
              id="import-name"
              value={name}
              maxLength={120}
              aria-describedby="import-name-hint"
              onChange={(e) => setName(e.target.value)}
              className={inputClass}
            />
          </Field>
        </div>
        {problems.length > 0 ? (
          <ProblemBox title="Nothing was added yet." problems={problems} />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {unchosen.length === 0
              ? 'Everything is chosen: it is ready to add.'
              : `Still to choose: ${unchosen.map((n) => `“${n}”`).join(', ')}.`}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" disabled={busy}>
            Add routine
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>

      <Dialog
        open={warnings.length > 0}
        onOpenChange={(open) => !open && setWarnings([])}
        title="Add it anyway?"
        description="This routine would work, but look at this first:"
      >
        <ul className="mb-4 list-disc pl-5 text-sm">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setWarnings([])}>
            Go back
          </Button>
          <Button variant="primary" onClick={() => void add(true)} disabled={busy}>
            Add anyway
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
