// "Which devices": every device whose state can be kept, grouped by room, each a native checkbox
// named by the device, with its state now (what will be kept) read out as its description.
import { useEffect, useRef } from 'react';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import type { DeviceGroup } from './choices.ts';
import { stateWords } from './choices.ts';

interface DeviceChecklistProps {
  groups: readonly DeviceGroup[];
  ticked: readonly string[];
  onToggle: (entityId: string, on: boolean) => void;
  unit: TemperatureUnit;
  /** The room chosen above: its group is scrolled into view. */
  room: string | undefined;
  error?: string;
}

const boxId = (entityId: string) => `remember-${entityId}`;

export function DeviceChecklist({
  groups,
  ticked,
  onToggle,
  unit,
  room,
  error,
}: DeviceChecklistProps) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const group = list.current?.querySelector<HTMLElement>(`[data-room="${room ?? ''}"]`);
    // Only the list scrolls: the chosen room comes into view without moving the dialog.
    // (The list is positioned, so a group's offsetTop is measured from the list's top.)
    if (group && list.current) list.current.scrollTop = group.offsetTop - 8;
  }, [room]);
  return (
    // A group rather than a fieldset: a fieldset's box would not let the list shrink to fit.
    <div
      role="group"
      aria-labelledby="remember-devices-label"
      className="flex min-h-0 flex-col gap-1"
      aria-describedby={error ? 'remember-devices-error' : undefined}
    >
      <p id="remember-devices-label" className="mb-1 text-sm font-medium">
        Which devices
      </p>
      <div
        ref={list}
        className="relative flex max-h-80 min-h-24 flex-col gap-3 overflow-y-auto rounded-lg p-2 ring-1 ring-slate-300 ring-inset dark:ring-slate-600"
      >
        {groups.map((group) => (
          <fieldset key={group.id} data-room={group.id} className="flex flex-col gap-0.5">
            <legend className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {group.name}
            </legend>
            {group.devices.map((device) => {
              const id = boxId(device.id);
              return (
                <label
                  key={device.id}
                  htmlFor={id}
                  className="flex cursor-pointer items-baseline gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                >
                  <input
                    id={id}
                    type="checkbox"
                    className="accent-accent-600 size-4 shrink-0 self-center"
                    checked={ticked.includes(device.id)}
                    onChange={(e) => onToggle(device.id, e.target.checked)}
                    aria-labelledby={`${id}-name`}
                    aria-describedby={`${id}-state`}
                  />
                  {/* Text, not boxes: a long state wraps under the name as a sentence would. */}
                  <span>
                    <span id={`${id}-name`}>{device.name}</span>{' '}
                    <span className="text-slate-600 dark:text-slate-400">
                      <span aria-hidden>— </span>
                      <span id={`${id}-state`}>{stateWords(device, unit)}</span>
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
      {error && (
        <p
          id="remember-devices-error"
          role="alert"
          className="text-sm text-red-700 dark:text-red-400"
        >
          {error}
        </p>
      )}
    </div>
  );
}
