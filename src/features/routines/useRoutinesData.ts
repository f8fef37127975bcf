// What every routines page reads: the home (for names), the settings (unit, time zone), all the
// routines (names of routines that run routines) and the words context built from them. Undefined
// until the first reads complete, so a page draws once with everything rather than flickering.
import { useMemo } from 'react';
import type { Home } from '../../domain/home/model.ts';
import type { Routine } from '../../domain/routines/model.ts';
import type { SummaryContext } from '../../domain/routines/summary.ts';
import type { HomeSettings } from '../../domain/settings/settings.ts';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { useRoutines } from '../../persistence/routineHooks.ts';

export interface RoutinesData {
  home: Home;
  settings: HomeSettings;
  routines: Routine[];
  ctx: SummaryContext;
  timeZone: string;
}

export function summaryContext(
  home: Home,
  settings: HomeSettings,
  routines: readonly Routine[],
): SummaryContext {
  const names = new Map(routines.map((r) => [r.id, r.name]));
  return {
    home,
    unit: settings.temperatureUnit,
    routineName: (id) => names.get(id),
    // Taught commands arrive with issue 5; until then a step that runs one reads as missing.
    taughtName: () => undefined,
  };
}

export function useRoutinesData(): RoutinesData | undefined {
  const home = useHome();
  const settings = useHomeSettings();
  const routines = useRoutines();
  return useMemo(() => {
    if (!home || !settings || !routines) return undefined;
    return {
      home,
      settings,
      routines,
      ctx: summaryContext(home, settings, routines),
      timeZone: settings.location.timeZone,
    };
  }, [home, settings, routines]);
}
