import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/ui/Button.tsx';
import { DraftNotice } from './DraftNotice.tsx';
import type { DraftKeeper } from './useDraftKeeper.ts';
import type { SaveTaught } from './useSaveTaught.tsx';

/** The form around an editor's fields: the draft notice, the refusal box, Save and Cancel. */
export function EditorShell<T extends FieldValues>({
  label,
  form,
  draft,
  saver,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  form: UseFormReturn<T>;
  draft: DraftKeeper;
  saver: SaveTaught;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const busy = saver.busy || form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-col gap-4">
        <DraftNotice
          restoredAt={draft.restoredAt}
          onDiscard={() => {
            draft.discard();
            saver.reset();
          }}
        />
        {children}
        {saver.ui}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
            Save
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
      </form>
    </FormProvider>
  );
}
