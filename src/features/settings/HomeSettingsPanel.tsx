import { DEFAULT_SETTINGS } from '../../domain/settings/settings.ts';
import type { PersonEntity } from '../../domain/home/model.ts';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { UnitCard } from './UnitCard.tsx';
import { LocationCard } from './LocationCard.tsx';
import { PeopleCard } from './PeopleCard.tsx';

export function HomeSettingsPanel() {
  const settings = useHomeSettings() ?? DEFAULT_SETTINGS;
  const home = useHome();
  const people = (home?.entities ?? []).filter((e): e is PersonEntity => e.domain === 'person');
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <UnitCard unit={settings.temperatureUnit} />
      <PeopleCard people={people} />
      <div className="lg:col-span-2">
        <LocationCard location={settings.location} />
      </div>
    </div>
  );
}
