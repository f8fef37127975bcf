// "Share" on a routine's page: the routine as a file to keep or send, or as a link that opens
// "Import a routine" in any copy of the app. The link carries the routine in its hash, so it
// works without a server; it is also shown in a field, for browsers that refuse the clipboard
// (ShareActions, shared with the skills' share page).
import { useState } from 'react';
import { Share2 } from 'lucide-react';
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
import { ShareActions } from '../../../components/ui/ShareActions.tsx';

export function ShareMenu({ routine, home }: { routine: Routine; home: Home }) {
  const routines = useRoutines();
  // Taken when the dialog opens, so the file and the link hold the same routine.
  const [shared, setShared] = useState<SharedRoutine | null>(null);
  const { canShare, notes } = shareNotes(routine);
  const link = shared ? sharedLink(shared, window.location.origin) : '';

  const open = () => setShared(exportRoutine(routine, home, routines ?? [], simulatedNow()));

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
          {canShare && shared && (
            <ShareActions
              id="share-link"
              fileName={sharedFileName(shared)}
              fileText={() => sharedToText(shared)}
              link={link}
              linkLabel="Link to this routine"
              linkHint="Open it in Teachable Home to look the routine over and add it."
            />
          )}
        </div>
      </Dialog>
    </>
  );
}
