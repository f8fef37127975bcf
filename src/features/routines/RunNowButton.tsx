import { useState } from 'react';
import { Play } from 'lucide-react';
import type { Routine } from '../../domain/routines/model.ts';
import { notify } from '../../stores/notifications.ts';
import { routineActions } from '../../stores/routineActions.ts';
import { Button } from '../../components/ui/Button.tsx';
import { runNowNotice } from './runWords.ts';

/** Runs the routine now (conditions checked, as any run) and says how it went in a notice. */
export function RunNowButton({ routine, timeZone }: { routine: Routine; timeZone: string }) {
  const [running, setRunning] = useState(false);
  const runNow = async () => {
    setRunning(true);
    try {
      const run = await routineActions.runNow(routine.id);
      notify(runNowNotice(run, routine.name, timeZone));
    } catch (error) {
      notify({
        tone: 'error',
        title: `“${routine.name}” did not run`,
        body: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button variant="primary" size="sm" onClick={runNow} disabled={running}>
      <Play aria-hidden className="size-4" />
      {running ? 'Running…' : 'Run now'}
    </Button>
  );
}
