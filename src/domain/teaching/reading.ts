// What the answer readers of the teach dialogue share: how an answer reads (understood, unclear
// with a hint, a request of its own, or a call for help), and the interpreter's context with the
// person's own routines and taught words, so "the big light" works in an answer too.
import type { InterpretContext, Interpretation, IntentName } from '../language/types.ts';
import { routinePhrases } from '../routines/phrases.ts';
import type { TeachContext } from './dialogueState.ts';
import { vocabularyOf } from './model.ts';

export type Reading<T> =
  | { ok: true; value: T }
  /** Not understood: `hint` says how to answer. */
  | { ok: false; why: 'unclear'; hint: string }
  /** "help" in the middle of teaching: `hint` explains the step; it is not a bad answer. */
  | { ok: false; why: 'help'; hint: string }
  /** A request of its own ("what's the temperature?"): the turn should handle it. */
  | { ok: false; why: 'unrelated' };

export const understoodAs = <T>(value: T): Reading<T> => ({ ok: true, value });
export const unclear = <T>(hint: string): Reading<T> => ({ ok: false, why: 'unclear', hint });

/**
 * The interpreter's context for answers: the person's room, routines, taught words and skills
 * (so "open Big days" said as an answer is read as the request it is, not as a name).
 */
export function answerContext(ctx: TeachContext): InterpretContext {
  return {
    home: ctx.home,
    ...(ctx.area !== undefined ? { area: ctx.area } : {}),
    routines: routinePhrases(ctx.routines),
    taught: vocabularyOf(ctx.taught),
    ...(ctx.skills ? { skills: ctx.skills } : {}),
  };
}

/** Questions are never an answer to "what should it do?": they are asked for their own sake. */
const ASIDES: ReadonlySet<IntentName> = new Set<IntentName>([
  'HassGetState',
  'HassClimateGetTemperature',
  'Teach',
  'StartSkill',
]);

/** A request that is not an answer, or a call for help, or nothing of the kind. */
export function aside(meaning: Interpretation): 'unrelated' | 'help' | undefined {
  if (meaning.intent === 'Help') return 'help';
  return ASIDES.has(meaning.intent) ? 'unrelated' : undefined;
}

/** A complete request of its own: it found devices, or names a routine or a taught command. */
export function isRequest(meaning: Interpretation): boolean {
  if (aside(meaning) !== undefined) return true;
  if (['RunRoutine', 'RunTaughtCommand'].includes(meaning.intent)) return true;
  return !['Unknown', 'Cancel', 'Feedback'].includes(meaning.intent) && meaning.targets.length > 0;
}
