import { useState } from 'react';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';
import { setTemperatureUnit } from '../../stores/settingsActions.ts';
import { SettingsCard } from './Card.tsx';

const UNITS: { value: TemperatureUnit; label: string }[] = [
  { value: 'C', label: 'Celsius (°C)' },
  { value: 'F', label: 'Fahrenheit (°F)' },
];

export function UnitCard({ unit }: { unit: TemperatureUnit }) {
  // Checked at once, not when the save comes back, so the radio answers the click immediately.
  const [chosen, setChosen] = useState<TemperatureUnit | null>(null);
  const shown = chosen ?? unit;
  return (
    <SettingsCard
      id="unit-heading"
      title="Temperature unit"
      description="Used everywhere: thermostats, sensors, the activity log and what the assistant says."
    >
      <fieldset className="flex flex-wrap gap-3">
        <legend className="sr-only">Temperature unit</legend>
        {UNITS.map((u) => (
          <label
            key={u.value}
            className="flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 ring-1 ring-slate-300 has-[:checked]:bg-accent-50 has-[:checked]:ring-2 has-[:checked]:ring-accent-600 dark:ring-slate-600 dark:has-[:checked]:bg-accent-500/20"
          >
            <input
              type="radio"
              name="temperature-unit"
              value={u.value}
              checked={shown === u.value}
              onChange={() => {
                setChosen(u.value);
                void setTemperatureUnit(u.value).finally(() => setChosen(null));
              }}
              className="accent-accent-600"
            />
            {u.label}
          </label>
        ))}
      </fieldset>
    </SettingsCard>
  );
}
