// Turns that only talk: help, cancel, what wasn't understood, and what isn't built yet.
import type { Home } from '../home/model.ts';
import type { IntentName } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import type { TurnOutcome } from './types.ts';
import { abilitiesOf, examplesFor } from './examples.ts';
import { curly, joinList } from './words.ts';

const quoted = (examples: readonly string[]) => joinList(examples.map(curly), 'or');

/** Features of later issues: said plainly rather than pretended. */
const NOT_YET: Partial<Record<IntentName, { reply: string; outcome: TurnOutcome }>> = {
  Teach: { reply: "I can't learn new words yet; teaching is coming soon.", outcome: 'failed' },
  RunRoutine: { reply: "Routines aren't available yet.", outcome: 'failed' },
  RunTaughtCommand: { reply: "Taught commands aren't available yet.", outcome: 'failed' },
  StartSkill: { reply: "Skills aren't available yet.", outcome: 'failed' },
  SkillTurn: { reply: "Skills aren't available yet.", outcome: 'failed' },
  Feedback: {
    reply: "Thanks for telling me. I can't learn from corrections yet.",
    outcome: 'said',
  },
};

export function notYet(intent: IntentName): { reply: string; outcome: TurnOutcome } | undefined {
  return NOT_YET[intent];
}

/** `opening` then two or three things this home understands. */
export function suggest(
  opening: string,
  home: Home,
  area: string | undefined,
  unit: TemperatureUnit,
): string {
  const examples = examplesFor(home, area, unit).slice(0, 3);
  if (examples.length === 0) return opening;
  return `${opening} You could say ${quoted(examples)}.`;
}

export const didNotCatch = (home: Home, area: string | undefined, unit: TemperatureUnit) =>
  suggest("Sorry, I didn't catch that.", home, area, unit);

export function help(home: Home, area: string | undefined, unit: TemperatureUnit): string {
  const abilities = [...abilitiesOf(home), 'answer questions about your home'];
  // A spread: the first few (devices near the person), then a question and a compound request.
  const all = examplesFor(home, area, unit);
  const examples = [...new Set([...all.slice(0, 3), ...all.slice(-2)])];
  const try_ = examples.length > 0 ? ` Try ${quoted(examples)}.` : '';
  return `I can ${joinList(abilities)}.${try_}`;
}
