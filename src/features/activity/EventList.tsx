import { useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import type { Cause } from '../../domain/activity/cause.ts';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { EventRow } from '../../persistence/db.ts';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';
import type { Entity } from '../../domain/home/model.ts';
import { explain } from '../../domain/activity/explain.ts';
import { CAUSE_LABELS } from '../../domain/activity/causeKinds.ts';
import { formatRelativeDay, formatTime } from '../../domain/clock/format.ts';
import { undoAutomatic } from '../../stores/awareness.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';

interface EventListProps {
  rows: EventRow[];
  done: boolean;
  loading: boolean;
  loadMore: () => void;
  unit: TemperatureUnit;
  timeZone: string;
  now: number;
  areaName: (id: string) => string | undefined;
  /** The device as it is now, for units and sensor words the event itself does not carry. */
  entityOf: (id: string) => Entity | undefined;
}

/** The log as a virtualized list: only the rows on screen exist in the DOM, even at 100,000. */
export function EventList({
  rows,
  done,
  loading,
  loadMore,
  unit,
  timeZone,
  now,
  areaName,
  entityOf,
}: EventListProps) {
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 76,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (last && last.index >= rows.length - 20 && !done && !loading) loadMore();
  }, [last, rows.length, done, loading, loadMore]);

  if (rows.length === 0 && !loading) {
    return (
      <p className="rounded-xl bg-white p-6 text-slate-700 ring-1 ring-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-800">
        Nothing has happened that matches these filters yet. Change something on the Home page and
        it shows up here.
      </p>
    );
  }
  return (
    <div>
      <ol
        aria-label="Events, newest first"
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const { what, why } = explain(row, { unit, areaName, timeZone, entity: entityOf });
          const kind = row.causeKind;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              data-testid={`event-${row.id}`}
              className="absolute inset-x-0 top-0 pb-2"
              style={{
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <article className="flex gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
                <time
                  dateTime={new Date(row.at).toISOString()}
                  className="w-20 shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-400"
                >
                  <span className="block">{formatRelativeDay(row.at, now, timeZone)}</span>
                  <span className="block text-sm font-medium text-slate-800 dark:text-slate-200">
                    {formatTime(row.at, timeZone)}
                  </span>
                </time>
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium">{what}</p>
                  <p className="text-sm text-slate-700 dark:text-slate-300">{why}</p>
                  <RunLink cause={row.cause} />
                  {kind === 'automatic' && <UndoButton event={row} what={what} />}
                </div>
                <span className="h-fit shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                  {CAUSE_LABELS[kind]}
                </span>
              </article>
            </li>
          );
        })}
      </ol>
      {loading && (
        <p className="py-4 text-center text-sm text-slate-600 dark:text-slate-400">Loading more…</p>
      )}
      {done && rows.length > 0 && (
        <p className="py-4 text-center text-sm text-slate-600 dark:text-slate-400">
          That's everything.
        </p>
      )}
    </div>
  );
}

/**
 * Undo on what the assistant did on its own: sets the device back by hand. The entry itself
 * stays as it was; the new event above it says the change was taken back.
 */
function UndoButton({ event, what }: { event: EventRow; what: string }) {
  const [busy, setBusy] = useState(false);
  const whatId = useId();
  return (
    <>
      <span id={whatId} hidden>
        {what}
      </span>
      <Button
        size="sm"
        className="mt-1"
        disabled={busy}
        aria-describedby={whatId}
        onClick={() => {
          setBusy(true);
          undoAutomatic(event)
            .catch((error: unknown) =>
              notify({ tone: 'error', title: 'Could not undo that', body: String(error) }),
            )
            .finally(() => setBusy(false));
        }}
      >
        Undo
      </Button>
    </>
  );
}

/** The routine run nearest in the cause chain, if it left a trace to read. */
function routineRun(
  cause: Cause | undefined,
): { routineId: string; runId: string; name: string } | undefined {
  for (let c = cause; c; c = c.parent)
    if (c.kind === 'routine' && c.runId)
      return { routineId: c.routineId, runId: c.runId, name: c.routineName };
  return undefined;
}

/** A routine's change links to the run's trace: what started it, its conditions, every step. */
function RunLink({ cause }: { cause: Cause }) {
  const run = routineRun(cause);
  if (!run) return null;
  return (
    <Link
      href={`/routines/${encodeURIComponent(run.routineId)}/runs?run=${encodeURIComponent(run.runId)}`}
      className="text-sm text-accent-700 underline underline-offset-2 dark:text-accent-100"
    >
      See how “{run.name}” ran
    </Link>
  );
}
