// The runtime shared by the skills that answer questions (Custom Q&A, the houseguest and
// babysitter guides). Each of them turns its form into a list of answers, each known by several
// phrasings; a question is answered from the closest one (bestMatch, so rephrasing and small
// typos are forgiven), then the skill asks "Anything else?" until the person says no. A question
// it has no clear answer for gets a reprompt with two questions it does know.
import { joinList } from '../../assistant/words.ts';
import { z } from '../../zod.ts';
import { bestMatch, describeMatch, yesOrNo } from '../match.ts';
import type { SkillContext, SkillRuntime, SkillStep } from '../types.ts';

export interface Answer {
  /** Ways a person might ask for it. */
  phrasings: readonly string[];
  answer: string;
  /** What it is about, for "Why?" ("where the towels are"). */
  topic: string;
  /** A question to suggest ("where are the towels?"); absent: never suggested. */
  example?: string;
  /** The answer ends with a question of its own, so "Anything else?" is not added. */
  asksAgain?: boolean;
}

export interface QuestionSession {
  /** Questions answered so far in this session. */
  answered: number;
  /** The topic of the last answer. */
  last?: string;
}

export const questionSessionSchema: z.ZodMiniType<QuestionSession> = z.strictObject({
  answered: z.int().check(z.minimum(0), z.maximum(100_000)),
  last: z.optional(z.string().check(z.maxLength(300))),
});

/** These skills remember nothing between sessions. */
export type NoMemory = Record<string, never>;
export const noMemorySchema: z.ZodMiniType<NoMemory> = z.strictObject(
  {},
) as z.ZodMiniType<NoMemory>;

export interface QuestionSkill<C> {
  /** Everything the skill can answer, built from its form. */
  answers(config: C): Answer[];
  /** What the skill says when it opens, ending with what to ask. */
  opening(ctx: SkillContext<C, NoMemory>, answers: readonly Answer[]): string;
}

/** Ways of saying "nothing more" after "Anything else?" (besides every "no" yesOrNo knows). */
const DONE = [
  'nothing',
  'nothing else',
  'no more',
  'no more questions',
  'i am done',
  'i am good',
  'i am fine',
  'that is it',
  'all done',
  'all good',
  'no that is it',
];

export const ANYTHING_ELSE = 'Anything else? Ask another question, or say no.';
const BYE = 'All right. Bye for now!';

/** A phrasing as a question to quote: “where are the towels?”. */
export function asQuestion(text: string): string {
  return `“${text.trim().replace(/[\s?.!]+$/, '')}?”`;
}

/** Up to `count` different example questions, chosen with the context's randomness. */
export function exampleQuestions(
  random: () => number,
  answers: readonly Answer[],
  count = 2,
): string[] {
  const pool = answers.flatMap((a) => (a.example ? [a.example] : []));
  const chosen: string[] = [];
  while (chosen.length < count && pool.length > 0) {
    const [picked] = pool.splice(Math.floor(random() * pool.length), 1);
    if (picked !== undefined) chosen.push(asQuestion(picked));
  }
  return chosen;
}

/** ", like “a?” or “b?”", or nothing when there is no example. */
export function like(random: () => number, answers: readonly Answer[]): string {
  const examples = exampleQuestions(random, answers);
  return examples.length > 0 ? `, like ${joinList(examples, 'or')}` : '';
}

function answerFor(said: string, answers: readonly Answer[]) {
  const match = bestMatch(
    said,
    answers.map((a) => a.phrasings),
  );
  if (!match) return undefined;
  return { match, answer: answers[match.index]! };
}

export function questionRuntime<C>(
  skill: QuestionSkill<C>,
): SkillRuntime<C, QuestionSession, NoMemory> {
  type Ctx = SkillContext<C, NoMemory>;
  type Step = SkillStep<QuestionSession, NoMemory>;

  function turn(ctx: Ctx, session: QuestionSession, said: string): Step {
    const answers = skill.answers(ctx.config);
    if (yesOrNo(said) === 'no') return { reply: BYE };
    // "Nothing else" competes with the questions, so a question is never taken for it.
    const match = bestMatch(said, [...answers.map((a) => a.phrasings), DONE]);
    if (match && match.index === answers.length) return { reply: BYE };
    const found = match && answers[match.index];
    if (match && found)
      return {
        reply: found.asksAgain ? found.answer : `${found.answer} ${ANYTHING_ELSE}`,
        session: { answered: session.answered + 1, last: found.topic },
        matched: describeMatch(match, 'question'),
      };
    if (yesOrNo(said) === 'yes')
      return { reply: `Go ahead and ask${like(ctx.random, answers)}.`, session };
    return {
      reply: `I don't know that one. Ask me something else${like(ctx.random, answers)}, or say no to finish.`,
      session,
      unexpected: true,
    };
  }

  return {
    sessionSchema: questionSessionSchema,
    memorySchema: noMemorySchema,
    initialMemory: {},
    start(ctx) {
      const answers = skill.answers(ctx.config);
      return {
        reply: skill.opening(ctx, answers),
        session: { answered: 0 },
      };
    },
    turn,
    ask(ctx, said) {
      const found = answerFor(said, skill.answers(ctx.config));
      if (!found) return { reply: `I don't have an answer for that in ${ctx.name}.` };
      return { reply: found.answer.answer, matched: describeMatch(found.match, 'question') };
    },
    help(ctx) {
      return `Ask me a question${like(ctx.random, skill.answers(ctx.config))}. Say no when you're done.`;
    },
    describe(_ctx, session) {
      return [
        `Questions answered: ${session.answered}`,
        session.last ? `Last answer: ${session.last}` : 'Waiting for a question',
      ];
    },
  };
}
