import { useEffect, useRef, useState } from 'react';
import { Undo2, X } from 'lucide-react';
import { Button } from './Button.tsx';

export interface Deleted {
  id: string;
  name: string;
  /** When it was deleted (real time): deleting again re-announces and re-focuses. */
  at: number;
}

/** How a failed undo is told: the app's notices (stores/notifications.ts `notify`). */
export type UndoProblem = (notice: { tone: 'error'; title: string; body?: string }) => void;

/**
 * "Deleted “Good night”. Undo": on the page rather than a toast, because the toasts have no
 * buttons. The live region is always there, so screen readers announce what appears in it; Undo
 * takes the focus, as the card that had it is gone. Routines, taught items and skills use it, each
 * with its own `onUndo`.
 */
export function UndoDeleteBar({
  deleted,
  onUndo,
  onProblem,
  onDone,
  verb = 'Deleted',
}: {
  deleted: Deleted | null;
  /** Brings the deleted record back; false when there was nothing to bring back. */
  onUndo: (id: string) => Promise<boolean>;
  onProblem: UndoProblem;
  onDone: () => void;
  /** What happened, in the bar's words: "Deleted", or "Forgot" for something learned. */
  verb?: string;
}) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const [back, setBack] = useState<string | null>(null);

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  useEffect(() => {
    if (back === null) return;
    const timer = setTimeout(() => setBack(null), 6000);
    return () => clearTimeout(timer);
  }, [back]);

  const undo = async () => {
    if (!deleted) return;
    try {
      const ok = await onUndo(deleted.id);
      if (ok) setBack(deleted.name);
      else onProblem({ tone: 'error', title: `Could not bring back “${deleted.name}”` });
    } catch (error) {
      onProblem({
        tone: 'error',
        title: `Could not bring back “${deleted.name}”`,
        body: error instanceof Error ? error.message : String(error),
      });
    }
    onDone();
  };

  return (
    <div role="status" className="empty:hidden">
      {deleted ? (
        <div className="flex flex-wrap items-center gap-3 rounded-xl bg-slate-800 px-4 py-2.5 text-white dark:bg-slate-700">
          <p className="text-sm">
            {verb} “{deleted.name}”.
          </p>
          <Button
            ref={undoRef}
            size="sm"
            variant="secondary"
            onClick={() => void undo()}
            className="dark:bg-slate-900"
          >
            <Undo2 aria-hidden className="size-4" />
            Undo
          </Button>
          <button
            type="button"
            aria-label="Dismiss"
            onClick={onDone}
            className="ml-auto rounded-lg p-1.5 text-slate-200 hover:bg-slate-700 dark:hover:bg-slate-600"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
      ) : back !== null ? (
        <p className="rounded-xl bg-white px-4 py-2.5 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          “{back}” is back.
        </p>
      ) : null}
    </div>
  );
}
