import {
  AppWindow,
  BellRing,
  DoorClosed,
  DoorOpen,
  Droplet,
  Footprints,
  Warehouse,
} from 'lucide-react';
import type { BinarySensorEntity } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { TileFrame } from './TileFrame.tsx';
import { cn } from '../../../components/ui/cn.ts';

const ICONS = {
  motion: Footprints,
  occupancy: Footprints,
  door: DoorClosed,
  window: AppWindow,
  garage_door: Warehouse,
  moisture: Droplet,
  smoke: BellRing,
  carbon_monoxide: BellRing,
} as const;

/** Contacts are opened and closed by hand; motion, smoke and leaks are "triggered". */
const CONTACTS = new Set(['door', 'window', 'garage_door']);

export function BinarySensorTile({ entity }: { entity: BinarySensorEntity }) {
  const on = entity.state === 'on';
  const cls = entity.attributes.device_class;
  const contact = CONTACTS.has(cls);
  const Icon = cls === 'door' && on ? DoorOpen : ICONS[cls];
  const alarm = cls === 'smoke' || cls === 'carbon_monoxide' || cls === 'moisture';
  let action: { label: string; type: 'trigger' | 'clear' };
  if (contact) action = on ? { label: 'Close', type: 'clear' } : { label: 'Open', type: 'trigger' };
  else if (on && !entity.attributes.auto_off_seconds) action = { label: 'Clear', type: 'clear' };
  // "Trigger", not "Trigger motion": the button's name is "Trigger Hallway motion", and the
  // visible words must be part of it (WCAG 2.5.3) without saying "motion" twice.
  else action = { label: 'Trigger', type: 'trigger' };
  return (
    <TileFrame
      entity={entity}
      active={on}
      status={describeState(entity, 'C')}
      icon={
        <div
          aria-hidden
          className={cn(
            'grid size-11 place-items-center rounded-full',
            on && alarm
              ? 'th-pulse bg-red-100 text-red-800 dark:bg-red-400/20 dark:text-red-300'
              : on
                ? 'th-pulse bg-amber-100 text-amber-800 dark:bg-amber-400/20 dark:text-amber-300'
                : 'bg-slate-200 text-slate-600 dark:bg-slate-800 dark:text-slate-400',
          )}
        >
          <Icon className="size-5" />
        </div>
      }
    >
      <Button
        size="sm"
        aria-label={`${action.label} ${entity.name}`}
        onClick={() => runManual({ entityId: entity.id, type: action.type })}
      >
        {action.label}
      </Button>
    </TileFrame>
  );
}
