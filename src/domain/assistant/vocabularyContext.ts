// What the interpreter needs of a turn to read its words: the home, the room spoken from, and the
// person's own vocabulary (routine phrases, taught words, skills). The conversation (previous
// turn, pending question) and what was learned are added by the callers that want them.
import { skillOwners } from '../blueprints/phrases.ts';
import type { InterpretContext } from '../language/types.ts';
import { routinePhrases } from '../routines/phrases.ts';
import type { TurnInput } from './types.ts';

export function vocabularyContext(
  input: TurnInput,
): Pick<InterpretContext, 'home' | 'area' | 'routines' | 'taught' | 'skills'> {
  return {
    home: input.home,
    ...(input.area !== undefined ? { area: input.area } : {}),
    ...(input.routines ? { routines: routinePhrases(input.routines.list) } : {}),
    ...(input.taught ? { taught: input.taught } : {}),
    ...(input.skills ? { skills: skillOwners(input.skills.list) } : {}),
  };
}
