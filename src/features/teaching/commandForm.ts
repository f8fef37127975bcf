// A taught command in the form: its phrases as text fields and its steps as the routines' actions,
// shown in words and built without programming (said in words, or taken from the home as it is).
// The checks say in plain words what to fix, next to the field they are about.
import { z } from '../../domain/zod.ts';
import { actionSchema, type Action } from '../../domain/routines/model.ts';
import {
  MAX_TAUGHT_PHRASES,
  MAX_TAUGHT_STEPS,
  type TaughtCommand,
} from '../../domain/teaching/model.ts';

export interface CommandForm {
  phrases: { text: string }[];
  /** Wrapped, as react-hook-form's lists hold objects it can key. */
  steps: { action: Action }[];
}

export type CommandMeaning = Pick<TaughtCommand, 'kind' | 'phrases' | 'steps'>;

const SHORT = 120;

export function blankCommandForm(): CommandForm {
  return { phrases: [{ text: '' }], steps: [] };
}

export function commandToForm(command: Pick<TaughtCommand, 'phrases' | 'steps'>): CommandForm {
  return {
    phrases: command.phrases.map((text) => ({ text })),
    steps: command.steps.map((action) => ({ action: structuredClone(action) })),
  };
}

export function commandFromForm(form: CommandForm): CommandMeaning {
  return {
    kind: 'command',
    phrases: form.phrases.map((p) => p.text.trim().replace(/\s+/g, ' ')),
    steps: form.steps.map((s) => s.action),
  };
}

/** A phrase's words without case or punctuation: "Movie mode!" and "movie mode" are the same. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const sameWords = (a: string, b: string) => {
  const left = wordsOf(a);
  return left !== '' && left === wordsOf(b);
};

const phrase = z.object({
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Write the phrase, or remove it'),
      z.maxLength(SHORT, `Keep the phrase under ${SHORT} letters`),
    ),
});

export const commandFormSchema = z.object({
  phrases: z.array(phrase).check(
    z.minLength(1, 'Add a phrase: the words you will say'),
    z.maxLength(MAX_TAUGHT_PHRASES, `At most ${MAX_TAUGHT_PHRASES} phrases: remove one`),
    z.superRefine((phrases, ctx) => {
      phrases.forEach((p, i) => {
        if (phrases.slice(0, i).some((q) => sameWords(q.text, p.text)))
          ctx.addIssue({
            code: 'custom',
            message: 'This phrase is already above: change it, or remove it',
            input: p.text,
            path: [i, 'text'],
          });
      });
    }),
  ),
  steps: z
    .array(z.object({ action: actionSchema }))
    .check(
      z.minLength(1, 'Add at least one step: say what it should do, or use the home as it is now'),
      z.maxLength(MAX_TAUGHT_STEPS, `At most ${MAX_TAUGHT_STEPS} steps: remove some`),
    ),
});

/** Steps added to those there are, as many as fit; `dropped` says how many did not. */
export function addSteps(
  current: readonly Action[],
  added: readonly Action[],
): { steps: Action[]; dropped: number } {
  const room = Math.max(0, MAX_TAUGHT_STEPS - current.length);
  return { steps: added.slice(0, room), dropped: Math.max(0, added.length - room) };
}
