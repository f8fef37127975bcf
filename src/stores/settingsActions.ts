// Writes made from Settings. Each validates first (the zod schemas of the domain) and writes
// nothing when the input is wrong; the message says what to fix.
import {
  homeSettingsSchema,
  type HomeLocation,
  type HomeSettings,
  type TemperatureUnit,
} from '../domain/settings/settings.ts';
import { addPerson, removePerson, renamePerson, type PeopleResult } from '../domain/home/people.ts';
import type { Home } from '../domain/home/model.ts';
import { getDb } from '../persistence/instance.ts';
import { getHomeSettings, saveHomeSettings } from '../persistence/settings.ts';
import { updateHome } from '../persistence/home.ts';

async function change(patch: Partial<HomeSettings>): Promise<void> {
  const db = getDb();
  const next = homeSettingsSchema.parse({ ...(await getHomeSettings(db)), ...patch });
  await saveHomeSettings(db, next);
}

export const setTemperatureUnit = (temperatureUnit: TemperatureUnit) => change({ temperatureUnit });
export const setLocation = (location: HomeLocation) => change({ location });

/** Applies a pure change to the household; returns the problem in words, or undefined. */
async function people(edit: (home: Home) => PeopleResult): Promise<string | undefined> {
  let problem: string | undefined;
  await updateHome(getDb(), (home) => {
    const result = edit(home);
    if (!result.ok) {
      problem = result.message;
      return { home, events: [] };
    }
    return { home: result.home, events: [] };
  });
  return problem;
}

export const peopleActions = {
  add: (name: string) => people((home) => addPerson(home, name)),
  rename: (id: string, name: string) => people((home) => renamePerson(home, id, name)),
  remove: (id: string) => people((home) => removePerson(home, id)),
};
