import { useMemo } from 'react';
import type { Home } from '../../domain/home/model.ts';
import { roomsByFloor } from './rooms.ts';

interface RoomChooserProps {
  home: Home;
  value: string | undefined;
  onChange: (area: string) => void;
}

/** The room the person speaks from: "turn off the lights" means the lights there. */
export function RoomChooser({ home, value, onChange }: RoomChooserProps) {
  const floors = useMemo(() => roomsByFloor(home), [home]);
  if (floors.length === 0) return null;
  return (
    <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
      <span className="shrink-0 font-medium text-slate-700 dark:text-slate-300">Speaking from</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        className="h-9 max-w-56 min-w-0 flex-1 rounded-lg bg-white pr-8 pl-2.5 text-sm ring-1 ring-slate-300 ring-inset dark:bg-slate-800 dark:ring-slate-600"
      >
        {floors.map((floor) => (
          <optgroup key={floor.name} label={floor.name}>
            {floor.rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
