import { useMemo, type ReactNode } from 'react';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { groupHome, summarize } from './layout.ts';
import { Household } from './Household.tsx';
import { UnitContext } from './unit.ts';
import { Floors } from './DevicePanel.tsx';
import { RememberButton } from './remember/RememberButton.tsx';

/** `extra`: what the app puts under the summary (the assistant's hunches, loaded lazily). */
export default function HomePage({ extra }: { extra?: ReactNode }) {
  const home = useHome();
  const settings = useHomeSettings();
  const groups = useMemo(() => (home ? groupHome(home) : undefined), [home]);
  if (!home || !groups)
    return <p className="p-6 text-slate-600 dark:text-slate-400">Opening your home…</p>;
  const unit = settings?.temperatureUnit ?? 'C';
  return (
    <UnitContext.Provider value={unit}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h1 className="text-2xl font-bold tracking-tight">Your home</h1>
            {home.entities.length > 0 && <RememberButton home={home} unit={unit} />}
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="home-summary">
            {summarize(home).join(' · ')}
          </p>
          <Household people={groups.people} />
        </div>
        {extra}
        {home.entities.length === 0 && (
          <p className="rounded-xl bg-white p-6 text-slate-700 ring-1 ring-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-800">
            This home has no devices yet. Load the demo home from Settings → Data.
          </p>
        )}
        <Floors groups={groups} />
      </div>
    </UnitContext.Provider>
  );
}
