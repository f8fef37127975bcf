// Helpers for the assistant's tests: interpretations written by hand (as the interpreter would
// give them) and turn inputs against the demo home. Not used by the app itself.
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import type { Home } from '../home/model.ts';
import type { IntentName, Interpretation, Slots } from '../language/types.ts';
import { respond } from './respond.ts';
import type { TurnInput, TurnResult } from './types.ts';

export const demo = (): Home => demoHome(NOW);

/** An interpretation as the interpreter would return it. */
export function said(
  intent: IntentName,
  slots: Slots = {},
  targets: string[] = [],
  extra: Partial<Interpretation> = {},
): Interpretation {
  return { text: extra.text ?? `(${intent})`, intent, slots, targets, ...extra };
}

export function inputFor(home: Home, options: Partial<TurnInput> = {}): TurnInput {
  return { home, text: 'test', state: {}, now: NOW, unit: 'C', ...options };
}

/** Responds to `interpretation` as if its text had been said in `options.area` of `home`. */
export function turn(
  interpretation: Interpretation,
  options: Partial<TurnInput> = {},
  home: Home = demo(),
): TurnResult {
  return respond(inputFor(home, { text: interpretation.text, ...options }), interpretation);
}

/** The entity afterwards (from the turn's execution), or as it was. */
export function after(result: TurnResult, id: string) {
  const home = result.execution?.home;
  return home?.entities.find((e) => e.id === id);
}
