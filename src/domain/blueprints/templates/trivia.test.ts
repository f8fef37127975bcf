import { describe, expect, it } from 'vitest';
import { ask, talk, type TalkOptions } from '../testing.ts';
import { triviaBlueprint as trivia, type TriviaConfig } from './trivia.ts';

const example = trivia.example;

/** The question the skill asked last ("Question 2 of 5: Which planet…?"), from the config. */
function asked(reply: string, config: TriviaConfig = example) {
  const at = reply.lastIndexOf('Question ');
  const q = config.questions.find((q) => reply.slice(at).includes(q.question));
  if (!q) throw new Error(`no question in “${reply}”`);
  return q;
}

/**
 * Plays a whole conversation where each line depends on what the skill just said: `next` sees
 * the last reply and returns the next line, or undefined to finish.
 */
function play(next: (reply: string, turn: number) => string | undefined, options?: TalkOptions) {
  const lines: string[] = [];
  for (;;) {
    const conversation = talk(trivia, lines, options);
    const line = next(conversation.replies[conversation.replies.length - 1]!, lines.length);
    if (line === undefined || lines.length > 40) return conversation;
    lines.push(line);
  }
}

const wrongChoice = (q: TriviaConfig['questions'][number]) =>
  q.choices.find((c) => c !== q.answer)!;

describe('trivia: the form', () => {
  it('accepts the example, which has enough questions for a game', () => {
    expect(trivia.schema.safeParse(example).success).toBe(true);
    expect(example.questions.length).toBeGreaterThanOrEqual(example.perGame);
  });

  it('says in plain words what is wrong, next to the field', () => {
    const problems = (config: unknown) =>
      trivia.schema
        .safeParse(config)
        .error?.issues.map((i) => [i.path.join('.'), i.message] as const);
    const question = { question: 'Which is red?', choices: ['Tomato', 'Banana'], answer: 'Tomato' };
    expect(problems({ ...example, questions: [{ ...question, answer: 'Cherry' }] })).toEqual([
      ['questions.0.answer', 'the answer must be one of the choices'],
    ]);
    expect(problems({ ...example, questions: [{ ...question, choices: ['Tomato'] }] })).toEqual([
      ['questions.0.choices', 'give at least 2 choices'],
    ]);
    expect(
      problems({ ...example, questions: [{ ...question, choices: ['Tomato', 'the tomato'] }] }),
    ).toEqual([['questions.0.choices', 'two choices are the same: make each one different']]);
    expect(problems({ ...example, questions: [] })).toEqual([
      ['questions', 'add at least one question'],
    ]);
    expect(problems({ ...example, perGame: 0 })).toEqual([
      ['perGame', 'ask at least 1 question in a game'],
    ]);
    expect(problems({ ...example, questions: Array(51).fill(question) })?.[0]?.[1]).toBe(
      'at most 50 questions',
    );
  });

  it('takes the answer as written with other capitals or articles', () => {
    const q = { question: 'Which is hot?', choices: ['The Sun', 'The Moon'], answer: 'the sun' };
    expect(trivia.schema.safeParse({ ...example, questions: [q] }).success).toBe(true);
  });

  it('has a form field for every setting', () => {
    expect(trivia.fields.map((f) => f.key).sort()).toEqual(Object.keys(example).sort());
  });
});

