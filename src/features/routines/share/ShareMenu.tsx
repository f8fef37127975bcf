// "Share" on a routine's page: the routine as a file to keep or send, or as a link that opens
// "Import a routine" in any copy of the app. The link carries the routine in its hash, so it
// works without a server; it is also shown in a field, for browsers that refuse the clipboard.
import { useState } from 'react';
import { Copy, Download, Share2 } from 'lucide-react';
import type { Home } from '../../../domain/home/model.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import {
  exportRoutine,
  sharedFileName,
  sharedLink,
  sharedToText,
  shareNotes,
  type SharedRoutine,
} from '../../../domain/routines/share.ts';
import { useRoutines } from '../../../persistence/routineHooks.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import { downloadText } from './download.ts';

type Status = { kind: 'copied' } | { kind: 'blocked' } | { kind: 'downloaded'; fileName: string };

function statusText(status: Status | null): string {
  if (!status) return '';
  if (status.kind === 'copied') return 'Copied';
  if (status.kind === 'downloaded') return `Downloaded “${status.fileName}”.`;
  return 'This browser did not let me copy the link. Select it above and copy it yourself.';
}

export function ShareMenu({ routine, home }: { routine: Routine; home: Home }) {
  const routines = useRoutines();
  // Taken when the dialog opens, so the file and the link hold the same routine.
  const [shared, setShared] = useState<SharedRoutine | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const { canShare, notes } = shareNotes(routine);
  const link = shared ? sharedLink(shared, window.location.origin) : '';

  const open = () => {
    setStatus(null);
    setShared(exportRoutine(routine, home, routines ?? [], simulatedNow()));
  };

  const download = () => {
    if (!shared) return;
    const fileName = sharedFileName(shared);
    downloadText(sharedToText(shared), fileName);
    setStatus({ kind: 'downloaded', fileName });
  };

  const copy = async () => {
    try {
      // Missing outside secure contexts: the catch below covers that too.
      await navigator.clipboard.writeText(link);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'blocked' });
    }
  };

  return (
    <>
      <Button onClick={open} disabled={routines === undefined}>
        <Share2 aria-hidden className="size-4" />
        Share
      </Button>
      <Dialog
        open={shared !== null}
        onOpenChange={(isOpen) => !isOpen && setShared(null)}
        title={`Share “${routine.name}”`}
        description="Keep it as a file or send the link. Whoever adds it chooses which of their own devices it uses."
      >
        <div className="flex flex-col gap-4">
          {notes.map((note) => (
            <p
              key={note}
              className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900"
            >
              {note}
            </p>
          ))}
          {canShare && (
            <>
              <div className="flex flex-wrap gap-2">
                <Button onClick={download}>
                  <Download aria-hidden className="size-4" />
                  Download file
                </Button>
                <Button variant="primary" onClick={() => void copy()}>
                  <Copy aria-hidden className="size-4" />
                  Copy link
                </Button>
              </div>
              <Field
                id="share-link"
                label="Link to this routine"
                hint="Open it in Teachable Home to look the routine over and add it."
              >
                <input
                  id="share-link"
                  readOnly
                  value={link}
                  aria-describedby="share-link-hint"
                  onFocus={(e) => e.currentTarget.select()}
                  className={`${inputClass} font-mono text-xs`}
                />
              </Field>
            </>
          )}
          <p role="status" className="min-h-5 text-sm text-slate-700 dark:text-slate-300">
            {statusText(status)}
          </p>
        </div>
      </Dialog>
    </>
  );
}
