// takeTurn: what was said, understood in the context of the conversation, then acted on.
import { interpret } from '../language/interpret.ts';
import { respond } from './respond.ts';
import type { TurnInput, TurnResult } from './types.ts';

export function takeTurn(input: TurnInput): TurnResult {
  const interpretation = interpret(input.text, {
    home: input.home,
    ...(input.area !== undefined ? { area: input.area } : {}),
    ...(input.state.previous ? { previous: input.state.previous } : {}),
    ...(input.state.pending ? { pending: input.state.pending } : {}),
  });
  return respond(input, interpretation);
}
