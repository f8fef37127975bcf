import { useEffect, useState } from 'react';
import { History } from 'lucide-react';
import { Button } from '../../../components/ui/Button.tsx';
import { agoWords } from './agoWords.ts';

/**
 * "Brought back what you typed 3 minutes ago. Discard changes": above the form when it opened
 * with what the person typed before a reload. The live region is always there, so screen readers
 * hear it appear and hear the discard confirmed.
 */
export function DraftNotice({
  restoredAt,
  onDiscard,
}: {
  restoredAt: number | null;
  onDiscard: () => void;
}) {
  const [discarded, setDiscarded] = useState(false);
  // Worded once, as the page opened: "a moment ago" is about when the draft came back.
  const [now] = useState(() => Date.now());

  useEffect(() => {
    if (!discarded) return;
    const timer = setTimeout(() => setDiscarded(false), 6000);
    return () => clearTimeout(timer);
  }, [discarded]);

  return (
    <div role="status" className="empty:hidden">
      {restoredAt !== null ? (
        <div
          data-testid="draft-notice"
          className="flex flex-wrap items-center gap-3 rounded-xl bg-white px-4 py-2.5 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
        >
          <History aria-hidden className="size-4 shrink-0 text-slate-600 dark:text-slate-400" />
          <p className="min-w-0 flex-1 basis-60">
            Brought back what you typed {agoWords(restoredAt, now)} and did not save.
          </p>
          <Button
            size="sm"
            onClick={() => {
              setDiscarded(true);
              onDiscard();
            }}
          >
            Discard changes
          </Button>
        </div>
      ) : discarded ? (
        <p className="rounded-xl bg-white px-4 py-2.5 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          Discarded your unsaved changes.
        </p>
      ) : null}
    </div>
  );
}
