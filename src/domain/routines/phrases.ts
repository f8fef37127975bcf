// Saying a routine's phrase in the console: matched as the interpreter matches the person's own
// phrases (language/ownPhrases.ts), among the enabled routines.
import { matchOwnPhrase, type PhraseOwner } from '../language/ownPhrases.ts';
import type { Routine } from './model.ts';

export interface PhraseMatch {
  routine: Routine;
  phrase: string;
}

/** The phrases that start each enabled routine, for the interpreter's context. */
export function routinePhrases(routines: readonly Routine[]): PhraseOwner[] {
  return routines.flatMap((routine) => {
    if (!routine.enabled) return [];
    const phrases = routine.triggers.flatMap((t) => (t.type === 'phrase' ? t.phrases : []));
    return phrases.length > 0 ? [{ id: routine.id, name: routine.name, phrases }] : [];
  });
}

/** The enabled routine whose phrase this request is, if any. */
export function routineForPhrase(
  text: string,
  routines: readonly Routine[],
): PhraseMatch | undefined {
  const found = matchOwnPhrase(text, routinePhrases(routines));
  const routine = found && routines.find((r) => r.id === found.id);
  return routine && found ? { routine, phrase: found.phrase } : undefined;
}
