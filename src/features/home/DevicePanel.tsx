// The rooms and their device tiles, floor by floor: the body of the Home page, and the live panel
// beside the assistant's console (composed in src/app, since features do not import each other).
import { useMemo } from 'react';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { cn } from '../../components/ui/cn.ts';
import { groupHome } from './layout.ts';
import { RoomCard } from './RoomCard.tsx';
import { UnitContext } from './unit.ts';
import { EntityTile } from './tiles/EntityTile.tsx';

type Groups = ReturnType<typeof groupHome>;

/** Floors with their rooms; `wide` puts two rooms side by side on extra-wide screens. */
export function Floors({ groups, wide = true }: { groups: Groups; wide?: boolean }) {
  return (
    <>
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
          <div className={cn('grid grid-cols-1 gap-4', wide && 'xl:grid-cols-2')}>
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
    </>
  );
}

/** The device panel on its own, live: for a page that shows it beside something else. */
export function DevicePanel() {
  const home = useHome();
  const settings = useHomeSettings();
  const groups = useMemo(() => (home ? groupHome(home) : undefined), [home]);
  if (!groups) return <p className="p-6 text-slate-600 dark:text-slate-400">Opening your home…</p>;
  return (
    <UnitContext.Provider value={settings?.temperatureUnit ?? 'C'}>
      <div className="flex flex-col gap-6">
        <Floors groups={groups} wide={false} />
      </div>
    </UnitContext.Provider>
  );
}
