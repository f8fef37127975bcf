// A card's buttons are disabled while one of its actions runs, so a double click cannot answer
// twice. The store turns expected failures into notices; anything it did not expect (the
// browser's storage refusing a write) is said here rather than lost as an unhandled rejection.
import { useCallback, useState } from 'react';
import { notify } from '../../stores/notifications.ts';

export function useBusy(): [busy: boolean, run: (action: () => Promise<unknown>) => void] {
  const [busy, setBusy] = useState(false);
  const run = useCallback((action: () => Promise<unknown>) => {
    setBusy(true);
    action()
      .catch((error: unknown) => {
        console.error(error);
        notify({
          tone: 'error',
          title: 'That did not work',
          body: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => setBusy(false));
  }, []);
  return [busy, run];
}
