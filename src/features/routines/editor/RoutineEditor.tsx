// The routine editor (issue 4): name, "When" (triggers), "Only if" (conditions) and "Do" (steps),
// with the routine in words as it is edited. Saving checks the form (problems in plain words next
// to each field and counted at the top), then the routine as a whole: a loop is refused, a phrase
// that is also something else asks "Save anyway?". "What would happen now?" tries the draft
// against the home as it is, changing nothing. What is typed is kept as a draft until it is saved
// or cancelled, so a reload brings it back (draftStore.ts).
import type { TaughtCommand } from '../../../domain/teaching/model.ts';
import { useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Home } from '../../../domain/home/model.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import type { RoutineProblems } from '../../../domain/routines/checks.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import {
  checkRoutine,
  RoutineRefused,
  saveRoutineChecked,
  tryRoutine,
} from '../../../stores/routineActions.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { notify } from '../../../stores/notifications.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { DraftNotice } from './DraftNotice.tsx';
import { openDraft } from './draftStore.ts';
import { DryRunPanel, type Tried } from './DryRunPanel.tsx';
import { EditorEnvContext, type EditorEnv } from './editorEnv.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { describedBy, fieldId, ShowAllProblems, useFieldError } from './fields.tsx';
import { toForm, type RoutineBase } from './formModel.ts';
import { routineFormSchema, type FormContext } from './formSchema.ts';
import type { RoutineForm } from './formShape.ts';
import { LiveSummary } from './LiveSummary.tsx';
import { ActionList, ConditionList, TriggerList } from './RowLists.tsx';
import { useDraftKeeper } from './useDraftKeeper.ts';

const NO_TAUGHT: readonly TaughtCommand[] = [];

export interface RoutineEditorProps {
  initial: Routine;
  isNew: boolean;
  /**
   * Where what is typed is kept until saved: `newRoutineSlot(starter)` or `routineSlot(id)`. For a
   * new routine, `initial` has the id its draft was typed under (`keepDraftId`).
   */
  draftSlot: string;
  home: Home;
  /** All saved routines; the one being edited is left out of "Run another routine". */
  routines: readonly Routine[];
  /** Taught commands, which "Do a taught command" may choose. */
  taught?: readonly TaughtCommand[];
  unit: TemperatureUnit;
  onSaved: (saved: Routine) => void;
  onCancel: () => void;
}

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: ReactNode;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{description}</p>
      )}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function NameSection() {
  const { register } = useFormContext<RoutineForm>();
  const error = useFieldError('name');
  const id = fieldId('name');
  return (
    // Not a labelled region: "Name" then labels one thing only, the field.
    <div className="rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      {/* The heading is the field's label: one word, read once. */}
      <h2 id="routine-name-heading" className="text-lg font-semibold">
        <label htmlFor={id}>Name</label>
      </h2>
      <div className="mt-2 flex max-w-xl flex-col gap-1">
        <input
          id={id}
          autoComplete="off"
          className={cn(inputClass, 'w-full')}
          aria-invalid={!!error}
          aria-describedby={describedBy(id, error, 'hint')}
          {...register('name')}
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            How the routine is listed, like “Good night”.
          </p>
        )}
      </div>
    </div>
  );
}

/** Whether the form still says what was tried: the answer is for that routine only. */
function useStale(tried: Tried | null, schema: ReturnType<typeof routineFormSchema>): boolean {
  const form = useWatch<RoutineForm>();
  if (!tried) return false;
  const now = schema.safeParse(form);
  return !now.success || JSON.stringify(now.data) !== JSON.stringify(tried.routine);
}

