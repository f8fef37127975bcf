// takeTurn: what was said, understood in the context of the conversation, then acted on. A
// phrase of one of the person's routines runs that routine instead of the built-in grammar.
import { interpret } from '../language/interpret.ts';
import { routinePhrases } from '../routines/phrases.ts';
import { respond } from './respond.ts';
import { routineTurn } from './routineTurn.ts';
import {
  beginTeaching,
  continueTeaching,
  offerAfterFailure,
  teachResult,
  withTeach,
} from './teachTurn.ts';
import type { TurnInput, TurnResult } from './types.ts';

export function takeTurn(input: TurnInput): TurnResult {
  const teaching = continueTeaching(input);
  if (teaching) return teachResult(input, teaching, takeTurn);
  // No teach dialogue, or the words were a request of their own: the teaching is dropped.
  if (input.state.teach) input = { ...input, state: withTeach(input.state, undefined) };
  const interpretation = interpret(input.text, {
    home: input.home,
    ...(input.area !== undefined ? { area: input.area } : {}),
    ...(input.state.previous ? { previous: input.state.previous } : {}),
    ...(input.state.pending ? { pending: input.state.pending } : {}),
    ...(input.routines ? { routines: routinePhrases(input.routines.list) } : {}),
    ...(input.taught ? { taught: input.taught } : {}),
  });
  if (interpretation.intent === 'RunRoutine' && input.routines)
    return routineTurn(input, interpretation, input.routines);
  if (interpretation.intent === 'Teach' && input.taught)
    return beginTeaching(input, interpretation);
  return offerAfterFailure(input, respond(input, interpretation));
}
