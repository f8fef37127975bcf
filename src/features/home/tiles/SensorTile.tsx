import {
  Battery,
  Droplet,
  Droplets,
  Fan,
  Flame,
  Gauge,
  Sun,
  Thermometer,
  Volume2,
  Zap,
} from 'lucide-react';
import type { SensorEntity } from '../../../domain/home/model.ts';
import { describeState, fromCelsius, toCelsius } from '../../../domain/home/format.ts';
import { NUMBER_STATE, sensorClass } from '../../../domain/home/sensorClasses.ts';
import { Stepper } from '../../../components/ui/Stepper.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { useUnit } from '../unit.ts';
import { IconBadge, TileFrame } from './TileFrame.tsx';

/** A few icons, matched on the class name; every other class (and a plain sensor) shows a gauge. */
const ICONS: [RegExp, typeof Gauge][] = [
  [/^temp/, Thermometer],
  [/humid|moist/, Droplets],
  [/illum|irrad/, Sun],
  [/batt/, Battery],
  [/power|current|volt|energy|freq/, Zap],
  [/^gas/, Flame],
  [/water|vol|precip/, Droplet],
  [/wind/, Fan],
  [/sound/, Volume2],
];

export function SensorTile({ entity }: { entity: SensorEntity }) {
  const unit = useUnit();
  const cls = entity.attributes.device_class;
  const Icon = ICONS.find(([pattern]) => pattern.test(cls ?? ''))?.[1] ?? Gauge;
  const { label, set } = sensorClass(cls);
  const isTemp = cls === 'temperature';
  const step = (direction: 1 | -1) => {
    if (!set) return;
    const reading = Number(entity.state);
    const shown = isTemp ? fromCelsius(reading, unit) : reading;
    const size = isTemp && unit === 'F' ? 1 : set.step;
    // One step from where the reading is, not snapped to the step: 21.4 goes to 21.9 and 20.9.
    const next = Math.round((shown + direction * size) * 10) / 10;
    // The last step stops at the limit (98 % + 5 is 100 %), as the buttons then disable.
    const value = Math.min(set.max, Math.max(set.min, isTemp ? toCelsius(next, unit) : next));
    runManual({ entityId: entity.id, type: 'set_value', value });
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
      {/* Only classes the panel lets a person act out, holding a number, get a stepper. */}
      {set && NUMBER_STATE.test(entity.state) ? (
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-slate-600 dark:text-slate-400">Simulate a reading</span>
          <Stepper
            label={`${entity.name} reading`}
            display={describeState(entity, unit)}
            onStep={step}
            canDown={Number(entity.state) > set.min}
            canUp={Number(entity.state) < set.max}
          />
        </div>
      ) : (
        // A name like "Macrotorrent" does not say what is measured; the class does.
        <p className="text-xs text-slate-600 dark:text-slate-400">{label}</p>
      )}
    </TileFrame>
  );
}
