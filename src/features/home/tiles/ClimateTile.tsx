import { useEffect, useRef } from 'react';
import { Flame, Snowflake, Thermometer } from 'lucide-react';
import type { ClimateEntity } from '../../../domain/home/model.ts';
import { TEMPERATURE_LIMITS } from '../../../domain/home/model.ts';
import {
  describeState,
  formatTemperature,
  fromCelsius,
  toCelsius,
} from '../../../domain/home/format.ts';
import { Stepper } from '../../../components/ui/Stepper.tsx';
import { Segmented } from '../../../components/ui/Segmented.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { useUnit } from '../unit.ts';
import { TileFrame } from './TileFrame.tsx';
import { cn } from '../../../components/ui/cn.ts';

const MODES = [
  { value: 'off', label: 'Off' },
  { value: 'heat', label: 'Heat' },
  { value: 'cool', label: 'Cool' },
  { value: 'heat_cool', label: 'Auto' },
] as const;

export function ClimateTile({ entity }: { entity: ClimateEntity }) {
  const unit = useUnit();
  const a = entity.attributes;
  const action = a.hvac_action;
  // One step is half a degree in °C and one degree in °F, as on real thermostats.
  const stepInUnit = unit === 'C' ? 0.5 : 1;
  const inUnit = (celsius: number) =>
    Math.round(fromCelsius(celsius, unit) / stepInUnit) * stepInUnit;
  const targetInUnit = inUnit(a.temperature);
  // Quick presses step from the last one asked for, not from a target the store has not yet
  // caught up with (three fast presses mean three steps); forgotten once the store shows it.
  const asked = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (asked.current !== undefined && Math.abs(asked.current - a.temperature) < 1e-6)
      asked.current = undefined;
  }, [a.temperature]);
  const step = (direction: 1 | -1) => {
    const from = asked.current === undefined ? targetInUnit : inUnit(asked.current);
    const next = toCelsius(from + direction * stepInUnit, unit);
    const temperature = Math.min(TEMPERATURE_LIMITS.max, Math.max(TEMPERATURE_LIMITS.min, next));
    asked.current = temperature;
    runManual({ entityId: entity.id, type: 'set_temperature', temperature }).then(
      (result) => {
        if (result.errors.length > 0) asked.current = undefined;
      },
      () => (asked.current = undefined),
    );
  };
  return (
    <TileFrame
      entity={entity}
      active={entity.state !== 'off'}
      status={describeState(entity, unit)}
      icon={
        <div
          aria-hidden
          className={cn(
            'grid size-11 place-items-center rounded-full',
            action === 'heating'
              ? 'bg-orange-100 text-orange-700 dark:bg-orange-400/20 dark:text-orange-300'
              : action === 'cooling'
                ? 'bg-sky-100 text-sky-700 dark:bg-sky-400/20 dark:text-sky-300'
                : 'bg-slate-200 text-slate-600 dark:bg-slate-800 dark:text-slate-400',
          )}
        >
          {action === 'heating' ? (
            <Flame className="size-5" />
          ) : action === 'cooling' ? (
            <Snowflake className="size-5" />
          ) : (
            <Thermometer className="size-5" />
          )}
        </div>
      }
    >
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-xs text-slate-600 dark:text-slate-400">Room</p>
          <p className="text-2xl font-semibold tabular-nums" data-testid="current-temperature">
            {formatTemperature(a.current_temperature, unit)}
          </p>
        </div>
        <div>
          <p className="text-xs text-slate-600 dark:text-slate-400">Target</p>
          <Stepper
            label={`${entity.name} target temperature`}
            display={`${Number(targetInUnit.toFixed(1))} °${unit}`}
            onStep={step}
            canDown={a.temperature > TEMPERATURE_LIMITS.min}
            canUp={a.temperature < TEMPERATURE_LIMITS.max}
          />
        </div>
      </div>
      <Segmented
        label={`${entity.name} mode`}
        value={entity.state}
        options={MODES}
        onChange={(mode) => runManual({ entityId: entity.id, type: 'set_hvac_mode', mode })}
      />
    </TileFrame>
  );
}
