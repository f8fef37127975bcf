import { useMemo } from 'react';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { groupHome, summarize } from './layout.ts';
import { Household } from './Household.tsx';
import { RoomCard } from './RoomCard.tsx';
import { UnitContext } from './unit.ts';
import { EntityTile } from './tiles/EntityTile.tsx';

export default function HomePage() {
  const home = useHome();
  const settings = useHomeSettings();
  const groups = useMemo(() => (home ? groupHome(home) : undefined), [home]);
  if (!home || !groups)
    return <p className="p-6 text-slate-600 dark:text-slate-400">Opening your home…</p>;
  return (
    <UnitContext.Provider value={settings?.temperatureUnit ?? 'C'}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Your home</h1>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="home-summary">
            {summarize(home).join(' · ')}
          </p>
          <Household people={groups.people} />
        </div>
        {home.entities.length === 0 && (
          <p className="rounded-xl bg-white p-6 text-slate-700 ring-1 ring-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-800">
            This home has no devices yet. Load the demo home from Settings → Data.
          </p>
        )}
        {groups.floors.map((group) => (
          <section
            key={group.floor?.id ?? 'none'}
            aria-labelledby={`floor-${group.floor?.id ?? 'none'}`}
            className="flex flex-col gap-3"
          >
            <h2
              id={`floor-${group.floor?.id ?? 'none'}`}
              className="text-lg font-semibold text-slate-800 dark:text-slate-200"
            >
              {group.floor?.name ?? 'Other rooms'}
            </h2>
            <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
              {group.rooms.map((room) => (
                <RoomCard key={room.area.id} room={room} />
              ))}
            </div>
          </section>
        ))}
        {groups.unplaced.length > 0 && (
          <section aria-labelledby="floor-unplaced" className="flex flex-col gap-3">
            <h2 id="floor-unplaced" className="text-lg font-semibold">
              Not in a room
            </h2>
            <div className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,14.5rem),1fr))] gap-3">
              {groups.unplaced.map((e) => (
                <EntityTile key={e.id} entity={e} />
              ))}
            </div>
          </section>
        )}
      </div>
    </UnitContext.Provider>
  );
}
