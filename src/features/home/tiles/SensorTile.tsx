import { Droplets, Gauge, Sun, Thermometer, Zap } from 'lucide-react';
import type { SensorEntity } from '../../../domain/home/model.ts';
import { describeState, fromCelsius, toCelsius } from '../../../domain/home/format.ts';
import { Stepper } from '../../../components/ui/Stepper.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { useUnit } from '../unit.ts';
import { IconBadge, TileFrame } from './TileFrame.tsx';

const ICONS = {
  temperature: Thermometer,
  humidity: Droplets,
  illuminance: Sun,
  power: Zap,
} as const;
/** How much one press of the simulated reading's stepper changes it, in display units. */
const STEPS = { temperature: 0.5, humidity: 5, illuminance: 50, power: 50 } as const;

export function SensorTile({ entity }: { entity: SensorEntity }) {
  const unit = useUnit();
  const cls = entity.attributes.device_class;
  const Icon = ICONS[cls] ?? Gauge;
  const value = Number(entity.state);
  const isTemp = cls === 'temperature';
  const shown = isTemp ? fromCelsius(value, unit) : value;
  const step = (direction: 1 | -1) => {
    const size = isTemp && unit === 'F' ? 1 : STEPS[cls];
    // One step from where the reading is, not snapped to the step: 21.4 goes to 21.9 and 20.9.
    const next = Math.round((shown + direction * size) * 10) / 10;
    runManual({
      entityId: entity.id,
      type: 'set_value',
      value: isTemp ? toCelsius(next, unit) : next,
    });
  };
  return (
    <TileFrame
      entity={entity}
      status={describeState(entity, unit)}
      icon={
        <IconBadge>
          <Icon className="size-5" />
        </IconBadge>
      }
    >
      <div className="flex items-center justify-between gap-2">
        <span className="text-xs text-slate-600 dark:text-slate-400">Simulate a reading</span>
        <Stepper
          label={`${entity.name} reading`}
          display={describeState(entity, unit)}
          onStep={step}
        />
      </div>
    </TileFrame>
  );
}
