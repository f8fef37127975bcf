// Saying a routine's phrase in the console: the request, tokenized as the interpreter does
// (wake words, politeness and articles gone), matches a phrase with the same words, forgiving a
// small typo in a longer word ("god night" is not forgiven; "good nigth" is).
import { editDistance } from '../language/slots.ts';
import { tokenize } from '../language/normalize.ts';
import type { Routine } from './model.ts';

export interface PhraseMatch {
  routine: Routine;
  phrase: string;
}

const same = (said: string, meant: string) =>
  said === meant || (meant.length >= 5 && editDistance(said, meant, 1) <= 1);

function matches(said: readonly string[], phrase: readonly string[]): boolean {
  return said.length === phrase.length && said.every((w, i) => same(w, phrase[i]!));
}

/** The enabled routine whose phrase this request is, if any. */
export function routineForPhrase(
  text: string,
  routines: readonly Routine[],
): PhraseMatch | undefined {
  const said = tokenize(text).base;
  if (said.length === 0) return undefined;
  for (const routine of routines) {
    if (!routine.enabled) continue;
    for (const trigger of routine.triggers) {
      if (trigger.type !== 'phrase') continue;
      for (const phrase of trigger.phrases)
        if (matches(said, tokenize(phrase).base)) return { routine, phrase };
    }
  }
  return undefined;
}
