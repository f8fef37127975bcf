// What saving a routine must meet. Errors refuse the save: a loop of routines running routines,
// or a routine whose own actions would set it off again. Warnings are for the person to confirm:
// a phrase that is also a command the assistant knows (the routine will win), a phrase another
// routine already has, one that opens a skill, or the same phrase twice.
import { understood } from '../assistant/understood.ts';
import type { Home } from '../home/model.ts';
import { interpret } from '../language/interpret.ts';
import { tokenize } from '../language/normalize.ts';
import { matchOwnPhrase, phraseWords } from '../language/ownPhrases.ts';
import { matchSkillCall, type SkillOwner } from '../language/skillPhrases.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { findRunLoop, findSelfTrigger } from './loops.ts';
import type { Routine } from './model.ts';
import type { TaughtCommand } from '../teaching/model.ts';

export interface RoutineProblems {
  errors: string[];
  warnings: string[];
}

/** Intents that are not commands of their own: a phrase reading as these collides with nothing. */
const NOT_COMMANDS = new Set(['Unknown', 'RunRoutine']);
/** Built-in words that need no device: "stop", "help", "that's wrong". */
const DIALOGUE = new Set(['Cancel', 'Help', 'Feedback', 'Teach']);

function phrasesOf(routine: Routine): string[] {
  return routine.triggers.flatMap((t) => (t.type === 'phrase' ? t.phrases : []));
}

function phraseWarnings(
  routine: Routine,
  others: readonly Routine[],
  home: Home,
  unit: TemperatureUnit,
  taught: readonly TaughtCommand[],
  skills: readonly SkillOwner[],
): string[] {
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const owners = others.map((r) => ({ id: r.id, name: r.name, phrases: phrasesOf(r) }));
  for (const phrase of phrasesOf(routine)) {
    const key = phraseWords(phrase).join(' ');
    const twice = seen.get(key);
    if (twice !== undefined) {
      warnings.push(`“${phrase}” is the same as “${twice}”, which this routine already has.`);
      continue;
    }
    seen.set(key, phrase);
    const command = matchOwnPhrase(
      phrase,
      taught.map((c) => ({ id: c.id, name: c.phrases[0]!, phrases: c.phrases })),
    );
    if (command) {
      warnings.push(
        `“${phrase}” is also a command you taught me (“${command.name}”): saying it will run this routine instead.`,
      );
      continue;
    }
    const skill = matchSkillCall(tokenize(phrase), skills);
    if (skill) {
      warnings.push(
        `“${phrase}” also ${skill.ask === undefined ? 'opens' : 'asks'} your skill “${skill.name}”: saying it will run this routine instead.`,
      );
      continue;
    }
    const other = matchOwnPhrase(phrase, owners);
    if (other) {
      warnings.push(
        `“${phrase}” is also a phrase of your routine “${other.name}”: saying it would run only one of them.`,
      );
      continue;
    }
    const meaning = interpret(phrase, { home });
    const collides =
      !NOT_COMMANDS.has(meaning.intent) &&
      (DIALOGUE.has(meaning.intent) || meaning.targets.length > 0 || meaning.parts !== undefined);
    if (collides)
      warnings.push(
        `“${phrase}” is also something I understand: “${understood(meaning, home, unit)}”. Saying it will run this routine instead.`,
      );
  }
  return warnings;
}

/** The checks a save must pass; `others` are the routines already saved (this one may be among them). */
export function routineProblems(
  routine: Routine,
  others: readonly Routine[],
  home: Home,
  unit: TemperatureUnit,
  /** Taught commands, whose phrases a routine's should not repeat unawares. */
  taught: readonly TaughtCommand[] = [],
  /** The person's skills, whose names and phrases a routine's should not repeat unawares. */
  skills: readonly SkillOwner[] = [],
): RoutineProblems {
  const rest = others.filter((r) => r.id !== routine.id);
  const errors: string[] = [];
  const loop = findRunLoop(routine, rest);
  if (loop) errors.push(loop.message);
  const areaOf = (id: string) => home.entities.find((e) => e.id === id)?.area;
  const self = findSelfTrigger(routine, areaOf);
  if (self) errors.push(self);
  return { errors, warnings: phraseWarnings(routine, rest, home, unit, taught, skills) };
}