function DryRunSlot({
  tried,
  schema,
  headingRef,
}: {
  tried: Tried | null;
  schema: ReturnType<typeof routineFormSchema>;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const stale = useStale(tried, schema);
  return tried ? <DryRunPanel ref={headingRef} tried={tried} stale={stale} /> : null;
}

export function RoutineEditor({
  initial,
  isNew,
  draftSlot,
  home,
  routines,
  taught = NO_TAUGHT,
  unit,
  onSaved,
  onCancel,
}: RoutineEditorProps) {
  const others = useMemo(() => routines.filter((r) => r.id !== initial.id), [routines, initial.id]);
  const base = useMemo<RoutineBase>(
    () => ({
      id: initial.id,
      enabled: initial.enabled,
      createdAt: initial.createdAt,
      updatedAt: initial.updatedAt,
    }),
    [initial.id, initial.enabled, initial.createdAt, initial.updatedAt],
  );
  const checks = useMemo<FormContext>(
    () => ({ home, unit, base, others, taught }),
    [home, unit, base, others, taught],
  );
  const schema = useMemo(() => routineFormSchema(checks), [checks]);
  // The form starts from the routine (or from what was typed before a reload) once: the home
  // changing underneath must not reset it.
  const [original] = useState(() => toForm(initial, { home, unit }));
  const [opened] = useState(() =>
    openDraft(draftSlot, original, unit, isNew ? undefined : initial),
  );
  const form = useForm<RoutineForm, unknown, Routine>({
    resolver: zodResolver(schema),
    defaultValues: opened.values,
    mode: 'onTouched',
  });
  const draft = useDraftKeeper(form, opened, {
    slot: draftSlot,
    routineId: initial.id,
    unit,
    original,
  });
  const env = useMemo<EditorEnv>(
    () => ({
      home,
      unit,
      others,
      taught,
      checks,
      words: {
        home,
        unit,
        routineName: (id) =>
          id === initial.id ? form.getValues('name') : others.find((r) => r.id === id)?.name,
        taughtName: (id) => taught.find((c) => c.id === id)?.phrases[0],
      },
    }),
    [home, unit, others, taught, checks, initial.id, form],
  );

  const [showProblems, setShowProblems] = useState(false);
  const [problems, setProblems] = useState<RoutineProblems | null>(null);
  const [confirming, setConfirming] = useState<{ routine: Routine; warnings: string[] } | null>(
    null,
  );
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState<Tried | null>(null);
  const [trying, setTrying] = useState(false);
  const dryRunHeading = useRef<HTMLHeadingElement>(null);

  const store = async (routine: Routine) => {
    setSaving(true);
    try {
      const saved = await saveRoutineChecked(routine);
      draft.clear();
      notify({ tone: 'success', title: `Saved “${saved.name}”` });
      onSaved(saved);
    } catch (error) {
      if (error instanceof RoutineRefused) setProblems({ errors: [error.message], warnings: [] });
      else
        notify({
          tone: 'error',
          title: 'The routine was not saved',
          body: error instanceof Error ? error.message : String(error),
        });
    } finally {
      setSaving(false);
    }
  };

  const save = form.handleSubmit(
    async (routine) => {
      setShowProblems(false);
      setProblems(null);
      const found = await checkRoutine(routine);
      if (found.errors.length > 0) {
        setProblems(found);
        return;
      }
      if (found.warnings.length > 0) {
        setConfirming({ routine, warnings: found.warnings });
        return;
      }
      await store(routine);
    },
    () => setShowProblems(true),
  );

  const tryNow = async () => {
    const parsed = schema.safeParse(form.getValues());
    if (!parsed.success) {
      await form.trigger(undefined, { shouldFocus: true });
      setShowProblems(true);
      return;
    }
    setTrying(true);
    try {
      const at = simulatedNow();
      const result = await tryRoutine(parsed.data);
      setTried({ result, at, routine: parsed.data });
      requestAnimationFrame(() => dryRunHeading.current?.focus());
    } catch (error) {
      notify({
        tone: 'error',
        title: 'Could not try the routine',
        body: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setTrying(false);
    }
  };

  const busy = saving || form.formState.isSubmitting;
  return (
    <EditorEnvContext.Provider value={env}>
      <FormProvider {...form}>
        <ShowAllProblems.Provider value={showProblems}>
          <form
            onSubmit={(e) => void save(e)}
            noValidate
            aria-label={isNew ? 'New routine' : `Edit routine ${initial.name}`}
            className="flex flex-col gap-4"
          >
            <DraftNotice
              restored={draft.restored}
              onDiscard={() => {
                draft.discard();
                setShowProblems(false);
                setProblems(null);
                // After the reset has re-registered the fields: the button that had the focus is gone.
                requestAnimationFrame(() => form.setFocus('name'));
              }}
            />
            {showProblems && <ErrorSummary />}
            <LiveSummary />
            <NameSection />
            <Section
              id="routine-when-heading"
              title="When"
              description="Any one of these starts the routine."
            >
              <TriggerList />
            </Section>
            <Section
              id="routine-only-if-heading"
              title="Only if"
              description="Optional: checked each time it starts; if they don’t hold, it does nothing."
            >
              <ConditionList />
            </Section>
            <Section id="routine-do-heading" title="Do" description="These steps, in this order.">
              <ActionList />
            </Section>

            {problems && problems.errors.length > 0 && (
              <div
                role="alert"
                className="rounded-2xl bg-red-50 p-4 ring-1 ring-red-300 dark:bg-red-950/40 dark:ring-red-800"
              >
                <h2 className="font-semibold text-red-800 dark:text-red-300">
                  This routine can’t be saved
                </h2>
                <ul className="mt-1 list-disc pl-5 text-sm text-red-800 dark:text-red-300">
                  {problems.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </div>
            )}

            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save routine'}
              </Button>
              <Button onClick={() => void tryNow()} disabled={trying}>
                What would happen now?
              </Button>
              <Button
                variant="ghost"
                onClick={() => {
                  draft.clear();
                  onCancel();
                }}
              >
                Cancel
              </Button>
            </div>
            <DryRunSlot tried={tried} schema={schema} headingRef={dryRunHeading} />
          </form>
        </ShowAllProblems.Provider>
      </FormProvider>

      <Dialog
        title="Save anyway?"
        description="The routine is fine, but there is something you should know first."
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
      >
        <ul className="flex list-disc flex-col gap-2 pl-5 text-sm">
          {confirming?.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={() => setConfirming(null)}>
            Go back
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              const routine = confirming?.routine;
              setConfirming(null);
              if (routine) void store(routine);
            }}
          >
            Save anyway
          </Button>
        </div>
      </Dialog>
    </EditorEnvContext.Provider>
  );
}
