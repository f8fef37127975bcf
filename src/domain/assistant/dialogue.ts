// Turns that only talk: help, cancel, what wasn't understood, and what isn't built yet.
import type { Home } from '../home/model.ts';
import type { IntentName } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import type { TurnOutcome } from './types.ts';
import { devicesOf, examplesFor } from './examples.ts';
import { curly, joinList } from './words.ts';

const quoted = (examples: readonly string[]) => joinList(examples.map(curly), 'or');

/** What is said, not done: features this caller lacks, and feedback with nothing to undo. */
const NOT_YET: Partial<Record<IntentName, { reply: string; outcome: TurnOutcome }>> = {
  Teach: { reply: "I can't learn new words yet; teaching is coming soon.", outcome: 'failed' },
  // Only when the turn was given no routines to run (the command line): turn.ts runs them.
  RunRoutine: { reply: "I can't run routines here.", outcome: 'failed' },
  RunTaughtCommand: { reply: "Taught commands aren't available yet.", outcome: 'failed' },
  StartSkill: { reply: "Skills aren't available yet.", outcome: 'failed' },
  SkillTurn: { reply: "Skills aren't available yet.", outcome: 'failed' },
  // Feedback with nothing left to take back (feedbackTurn.ts handles the rest).
  Feedback: {
    reply: "Sorry. What did you mean? Say it another way and I'll try again.",
    outcome: 'said',
  },
};

export function notYet(intent: IntentName): { reply: string; outcome: TurnOutcome } | undefined {
  return NOT_YET[intent];
}

/** `opening` then two things this home understands. */
export function suggest(
  opening: string,
  home: Home,
  area: string | undefined,
  unit: TemperatureUnit,
): string {
  const examples = examplesFor(home, area, unit).slice(0, 2);
  if (examples.length === 0) return opening;
  return `${opening} You could say ${quoted(examples)}.`;
}

export const didNotCatch = (home: Home, area: string | undefined, unit: TemperatureUnit) =>
  suggest("Sorry, I didn't catch that.", home, area, unit);

/** Short enough to listen to: what it controls here, then three things to try. */
export function help(home: Home, area: string | undefined, unit: TemperatureUnit): string {
  const devices = devicesOf(home);
  const can =
    devices.length > 0
      ? `I can control your ${joinList(devices)}${devices.length > 1 ? ',' : ''} and answer questions about your home.`
      : 'I can answer questions about your home.';
  // A spread: something near the person, a question, and a compound request.
  const all = examplesFor(home, area, unit);
  const examples = [...new Set([all[0], all[1], all.at(-1)].filter((e) => e !== undefined))];
  const try_ = examples.length > 0 ? ` Try ${quoted(examples)}.` : '';
  return `${can}${try_}`;
}
