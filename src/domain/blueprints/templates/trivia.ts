// Trivia quiz: the questions a person wrote, asked in a new order each game with their choices
// read as "A: …, B: … or C: …"; each answer is checked and scored, the game ends with the score
// and how it compares with the best so far, and "Play again?" starts another.
import { joinList } from '../../assistant/words.ts';
import { z } from '../../zod.ts';
import { pickChoice, sameAnswer, yesOrNo } from '../match.ts';
import type { Blueprint, FieldSpec, SkillContext, SkillStep } from '../types.ts';
import { indices, shuffled } from './shuffle.ts';
import {
  answerIndex,
  MAX_QUESTIONS,
  triviaConfigSchema,
  type Question,
  type TriviaConfig,
} from './triviaConfig.ts';

export type { TriviaConfig } from './triviaConfig.ts';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

const count = z.int().check(z.minimum(0));

export const triviaSessionSchema = z.strictObject({
  /** 'question': waiting for an answer; 'again': the game is over, asked "Play again?". */
  phase: z.enum(['question', 'again']),
  /** The questions of this game (indices into the config), in the order asked. */
  order: z.array(count).check(z.maxLength(MAX_QUESTIONS)),
  /** Which of `order` is being asked (its length once the game is over). */
  at: count,
  score: count,
});
export type TriviaSession = z.infer<typeof triviaSessionSchema>;

export const triviaMemorySchema = z.strictObject({ best: count, played: count });
export type TriviaMemory = z.infer<typeof triviaMemorySchema>;

type Ctx = SkillContext<TriviaConfig, TriviaMemory>;
type Step = SkillStep<TriviaSession, TriviaMemory>;

/** Passing on a question: counts as wrong and moves on. */
const SKIPS = [
  'skip',
  'skip it',
  'skip this one',
  'pass',
  'next',
  'next question',
  "I don't know",
  'no idea',
  'I give up',
];

/** Asking for another game without a yes: yesOrNo leaves these to the skill. */
const PLAY_AGAIN = ['play again', 'another game', 'another one', 'another', 'new game', 'more'];

/** "A: Paris, B: Rome or C: Oslo". */
const readChoices = (q: Question) =>
  joinList(
    q.choices.map((c, i) => `${LETTERS[i]}: ${c}`),
    'or',
  );

const asQuestion = (line: string) => (/[?.!]$/.test(line) ? line : `${line}?`);

const questionLine = (ctx: Ctx, s: TriviaSession) => {
  const q = ctx.config.questions[s.order[s.at] ?? -1];
  if (!q) return '';
  return `Question ${s.at + 1} of ${s.order.length}: ${asQuestion(q.question)} ${readChoices(q)}.`;
};

const current = (ctx: Ctx, s: TriviaSession): Question | undefined =>
  s.phase === 'question' ? ctx.config.questions[s.order[s.at] ?? -1] : undefined;

function newGame(ctx: Ctx): TriviaSession {
  const { questions, perGame } = ctx.config;
  const order = shuffled(indices(questions.length), ctx.random).slice(0, perGame);
  return { phase: 'question', order, at: 0, score: 0 };
}

function start(ctx: Ctx): Step {
  const session = newGame(ctx);
  const { categories } = ctx.config;
  const about =
    categories.length > 0 ? ` Today's questions are about ${joinList(categories)}.` : '';
  const n = session.order.length;
  return {
    reply: `Welcome to ${ctx.name}!${about} ${n === 1 ? 'One question' : `${n} questions`}: say the answer or its letter, or “skip”. ${questionLine(ctx, session)}`,
    session,
  };
}

/** What the score means next to the best so far ("That's a new best!"). */
function bestNews(memory: TriviaMemory, score: number): string {
  if (memory.played === 0) return "That's the score to beat next time.";
  if (score > memory.best) return "That's a new best!";
  if (score === memory.best) return 'That ties your best.';
  return `Your best is ${memory.best}.`;
}

/** The next question, or the end of the game with the score and "Play again?". */
function moveOn(ctx: Ctx, s: TriviaSession, verdict: string, right: boolean): Step {
  const next: TriviaSession = { ...s, at: s.at + 1, score: s.score + (right ? 1 : 0) };
  if (next.at < next.order.length)
    return { reply: `${verdict} ${questionLine(ctx, next)}`, session: next };
  const memory = {
    best: Math.max(ctx.memory.best, next.score),
    played: ctx.memory.played + 1,
  };
  return {
    reply: `${verdict} You got ${next.score} out of ${next.order.length}. ${bestNews(ctx.memory, next.score)} Play again? Say yes or no.`,
    session: { ...next, phase: 'again' },
    memory,
  };
}

function answer(ctx: Ctx, s: TriviaSession, q: Question, said: string): Step {
  const right = answerIndex(q);
  const rightAnswer = `${LETTERS[right]}: ${q.choices[right]}`;
  const picked = pickChoice(said, q.choices);
  if (picked !== undefined) {
    const correct = picked === right;
    const step = moveOn(ctx, s, correct ? 'Right!' : `Not quite: it's ${rightAnswer}.`, correct);
    return { ...step, matched: `“${said}” picks ${LETTERS[picked]}: ${q.choices[picked]}` };
  }
  if (SKIPS.some((skip) => sameAnswer(said, skip))) {
    const step = moveOn(ctx, s, `Skipped. The answer was ${rightAnswer}.`, false);
    return { ...step, matched: `“${said}” passes on the question (it counts as wrong)` };
  }
  return {
    reply: `Say one of the choices — ${readChoices(q)} — or “skip”.`,
    session: s,
    unexpected: true,
  };
}

