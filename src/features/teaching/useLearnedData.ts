// What every view of the teaching page reads: the home (for names), the settings (unit, time
// zone), the routines and everything taught (steps that run them are named), and the words
// context built from them. Undefined until the first reads complete, so the page draws once with
// everything rather than flickering.
import { useMemo } from 'react';
import type { Home } from '../../domain/home/model.ts';
import type { Routine } from '../../domain/routines/model.ts';
import type { HomeSettings } from '../../domain/settings/settings.ts';
import type { TaughtItem } from '../../domain/teaching/model.ts';
import { wordsContext, type TaughtWordsContext } from '../../domain/teaching/words.ts';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { useRoutines } from '../../persistence/routineHooks.ts';
import { useTaught } from '../../persistence/taughtHooks.ts';

export interface LearnedData {
  home: Home;
  settings: HomeSettings;
  routines: Routine[];
  taught: TaughtItem[];
  ctx: TaughtWordsContext;
  timeZone: string;
}

export function useLearnedData(): LearnedData | undefined {
  const home = useHome();
  const settings = useHomeSettings();
  const routines = useRoutines();
  const taught = useTaught();
  return useMemo(() => {
    if (!home || !settings || !routines || !taught) return undefined;
    return {
      home,
      settings,
      routines,
      taught,
      ctx: wordsContext({ home, unit: settings.temperatureUnit, routines, taught }),
      timeZone: settings.location.timeZone,
    };
  }, [home, settings, routines, taught]);
}
