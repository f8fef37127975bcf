import { useMemo, useState } from 'react';
import { deviceKind } from '../../domain/home/capabilities.ts';
import type { Home } from '../../domain/home/model.ts';
import { allowAutomatic } from '../../stores/awareness.ts';
import { Switch } from '../../components/ui/Switch.tsx';
import { attempt } from './attempt.ts';
import { SettingsCard } from './Card.tsx';
import { devicesByRoom } from './assistantDevices.ts';

/** "Put things right on its own": per device, whether the assistant may act without asking. */
export function AutomaticActionsCard({
  home,
  allowed,
  ready,
}: {
  home: Home;
  /** Entity ids the assistant may put right on its own. */
  allowed: readonly string[];
  ready: boolean;
}) {
  const rooms = useMemo(() => devicesByRoom(home), [home]);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const toggle = async (entityId: string, name: string, on: boolean) => {
    setBusy((b) => new Set(b).add(entityId));
    try {
      await attempt(`Could not change ${name}`, () => allowAutomatic(entityId, on));
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(entityId);
        return next;
      });
    }
  };
  return (
    <SettingsCard
      id="automatic-heading"
      title="Put things right on its own"
      description="When one of these is left unusually for the time of day — the porch light on at midnight, the garage door open at bedtime — the assistant puts it right without asking. It says so in Activity and on the Home page, and one click on Undo sets it back."
    >
      {rooms.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This home has no lights, locks, doors or other devices the assistant could look after.
        </p>
      ) : (
        <div className="flex flex-col gap-4">
          {rooms.map((room) => (
            <div key={room.area?.id ?? '-'}>
              <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">
                {room.name}
              </h3>
              <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800">
                {room.devices.map((device) => (
                  <li
                    key={device.id}
                    data-testid={`automatic-device-${device.id}`}
                    className="flex items-center justify-between gap-3 py-2"
                  >
                    <span className="min-w-0 text-sm">
                      {device.name}{' '}
                      <span className="text-slate-600 dark:text-slate-400">
                        · {deviceKind(device)}
                      </span>
                    </span>
                    <Switch
                      label={`Act on its own: ${device.name}`}
                      checked={allowed.includes(device.id)}
                      disabled={!ready || busy.has(device.id)}
                      onCheckedChange={(on) => void toggle(device.id, device.name, on)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </SettingsCard>
  );
}