function turn(ctx: Ctx, s: TriviaSession, said: string): Step {
  if (s.phase === 'again') {
    const yes = PLAY_AGAIN.some((p) => sameAnswer(said, p)) ? 'yes' : yesOrNo(said);
    if (yes === 'yes') {
      const game = newGame(ctx);
      return { reply: `Here we go! ${questionLine(ctx, game)}`, session: game };
    }
    if (yes === 'no') return { reply: 'Thanks for playing!' };
    return { reply: 'Say yes to play again, or no to stop.', session: s, unexpected: true };
  }
  const q = current(ctx, s);
  // The questions were edited during the game: the place in it means nothing any more.
  if (!q) {
    const game = newGame(ctx);
    return {
      reply: `The questions changed, so here is a new game. ${questionLine(ctx, game)}`,
      session: game,
    };
  }
  return answer(ctx, s, q, said);
}

function help(ctx: Ctx, s: TriviaSession): string {
  const q = current(ctx, s);
  if (!q)
    return `The game is over: you got ${s.score} out of ${s.order.length}. Say yes for a new game, or no to stop.`;
  return `Say the answer, like “${q.choices[0]}”, or its letter, like “B”. Say “skip” to pass, “repeat” to hear the question again, or “stop” to end the game.`;
}

function describe(ctx: Ctx, s: TriviaSession): string[] {
  const { best, played } = ctx.memory;
  const record =
    played === 0
      ? 'No games finished yet'
      : `Best: ${best} (${played} ${played === 1 ? 'game' : 'games'} finished)`;
  if (s.phase === 'again')
    return [`Game over: ${s.score} out of ${s.order.length}`, 'Asked: play again?', record];
  return [`Question ${s.at + 1} of ${s.order.length}`, `Score: ${s.score}`, record];
}

const fields: readonly FieldSpec[] = [
  {
    kind: 'words',
    key: 'categories',
    label: 'Categories',
    hint: 'What the questions are about. Said when a game starts; you can leave it empty.',
    itemLabel: 'category',
    suggest: true,
    min: 0,
    max: 10,
    placeholder: 'animals',
  },
  {
    kind: 'list',
    key: 'questions',
    label: 'Questions',
    hint: 'Each game asks them in a new order.',
    itemLabel: 'question',
    min: 1,
    max: MAX_QUESTIONS,
    fields: [
      {
        kind: 'text',
        key: 'question',
        label: 'Question',
        placeholder: 'Which planet is the biggest?',
      },
      {
        kind: 'words',
        key: 'choices',
        label: 'Choices',
        hint: '2 to 5 answers to pick from. They are read out as A, B, C…',
        itemLabel: 'choice',
        min: 2,
        max: 5,
      },
      {
        kind: 'text',
        key: 'answer',
        label: 'Right answer',
        hint: 'Write it the same as one of the choices.',
      },
    ],
  },
  {
    kind: 'number',
    key: 'perGame',
    label: 'Questions in a game',
    hint: 'If you wrote fewer questions, a game asks them all.',
    min: 1,
    max: MAX_QUESTIONS,
  },
];

const example: TriviaConfig = {
  categories: ['animals', 'space', 'food'],
  questions: [
    {
      question: 'Which animal sleeps standing up?',
      choices: ['Horse', 'Cat', 'Rabbit'],
      answer: 'Horse',
    },
    {
      question: 'Which planet is the biggest?',
      choices: ['Mars', 'Jupiter', 'Earth'],
      answer: 'Jupiter',
    },
    {
      question: 'What do bees make?',
      choices: ['Milk', 'Honey', 'Butter'],
      answer: 'Honey',
    },
    {
      question: 'How many legs does a spider have?',
      choices: ['Six', 'Eight', 'Ten'],
      answer: 'Eight',
    },
    {
      question: 'Which fruit is yellow and bendy?',
      choices: ['Banana', 'Apple', 'Grape', 'Cherry'],
      answer: 'Banana',
    },
    {
      question: 'What is the closest star to Earth?',
      choices: ['The Moon', 'The Sun', 'The North Star'],
      answer: 'The Sun',
    },
    {
      question: 'Which bird cannot fly?',
      choices: ['Penguin', 'Robin', 'Owl'],
      answer: 'Penguin',
    },
    {
      question: 'What is pizza cheese usually made from?',
      choices: ['Milk', 'Rice', 'Apples'],
      answer: 'Milk',
    },
  ],
  perGame: 5,
};

export const triviaBlueprint: Blueprint<TriviaConfig, TriviaSession, TriviaMemory> = {
  id: 'trivia',
  category: 'fun',
  title: 'Trivia quiz',
  description:
    'Asks your questions with choices, keeps score, and remembers the best score so far.',
  defaultName: 'Family trivia',
  schema: triviaConfigSchema,
  example,
  fields,
  tryThese: (config) => {
    // The last letter every question has (any question may come first), passing, and hearing
    // the question again.
    const fewest = Math.min(...config.questions.map((q) => q.choices.length));
    return [LETTERS[Math.min(Math.max(fewest, 2), LETTERS.length) - 1]!, 'skip', 'repeat'];
  },
  runtime: {
    sessionSchema: triviaSessionSchema,
    memorySchema: triviaMemorySchema,
    initialMemory: { best: 0, played: 0 },
    start,
    turn,
    help,
    describe,
    goodbye: (_ctx, s) =>
      s.phase === 'question' && s.at > 0
        ? { reply: `You had ${s.score} out of ${s.at} so far.` }
        : undefined,
  },
};
