import {
  Activity,
  AppWindow,
  Battery,
  BellRing,
  DoorClosed,
  DoorOpen,
  Droplet,
  Flame,
  Footprints,
  House,
  Lock,
  LockOpen,
  Plug,
  Snowflake,
  Sun,
  Volume2,
  Warehouse,
  Zap,
} from 'lucide-react';
import type { BinarySensorEntity } from '../../../domain/home/model.ts';
import { binaryClass } from '../../../domain/home/binaryClasses.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { TileFrame } from './TileFrame.tsx';
import { cn } from '../../../components/ui/cn.ts';

/** A few icons per class; other alarms ring a bell and the rest show a pulse line. */
const ICONS: Record<string, typeof Activity> = {
  motion: Footprints,
  occupancy: Footprints,
  window: AppWindow,
  garage_door: Warehouse,
  moisture: Droplet,
  battery: Battery,
  battery_charging: Zap,
  power: Zap,
  plug: Plug,
  heat: Flame,
  cold: Snowflake,
  light: Sun,
  presence: House,
  sound: Volume2,
};

export function BinarySensorTile({ entity }: { entity: BinarySensorEntity }) {
  const on = entity.state === 'on';
  const cls = entity.attributes.device_class;
  const info = binaryClass(cls);
  const kind = info?.kind ?? 'detector';
  const door = cls === 'door' || cls === 'opening';
  const Icon =
    (door && (on ? DoorOpen : DoorClosed)) ||
    (cls === 'lock' && (on ? LockOpen : Lock)) ||
    (ICONS[cls] ?? (kind === 'alarm' ? BellRing : Activity));
  let action: { label: string; name: string; type: 'trigger' | 'clear' };
  const by = (label: string, type: 'trigger' | 'clear') => ({
    label,
    name: `${label} ${entity.name}`,
    type,
  });
  if (kind === 'contact') action = on ? by('Close', 'clear') : by('Open', 'trigger');
  else if (kind === 'status' && info) {
    // "Set to not charging": the word the other state has. The visible words lead the name.
    const label = `Set to ${on ? info.off : info.on}`;
    action = { label, name: `${label}: ${entity.name}`, type: on ? 'clear' : 'trigger' };
  } else if (on && !entity.attributes.auto_off_seconds) action = by('Clear', 'clear');
  // "Trigger", not "Trigger motion": the button's name is "Trigger Hallway motion", and the
  // visible words must be part of it (WCAG 2.5.3) without saying "motion" twice.
  else action = by('Trigger', 'trigger');
  // Detections pulse (alarms in red); a status such as "charging" is news only in words.
  const pulse = on && kind !== 'status';
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
            pulse && 'th-pulse',
            pulse && kind === 'alarm'
              ? 'bg-red-100 text-red-800 dark:bg-red-400/20 dark:text-red-300'
              : on
                ? 'bg-amber-100 text-amber-800 dark:bg-amber-400/20 dark:text-amber-300'
                : 'bg-slate-200 text-slate-600 dark:bg-slate-800 dark:text-slate-400',
          )}
        >
          <Icon className="size-5" />
        </div>
      }
    >
      <Button
        size="sm"
        aria-label={action.name}
        onClick={() => runManual({ entityId: entity.id, type: action.type })}
      >
        {action.label}
      </Button>
    </TileFrame>
  );
}
