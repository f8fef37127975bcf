import type { RoomGroup } from './layout.ts';
import { EntityTile } from './tiles/EntityTile.tsx';

export function RoomCard({ room }: { room: RoomGroup }) {
  const headingId = `room-${room.area.id}`;
  const lightsOn = room.entities.filter((e) => e.domain === 'light' && e.state === 'on').length;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`room-${room.area.id}`}
      className="rounded-2xl bg-slate-50 p-3 ring-1 ring-slate-200 sm:p-4 dark:bg-slate-900/60 dark:ring-slate-800"
    >
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          {room.area.name}
        </h3>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {room.entities.length === 0
            ? 'No devices'
            : `${room.entities.length} ${room.entities.length === 1 ? 'device' : 'devices'}${lightsOn ? ` · ${lightsOn} ${lightsOn === 1 ? 'light' : 'lights'} on` : ''}`}
        </span>
      </div>
      {room.entities.length > 0 && (
        <div className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,14.5rem),1fr))] gap-3">
          {room.entities.map((e) => (
            <EntityTile key={e.id} entity={e} />
          ))}
        </div>
      )}
    </section>
  );
}
