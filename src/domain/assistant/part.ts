// What answering one part of a request produced. A compound request ("turn off the lights and
// lock the front door") is answered part by part, each on the home the previous part left.
import type { Cause } from '../activity/cause.ts';
import type { Command } from '../home/commands.ts';
import type { ExecuteResult } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import type { PendingQuestion } from '../language/types.ts';
import type { Sentence } from './actionWords.ts';
import type { TurnInput, TurnOutcome } from './types.ts';

export interface PartContext {
  input: TurnInput;
  /** The home as the previous parts left it. */
  home: Home;
  cause: Cause;
}

export interface PartResult {
  outcome: TurnOutcome;
  sentences: Sentence[];
  commands: Command[];
  /** This part's commands run on `PartContext.home`. */
  execution?: ExecuteResult;
  /** The home after this part. */
  home: Home;
  /** The devices it acted on or answered about (what "it" means next time). */
  targets: string[];
  /** Why, beyond what the interpretation says: defaults, conversions, devices left out. */
  notes: string[];
  pending?: PendingQuestion;
  /** Routines to start after the changes (a taught command that says "run Good night"). */
  startRoutines?: string[];
}

/** A part that only talks: nothing ran, nothing changed. */
export function saying(
  context: PartContext,
  outcome: TurnOutcome,
  texts: readonly string[],
  extra: Partial<PartResult> = {},
): PartResult {
  return {
    outcome,
    sentences: texts.map((text) => ({ text, verbFirst: false })),
    commands: [],
    home: context.home,
    targets: [],
    notes: [],
    ...extra,
  };
}
