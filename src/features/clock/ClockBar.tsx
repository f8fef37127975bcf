import { Pause, Play } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { CLOCK_RATES } from '../../domain/clock/simClock.ts';
import { formatClockParts, formatRate } from '../../domain/clock/format.ts';
import { useClock, clockActions } from '../../stores/clock.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Segmented } from '../../components/ui/Segmented.tsx';

const SetTimeDialog = lazy(() => import('./SetTimeDialog.tsx'));

/** Always visible: the simulated day, date and time, and how fast time runs. */
export function ClockBar({ timeZone }: { timeZone: string }) {
  const now = useClock((s) => s.now);
  const state = useClock((s) => s.state);
  const parts = formatClockParts(now, timeZone);
  const [setting, setSetting] = useState(false);
  const rate = String(state.rate);
  return (
    <div
      role="region"
      aria-label="Simulated clock"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm"
      data-testid="clock-bar"
      data-now={now}
      data-paused={state.paused}
      data-rate={state.rate}
    >
      <p className="flex items-baseline gap-2" aria-live="off">
        <span className="font-medium text-slate-700 dark:text-slate-300" data-testid="clock-day">
          {parts.weekday}
        </span>
        <span className="text-slate-700 dark:text-slate-300" data-testid="clock-date">
          {parts.date}
        </span>
        <time
          dateTime={new Date(now).toISOString()}
          className="text-lg font-semibold tabular-nums"
          data-testid="clock-time"
        >
          {parts.time}
        </time>
        {state.paused && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-400/20 dark:text-amber-200">
            Paused
          </span>
        )}
      </p>
      <div className="flex items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          aria-label={state.paused ? 'Run the clock' : 'Pause the clock'}
          onClick={() => (state.paused ? clockActions.resume() : clockActions.pause())}
          className="w-8 px-0"
        >
          {state.paused ? (
            <Play aria-hidden className="size-4" />
          ) : (
            <Pause aria-hidden className="size-4" />
          )}
        </Button>
        <Segmented
          label="Clock speed"
          value={rate}
          options={CLOCK_RATES.map((r) => ({ value: String(r), label: formatRate(r) }))}
          onChange={(v) => clockActions.run(Number(v))}
        />
        <Button size="sm" variant="ghost" onClick={() => setSetting(true)}>
          Set time
        </Button>
      </div>
      {setting && (
        <Suspense fallback={null}>
          <SetTimeDialog now={now} timeZone={timeZone} onClose={() => setSetting(false)} />
        </Suspense>
      )}
    </div>
  );
}