describe('trivia: a game', () => {
  it('asks each question once in a shuffled order, scores, and offers another game', () => {
    let right = 0;
    const game = play((reply, turn) => {
      if (reply.includes('Play again?')) return undefined;
      const q = asked(reply);
      // Right on the first three questions, wrong on the other two.
      if (turn < 3) {
        right++;
        return q.answer;
      }
      return wrongChoice(q);
    });
    const { replies, steps, memory, session } = game;
    expect(replies[0]).toMatch(
      /^Welcome to Family trivia! Today's questions are about animals, space and food\. 5 questions: say the answer or its letter, or “skip”\. Question 1 of 5: .+\? A: .+, B: .+ or C: .+\.$/,
    );
    expect(right).toBe(3);
    expect(replies[1]).toMatch(/^Right! Question 2 of 5: /);
    expect(replies[4]).toMatch(/^Not quite: it's [A-E]: .+\. Question 5 of 5: /);
    expect(replies[5]).toMatch(
      /You got 3 out of 5\. That's the score to beat next time\. Play again\? Say yes or no\.$/,
    );
    const questions = replies.slice(0, 5).map((r) => asked(r).question);
    expect(new Set(questions).size).toBe(5);
    expect(memory).toEqual({ best: 3, played: 1 });
    expect(session).toBeDefined();
    expect(steps[2]!.state).toEqual(['Question 3 of 5', 'Score: 2', 'No games finished yet']);
    expect(steps[5]!.state).toEqual([
      'Game over: 3 out of 5',
      'Asked: play again?',
      'Best: 3 (1 game finished)',
    ]);
    // Every session saved along the way reads back through the session schema.
    for (const step of steps)
      if (step.session)
        expect(trivia.runtime.sessionSchema.safeParse(step.session.state).success).toBe(true);
    expect(trivia.runtime.memorySchema.safeParse(memory).success).toBe(true);
  });

  it('shuffles differently with other luck', () => {
    const firsts = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => asked(talk(trivia, [], { seed }).replies[0]!).question,
      ),
    );
    expect(firsts.size).toBeGreaterThan(2);
  });

  it('compares the score with the best so far, remembered between sessions', () => {
    const everyAnswer = (wrong: number) =>
      play(
        (reply, turn) => {
          if (reply.includes('Play again?')) return undefined;
          const q = asked(reply);
          return turn < wrong ? wrongChoice(q) : q.answer;
        },
        { memory: { best: 4, played: 2 } },
      );
    const worse = everyAnswer(2);
    expect(worse.replies.at(-1)).toContain('You got 3 out of 5. Your best is 4. Play again?');
    expect(worse.memory).toEqual({ best: 4, played: 3 });
    const tie = everyAnswer(1);
    expect(tie.replies.at(-1)).toContain('You got 4 out of 5. That ties your best.');
    const better = everyAnswer(0);
    expect(better.replies.at(-1)).toContain("You got 5 out of 5. That's a new best!");
    expect(better.memory).toEqual({ best: 5, played: 3 });
  });

  it('plays again on yes, and ends on no', () => {
    const finish = (reply: string) => (reply.includes('Play again?') ? undefined : 'skip');
    const over = play(finish);
    const lines = over.steps.length - 1;
    const again = talk(trivia, [...Array<string>(lines).fill('skip'), 'yes please']);
    expect(again.replies.at(-1)).toMatch(/^Here we go! Question 1 of 5: /);
    expect(again.session).toBeDefined();
    const another = talk(trivia, [...Array<string>(lines).fill('skip'), "let's play again"]);
    expect(another.replies.at(-1)).toMatch(/^Here we go! /);
    const no = talk(trivia, [...Array<string>(lines).fill('skip'), 'no thanks']);
    expect(no.replies.at(-1)).toBe('Thanks for playing!');
    expect(no.session).toBeUndefined();
    expect(no.memory).toEqual({ best: 0, played: 1 });
    const neither = talk(trivia, [...Array<string>(lines).fill('skip'), 'purple']);
    expect(neither.replies.at(-1)).toBe('Say yes to play again, or no to stop.');
    expect(neither.steps.at(-1)!.kind).toBe('reprompt');
  });

  it('takes "skip" as a wrong answer and moves on', () => {
    const { replies, steps } = talk(trivia, ['skip', "I don't know"]);
    const first = asked(replies[0]!);
    const letter = 'ABCDE'[first.choices.indexOf(first.answer)];
    expect(replies[1]).toMatch(
      new RegExp(`^Skipped\\. The answer was ${letter}: ${first.answer}\\. Question 2 of 5: `),
    );
    expect(replies[2]).toMatch(/^Skipped\. .* Question 3 of 5: /);
    expect(steps[2]!.state).toContain('Score: 0');
    expect(steps[1]!.matched).toBe('“skip” passes on the question (it counts as wrong)');
  });

  it('understands an answer said in other words or case, and says how it read it', () => {
    const config: TriviaConfig = {
      categories: [],
      perGame: 1,
      questions: [
        {
          question: 'What is the closest star to Earth',
          choices: ['The Moon', 'The Sun'],
          answer: 'The Sun',
        },
      ],
    };
    const { replies, steps } = talk(trivia, ['the sun!'], { config });
    expect(replies[0]).toBe(
      'Welcome to Family trivia! One question: say the answer or its letter, or “skip”. Question 1 of 1: What is the closest star to Earth? A: The Moon or B: The Sun.',
    );
    expect(replies[1]).toMatch(/^Right! You got 1 out of 1\./);
    expect(steps[1]!.matched).toBe('“the sun!” picks B: The Sun');
    for (const line of ['B', 'the second one', "I think it's the Sun"])
      expect(talk(trivia, [line], { config }).replies[1], line).toMatch(/^Right! /);
    expect(talk(trivia, ['A'], { config }).replies[1]).toMatch(/^Not quite: it's B: The Sun\./);
  });

  it('reprompts with the choices for an answer that is none of them, and gives up after three', () => {
    const { replies, steps, session } = talk(trivia, [
      'what time is it',
      'blue',
      'turn on the lights',
    ]);
    const q = asked(replies[0]!);
    expect(replies[1]).toMatch(/^Say one of the choices — A: .+ — or “skip”\.$/);
    expect(replies[1]).toContain(q.choices[1]);
    expect(steps[1]!.kind).toBe('reprompt');
    expect(steps[2]!.kind).toBe('reprompt');
    expect(steps[3]!.kind).toBe('gave-up');
    expect(replies[3]).toBe(
      "Let's stop here. Say “open Family trivia” when you want to come back.",
    );
    expect(session).toBeUndefined();
  });

  it('helps with the current question, repeats it, starts over and says the score on stop', () => {
    const first = (reply: string) => asked(reply);
    const { replies, steps } = talk(trivia, ['help', 'repeat']);
    const q = first(replies[0]!);
    expect(replies[1]).toBe(
      `Say the answer, like “${q.choices[0]}”, or its letter, like “B”. Say “skip” to pass, “repeat” to hear the question again, or “stop” to end the game.`,
    );
    expect(replies[2]).toBe(replies[0]);
    expect(steps[2]!.kind).toBe('repeat');

    const answered = play((reply, turn) => (turn < 2 ? asked(reply).answer : undefined));
    const lines = answered.steps.slice(1).map((_, i) => asked(answered.replies[i]!).answer);
    const stopped = talk(trivia, [...lines, 'stop']);
    expect(stopped.replies.at(-1)).toBe('You had 2 out of 2 so far. Goodbye from Family trivia.');
    expect(stopped.session).toBeUndefined();
    // Stopping mid-game does not count as a finished game.
    expect(stopped.memory).toBeUndefined();

    const restarted = talk(trivia, [...lines, 'start over']);
    expect(restarted.replies.at(-1)).toMatch(/^Welcome to Family trivia! .* Question 1 of 5: /);
    expect(restarted.steps.at(-1)!.state).toContain('Score: 0');
  });

  it('says nothing extra when stopped before the first answer', () => {
    expect(talk(trivia, ['exit']).replies[1]).toBe('Goodbye from Family trivia.');
  });

  it('asks all the questions when there are fewer than a game', () => {
    const config = { ...example, questions: example.questions.slice(0, 2), perGame: 10 };
    expect(talk(trivia, [], { config }).replies[0]).toContain('2 questions:');
  });

  it('starts a new game when the questions were edited during one', () => {
    const { session } = talk(trivia, ['skip']);
    const state = trivia.runtime.sessionSchema.parse(session!.state);
    const step = trivia.runtime.turn(
      {
        config: example,
        memory: trivia.runtime.initialMemory,
        name: 'Family trivia',
        now: 0,
        timeZone: 'UTC',
        random: () => 0.5,
      },
      { ...state, order: [0, 40, 41] },
      'Jupiter',
    );
    expect(step.reply).toMatch(/^The questions changed, so here is a new game\. Question 1 of 5: /);
  });

  it('has no one-shot answer: asking opens a game', () => {
    expect(ask(trivia, 'a question').kind).toBe('start');
  });

  it('understands the lines it suggests to try', () => {
    const lines = trivia.tryThese(example);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const step = talk(trivia, [line]).steps[1]!;
      expect(step.kind, line).not.toBe('reprompt');
    }
  });
});
