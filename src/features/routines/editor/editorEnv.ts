// What every part of the editor needs besides the form: the home (names, rooms, what devices can
// do), the person's temperature unit, the other routines, the context the checks run in and the
// one the words are written with. Provided once by RoutineEditor.
import { createContext, useContext } from 'react';
import type { Home } from '../../../domain/home/model.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import type { TaughtCommand } from '../../../domain/teaching/model.ts';
import type { SummaryContext } from '../../../domain/routines/summary.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import type { FormContext } from './formSchema.ts';

export interface EditorEnv {
  home: Home;
  unit: TemperatureUnit;
  /** The saved routines other than this one, by name. */
  others: readonly Routine[];
  /** Taught commands, by their first phrase. */
  taught: readonly TaughtCommand[];
  checks: FormContext;
  words: SummaryContext;
}

export const EditorEnvContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorEnvContext);
  if (!env) throw new Error('The routine editor’s parts must be inside RoutineEditor.');
  return env;
}
