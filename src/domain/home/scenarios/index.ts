// The registry of built-in scenarios (`?scenario=NAME`, reset(NAME)). A new scenario — e.g. one
// with a month of generated history — is one more entry in SCENARIOS.
import { apartmentScenario } from './apartment.ts';
import { demoScenario } from './demo.ts';
import { familyMonthScenario } from './familyMonth.ts';
import type { Scenario } from './types.ts';

export type { Scenario, ScenarioData } from './types.ts';

export { DEFAULT_SCENARIO } from './names.ts';

export const SCENARIOS: readonly Scenario[] = [
  demoScenario,
  apartmentScenario,
  familyMonthScenario,
];

/** Case and surrounding spaces do not matter: `?scenario=Demo` works. */
export function findScenario(name: string): Scenario | undefined {
  const wanted = name.trim().toLowerCase();
  return SCENARIOS.find((s) => s.name === wanted);
}
