import { useState } from 'react';
import { History } from 'lucide-react';
import { addHistory, MAX_HISTORY_WEEKS } from '../../stores/historyActions.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';
import { inputClass } from '../../components/ui/Field.tsx';
import { SettingsCard } from './Card.tsx';

const number = new Intl.NumberFormat('en-GB');
const WEEKS = Array.from({ length: MAX_HISTORY_WEEKS }, (_, i) => i + 1);
const weeksWords = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

/** "History to learn from": made-up weeks of a family's life, for a demo with something to show. */
export function HistoryCard({ days, ready }: { days: number; ready: boolean }) {
  const [weeks, setWeeks] = useState(4);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      const added = await addHistory(weeks);
      notify({
        tone: 'success',
        title: `Added ${weeksWords(weeks)} of history`,
        body: `${number.format(added.events)} events of a made-up family's life, before everything already in the log.`,
      });
    } catch (error) {
      notify({
        tone: 'error',
        title: 'No history was added',
        body: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <SettingsCard
      id="history-heading"
      title="History to learn from"
      description="The assistant learns what is usual from what happened in your home. To try it at once, add made-up days of a family's life: they go before everything already in the log, so nothing you did is changed."
    >
      {ready && (
        <p className="mb-3 text-sm text-slate-800 dark:text-slate-200" data-testid="history-days">
          The assistant has {days} {days === 1 ? 'day' : 'days'} of history to learn from.
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="history-weeks" className="text-sm font-medium">
            Weeks
          </label>
          <select
            id="history-weeks"
            className={inputClass}
            value={weeks}
            onChange={(e) => setWeeks(Number(e.target.value))}
          >
            {WEEKS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <Button variant="primary" disabled={busy} onClick={() => void add()}>
          <History aria-hidden className="size-4" />
          Add {weeksWords(weeks)} of history
        </Button>
      </div>
      {busy && (
        <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Making up {weeksWords(weeks)} of family life…
        </p>
      )}
    </SettingsCard>
  );
}
