// The skill editor (issue 6): how the skill is started, then the template's own form drawn from
// its fields, with a live preview beside it that runs the form as it is. Saving checks the form
// (problems in plain words next to each field and counted at the top), then the skill as a whole
// in the store: errors refuse it, warnings (a start phrase that is also something else) ask "Save
// anyway?". What is typed is kept as a draft until it is saved or cancelled (draftStore.ts).
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { ArrowDown, Eraser, Undo2 } from 'lucide-react';
import type { Skill, SkillStatus } from '../../../domain/blueprints/model.ts';
import type { AnyBlueprint } from '../../../domain/blueprints/types.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { PREVIEW_ID } from '../preview/PreviewChat.tsx';
import { PreviewSlot } from '../preview/PreviewSlot.tsx';
import { DraftNotice } from './DraftNotice.tsx';
import { openDraft } from './draftStore.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { ShowAllProblems } from './fieldKit.tsx';
import { partsSchema, skillResolver } from './formCheck.ts';
import {
  emptyConfig,
  skillFromParts,
  toForm,
  type SkillForm,
  type SkillParts,
} from './formModel.ts';
import { StartFields } from './StartFields.tsx';
import { TemplateFields } from './TemplateFields.tsx';
import { useDraftKeeper } from './useDraftKeeper.ts';
import { useSaveSkill } from './useSaveSkill.tsx';

export interface SkillEditorProps {
  blueprint: AnyBlueprint;
  /** What the form starts from: the saved skill, or a new one made from the example. */
  initial: Skill;
  /** The skill as stored now, if saved: what it remembers is kept when the form is saved. */
  latest?: Skill | undefined;
  isNew: boolean;
  /** Where what is typed is kept until saved: `newSkillSlot(template)` or `skillSlot(id)`. */
  draftSlot: string;
  timeZone: string;
  /** Opened by "Try it": the preview takes the focus. */
  focusTry?: boolean;
  onSaved: (saved: Skill) => void;
  onCancel: () => void;
}

export function SkillEditor({
  blueprint,
  initial,
  latest,
  isNew,
  draftSlot,
  timeZone,
  focusTry = false,
  onSaved,
  onCancel,
}: SkillEditorProps) {
  const schema = useMemo(() => partsSchema(blueprint), [blueprint]);
  const resolver = useMemo(() => skillResolver(blueprint), [blueprint]);
  // Taken once: the stored skill changing underneath (its memory, its switch) must not reset
  // what the person is typing.
  const [original] = useState(() => toForm(initial, blueprint));
  const [opened] = useState(() => openDraft(draftSlot, blueprint, original));
  const form = useForm<SkillForm, unknown, SkillParts>({
    resolver,
    defaultValues: opened.values,
    mode: 'onTouched',
  });
  const draft = useDraftKeeper(form, opened, {
    slot: draftSlot,
    blueprint,
    skillId: initial.id,
    original,
  });
  const saver = useSaveSkill({ onSaved, forgetDraft: draft.clear });
  const [showProblems, setShowProblems] = useState(false);
  const [emptied, setEmptied] = useState(false);

  const submit = (status: SkillStatus) =>
    form.handleSubmit(
      async (parts) => {
        setShowProblems(false);
        const base = latest ? { ...initial, memory: latest.memory } : initial;
        await saver.save(skillFromParts(parts, base, status, simulatedNow()));
      },
      () => setShowProblems(true),
    );
  const offerDraft = isNew || initial.status === 'draft';
  const mainStatus: SkillStatus = offerDraft ? 'enabled' : initial.status;

  const setConfig = (config: Record<string, unknown>, isEmpty: boolean) => {
    form.reset({ ...form.getValues(), config }, { keepDefaultValues: true });
    setEmptied(isEmpty);
    setShowProblems(false);
  };

  const busy = saver.busy || form.formState.isSubmitting;
  const goToPreview = () => {
    const preview = document.getElementById(PREVIEW_ID);
    preview?.scrollIntoView({ block: 'start' });
    preview?.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled)')?.focus();
  };
  return (
    <FormProvider {...form}>
      <ShowAllProblems.Provider value={showProblems}>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]">
          <form
            onSubmit={(e) => void submit(mainStatus)(e)}
            noValidate
            aria-label={isNew ? `New skill: ${blueprint.title}` : `Edit skill ${initial.name}`}
            className="flex min-w-0 flex-col gap-4"
          >
            <DraftNotice
              restoredAt={draft.restoredAt}
              onDiscard={() => {
                draft.discard();
                saver.reset();
                setShowProblems(false);
                setEmptied(false);
              }}
            />
            {showProblems && <ErrorSummary fields={blueprint.fields} />}
            {/* On a narrow screen the preview is under the whole form: a way straight to it. */}
            <Button
              size="sm"
              variant="ghost"
              className="self-start lg:hidden"
              onClick={goToPreview}
            >
              <ArrowDown aria-hidden className="size-4" />
              Go to the preview
            </Button>
            <StartFields />
            <section
              aria-labelledby="skill-template-heading"
              className="flex flex-col gap-4 rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 flex-1 basis-64">
                  <h2 id="skill-template-heading" className="text-lg font-semibold">
                    What it knows
                  </h2>
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    {blueprint.description}
                  </p>
                </div>
                {isNew &&
                  (emptied ? (
                    <Button
                      size="sm"
                      onClick={() => setConfig(structuredClone(original.config), false)}
                    >
                      <Undo2 aria-hidden className="size-4" />
                      Put the example back
                    </Button>
                  ) : (
                    <Button size="sm" onClick={() => setConfig(emptyConfig(blueprint), true)}>
                      <Eraser aria-hidden className="size-4" />
                      Start empty
                    </Button>
                  ))}
              </div>
              <TemplateFields fields={blueprint.fields} prefix="config" />
            </section>

            {saver.ui}

            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
                {offerDraft ? 'Save and turn on' : 'Save'}
              </Button>
              {offerDraft && (
                <Button disabled={busy} onClick={() => void submit('draft')()}>
                  Save as draft
                </Button>
              )}
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
          </form>
          <div className="min-w-0 lg:sticky lg:top-28">
            <PreviewSlot
              blueprint={blueprint}
              schema={schema}
              timeZone={timeZone}
              focusStart={focusTry}
            />
          </div>
        </div>
      </ShowAllProblems.Provider>
    </FormProvider>
  );
}
