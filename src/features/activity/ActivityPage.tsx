import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { CauseKind } from '../../domain/activity/cause.ts';
import { CAUSE_KINDS, CAUSE_LABELS } from '../../domain/activity/causeKinds.ts';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings.ts';
import { useEventCount, useHome, useHomeSettings } from '../../persistence/hooks.ts';
import type { EventFilter } from '../../persistence/events.ts';
import { useClock } from '../../stores/clock.ts';
import { Button } from '../../components/ui/Button.tsx';
import { inputClass } from '../../components/ui/Field.tsx';
import { useEventFeed } from './useEventFeed.ts';
import { useRunEvents } from '../../persistence/routineHooks.ts';
import type { EventRow } from '../../persistence/db.ts';
import { EventList } from './EventList.tsx';

const number = new Intl.NumberFormat('en-GB');

export default function ActivityPage() {
  const [params, setParams] = useSearchParams();
  const home = useHome();
  const settings = useHomeSettings() ?? DEFAULT_SETTINGS;
  const now = useClock((s) => s.now);
  const area = params.get('area') ?? undefined;
  const entityId = params.get('entity') ?? undefined;
  const cause = (CAUSE_KINDS as readonly string[]).includes(params.get('cause') ?? '')
    ? (params.get('cause') as CauseKind)
    : undefined;
  const filter = useMemo<EventFilter>(
    () => ({
      ...(area ? { area } : {}),
      ...(entityId ? { entityId } : {}),
      ...(cause ? { causeKind: cause } : {}),
    }),
    [area, entityId, cause],
  );
  const runId = params.get('run') ?? undefined;
  const feed = useEventFeed(filter);
  const total = useEventCount(filter);
  const fresh = total !== undefined && feed.baseline !== undefined ? total - feed.baseline : 0;

  const entities = useMemo(
    () =>
      (home?.entities ?? [])
        .filter((e) => !area || e.area === area)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [home, area],
  );
  const areas = useMemo(() => home?.areas ?? [], [home]);
  const areaNames = useMemo(() => new Map(areas.map((a) => [a.id, a.name])), [areas]);
  const entitiesById = useMemo(() => new Map((home?.entities ?? []).map((e) => [e.id, e])), [home]);

  const setFilter = (key: 'area' | 'entity' | 'cause', value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key === 'area') next.delete('entity');
      return next;
    });

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Activity</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Everything that changed in your home, newest first, and why.
          {total !== undefined && (
            <>
              {' '}
              {number.format(total)} {total === 1 ? 'event' : 'events'}
              {filter.area || filter.entityId || filter.causeKind ? ' match' : ''}.
            </>
          )}
        </p>
      </div>
      <form
        role="search"
        aria-label="Filter events"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => e.preventDefault()}
      >
        <FilterSelect
          id="filter-area"
          label="Room"
          value={area ?? ''}
          onChange={(v) => setFilter('area', v)}
        >
          <option value="">All rooms</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="filter-entity"
          label="Device"
          value={entityId ?? ''}
          onChange={(v) => setFilter('entity', v)}
        >
          <option value="">All devices</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="filter-cause"
          label="Cause"
          value={cause ?? ''}
          onChange={(v) => setFilter('cause', v)}
        >
          <option value="">Any cause</option>
          {CAUSE_KINDS.map((k) => (
            <option key={k} value={k}>
              {CAUSE_LABELS[k]}
            </option>
          ))}
        </FilterSelect>
        {(area || entityId || cause) && (
          <Button variant="ghost" onClick={() => setParams(new URLSearchParams())}>
            Clear filters
          </Button>
        )}
      </form>
      {fresh > 0 && (
        <Button variant="secondary" className="self-start" onClick={feed.reload}>
          Show {number.format(fresh)} new {fresh === 1 ? 'event' : 'events'}
        </Button>
      )}
      {runId ? (
        <RunEvents
          runId={runId}
          onShowAll={() => setParams(new URLSearchParams())}
          list={(rows) => (
            <EventList
              rows={rows}
              done
              loading={false}
              loadMore={() => undefined}
              unit={settings.temperatureUnit}
              timeZone={settings.location.timeZone}
              now={now}
              areaName={(id) => areaNames.get(id)}
              entityOf={(id) => entitiesById.get(id)}
            />
          )}
        />
      ) : (
        <EventList
          {...feed}
          unit={settings.temperatureUnit}
          timeZone={settings.location.timeZone}
          now={now}
          areaName={(id) => areaNames.get(id)}
          entityOf={(id) => entitiesById.get(id)}
        />
      )}
    </div>
  );
}

/** `?run=<id>`: only what one routine run changed (the runs page links here). */
function RunEvents({
  runId,
  onShowAll,
  list,
}: {
  runId: string;
  onShowAll: () => void;
  list: (rows: EventRow[]) => React.ReactNode;
}) {
  const found = useRunEvents(runId);
  if (!found) return null;
  return (
    <section aria-labelledby="run-events" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3 rounded-xl bg-accent-50 p-3 ring-1 ring-accent-100 dark:bg-slate-900 dark:ring-slate-700">
        <h2 id="run-events" className="text-base font-semibold">
          {found.run
            ? `What one run of “${found.run.routineName}” changed (${found.run.trigger})`
            : 'That run is no longer kept'}
        </h2>
        <Button variant="ghost" onClick={onShowAll}>
          Show all activity
        </Button>
      </div>
      {found.run && list(found.events)}
    </section>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} min-w-40`}
      >
        {children}
      </select>
    </div>
  );
}
