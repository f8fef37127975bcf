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
import { useTaught } from '../../persistence/taughtHooks.ts';
import type { TaughtCommand } from '../../domain/teaching/model.ts';

export interface RoutinesData {
  home: Home;
  settings: HomeSettings;
  routines: Routine[];
  /** Taught commands, which a step may do. */
  taught: TaughtCommand[];
  ctx: SummaryContext;
  timeZone: string;
}

export function summaryContext(
  home: Home,
  settings: HomeSettings,
  routines: readonly Routine[],
  taught: readonly TaughtCommand[] = [],
): SummaryContext {
  const names = new Map(routines.map((r) => [r.id, r.name]));
  const phrases = new Map(taught.map((c) => [c.id, c.phrases[0]!]));
  return {
    home,
    unit: settings.temperatureUnit,
    routineName: (id) => names.get(id),
    taughtName: (id) => phrases.get(id),
  };
}

export function useRoutinesData(): RoutinesData | undefined {
  const home = useHome();
  const settings = useHomeSettings();
  const routines = useRoutines();
  const items = useTaught();
  return useMemo(() => {
    if (!home || !settings || !routines || !items) return undefined;
    const taught = items.filter((i): i is TaughtCommand => i.kind === 'command');
    return {
      home,
      settings,
      routines,
      taught,
      ctx: summaryContext(home, settings, routines, taught),
      timeZone: settings.location.timeZone,
    };
  }, [home, settings, routines, items]);
}
