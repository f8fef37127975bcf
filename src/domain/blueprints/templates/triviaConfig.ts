// The form of a trivia quiz and its checks: each question has 2 to 5 different choices and its
// answer is one of them.
import { nameTokens } from '../../language/normalize.ts';
import { z } from '../../zod.ts';

export const MAX_QUESTIONS = 50;

const text = (max: number, empty: string, long: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, long));

/** How the form's texts are compared with each other: case, articles and plurals aside. */
const plain = (value: string) => nameTokens(value).join(' ');

/** Which choice the written answer is ("the Moon" is the choice "Moon"); −1 if none. */
export const answerIndex = (q: { choices: readonly string[]; answer: string }) =>
  q.choices.findIndex((c) => plain(c) === plain(q.answer));

const questionSchema = z
  .strictObject({
    question: text(200, 'write the question', 'keep the question under 200 letters'),
    choices: z
      .array(text(80, 'write the choice or remove it', 'keep a choice under 80 letters'))
      .check(z.minLength(2, 'give at least 2 choices'), z.maxLength(5, 'at most 5 choices')),
    answer: text(80, 'write the right answer', 'keep the answer under 80 letters'),
  })
  .check(
    z.refine((q) => answerIndex(q) >= 0, {
      message: 'the answer must be one of the choices',
      path: ['answer'],
    }),
    // Two choices alike would make "the answer is …" ambiguous.
    z.refine((q) => new Set(q.choices.map(plain)).size === q.choices.length, {
      message: 'two choices are the same: make each one different',
      path: ['choices'],
    }),
  );

export const triviaConfigSchema = z.strictObject({
  /** What the questions are about, said when a game starts; may be empty. */
  categories: z
    .array(text(40, 'write the category or remove it', 'keep a category under 40 letters'))
    .check(z.maxLength(10, 'at most 10 categories')),
  questions: z
    .array(questionSchema)
    .check(
      z.minLength(1, 'add at least one question'),
      z.maxLength(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions`),
    ),
  /** Questions in one game; with fewer questions written, a game asks them all. */
  perGame: z
    .int('write a whole number')
    .check(
      z.minimum(1, 'ask at least 1 question in a game'),
      z.maximum(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions in a game`),
    ),
});
export type TriviaConfig = z.infer<typeof triviaConfigSchema>;
export type Question = TriviaConfig['questions'][number];
