// The home the command line talks to: a home file given with --home, loaded by the app's own
// loader, or else the built-in demo home. Both at one fixed weekday evening, so that every run
// answers the same way ("is the porch light on?" does not depend on when it is asked).
import { readFileSync } from 'node:fs';
import { loadHomeFile } from '../../src/domain/home/load.ts';
import { temperatureUnit } from '../../src/domain/home/loadValues.ts';
import type { Home } from '../../src/domain/home/model.ts';
import { demoScenario } from '../../src/domain/home/scenarios/demo.ts';
import { DEFAULT_SETTINGS, type TemperatureUnit } from '../../src/domain/settings/settings.ts';

/** Tuesday 3 March 2026, 19:30 in London: the demo home's evening. */
export const EVENING = Date.UTC(2026, 2, 3, 19, 30);

export interface CliHome {
  home: Home;
  now: number;
  /** The unit replies use: the file's own (`temperature_unit`), else the app's default. */
  unit: TemperatureUnit;
  warnings: string[];
}

export function demoHome(): CliHome {
  const { home, startAt } = demoScenario.build(EVENING);
  return { home, now: startAt ?? EVENING, unit: DEFAULT_SETTINGS.temperatureUnit, warnings: [] };
}

/** Reads and loads a home file; `errors` say why it cannot be used. */
export function homeFromFile(path: string): CliHome | { errors: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { errors: [`cannot read ${path}: ${error instanceof Error ? error.message : error}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { errors: [`${path} is not JSON: ${error instanceof Error ? error.message : error}`] };
  }
  const loaded = loadHomeFile(json);
  if (!loaded.ok) return { errors: loaded.errors.map((e) => `${path}: ${e}`) };
  const file = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const said = temperatureUnit(file.temperature_unit ?? file.unit_system);
  return {
    home: loaded.home,
    now: EVENING,
    unit: said === 'F' ? 'F' : DEFAULT_SETTINGS.temperatureUnit,
    warnings: loaded.warnings,
  };
}
