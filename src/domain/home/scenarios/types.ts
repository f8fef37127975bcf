// What a scenario is: a named starting point for the app — a home, optionally settings, history
// and the moment the clock starts. Built from `now` so that generated history ends at the present.
import type { HomeEvent } from '../../activity/event.ts';
import type { HomeSettings } from '../../settings/settings.ts';
import type { Home } from '../model.ts';
import type { Routine } from '../../routines/model.ts';

export interface ScenarioData {
  home: Home;
  /** Overrides of the default settings (e.g. the home's location). */
  settings?: Partial<HomeSettings>;
  /** History to seed the activity log with, oldest first. */
  events?: HomeEvent[];
  /** Routines the household already has (the ones its history names). */
  routines?: Routine[];
  /** Where the simulated clock starts, epoch ms; `now` when absent. */
  startAt?: number;
}

export interface Scenario {
  /** Stable, URL-safe: `?scenario=demo`. */
  name: string;
  title: string;
  description: string;
  build(now: number): ScenarioData;
}
