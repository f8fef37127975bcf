import { useEffect, useState } from 'react';
import { History, TriangleAlert } from 'lucide-react';
import { Button } from '../../../components/ui/Button.tsx';
import type { RestoredDraft } from './draftStore.ts';
import { restoredWords } from './draftWords.ts';

/**
 * "Restored your unsaved changes from 3 minutes ago. Discard changes": above the form when it opened with
 * what the person typed before a reload. The live region is always there, so screen readers hear
 * it appear and hear the discard confirmed.
 */
export function DraftNotice({
  restored,
  onDiscard,
}: {
  restored: RestoredDraft | null;
  onDiscard: () => void;
}) {
  const [discarded, setDiscarded] = useState(false);
  // Worded once, as the page opened: "from a moment ago" is about when the draft came back.
  const [now] = useState(() => Date.now());

  useEffect(() => {
    if (!discarded) return;
    const timer = setTimeout(() => setDiscarded(false), 6000);
    return () => clearTimeout(timer);
  }, [discarded]);

  const words = restored && restoredWords(restored, now);
  return (
    <div role="status" className="empty:hidden">
      {words ? (
        <div
          data-testid="draft-notice"
          className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl bg-white px-4 py-2.5 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
        >
          <History
            aria-hidden
            className="mt-0.5 size-4 shrink-0 self-start text-slate-600 dark:text-slate-400"
          />
          {/* Wide enough to read in one go: on a phone the button moves under the words. */}
          <div className="min-w-0 flex-1 basis-60">
            <p>{words.title}</p>
            {words.warning && (
              <p className="mt-0.5 flex items-start gap-1.5 text-amber-900 dark:text-amber-200">
                <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                {words.warning}
              </p>
            )}
          </div>
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
