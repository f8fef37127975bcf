import { describe, expect, it } from 'vitest';
import { talk, type TalkOptions } from '../testing.ts';
import { flashcardsBlueprint as flashcards, type FlashcardsConfig } from './flashcards.ts';

const example = flashcards.example;

/** The card the skill showed last: the last “front” quoted in the reply. */
function shown(reply: string, config: FlashcardsConfig = example) {
  const fronts = [...reply.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  for (const front of fronts.reverse()) {
    const card = config.cards.find((c) => c.front === front);
    if (card) return card;
  }
  throw new Error(`no card in “${reply}”`);
}

/** A conversation where each line depends on the last reply; undefined ends it. */
function practise(
  next: (reply: string, turn: number) => string | undefined,
  options: TalkOptions = {},
) {
  const lines: string[] = [];
  for (;;) {
    const conversation = talk(flashcards, lines, options);
    const reply = conversation.replies.at(-1)!;
    const line = conversation.session ? next(reply, lines.length) : undefined;
    if (line === undefined || lines.length > 60) return { ...conversation, lines };
    lines.push(line);
  }
}

describe('flash cards: the form', () => {
  it('accepts the example and has a field for every setting', () => {
    expect(flashcards.schema.safeParse(example).success).toBe(true);
    expect(flashcards.fields.map((f) => f.key).sort()).toEqual(Object.keys(example).sort());
  });

  it('says what is wrong in plain words, next to the field', () => {
    const problems = (config: unknown) =>
      flashcards.schema
        .safeParse(config)
        .error?.issues.map((i) => [i.path.join('.'), i.message] as const);
    expect(problems({ cards: [] })).toEqual([['cards', 'add at least one card']]);
    expect(problems({ cards: [{ front: 'cat', back: '  ' }] })).toEqual([
      ['cards.0.back', 'write the answer on the back'],
    ]);
    expect(
      problems({
        cards: [
          { front: 'cat', back: 'chat' },
          { front: 'Cat', back: 'chatte' },
        ],
      }),
    ).toEqual([['cards.1.front', 'there is already a card “Cat”: make the fronts different']]);
    expect(
      problems({ cards: Array.from({ length: 101 }, (_, i) => ({ front: `${i}`, back: 'x' })) }),
    ).toEqual([['cards', 'at most 100 cards']]);
  });

  it('needs no instruction', () => {
    const config = { cards: [{ front: 'cat', back: 'chat' }] };
    expect(flashcards.schema.safeParse(config).success).toBe(true);
    expect(talk(flashcards, [], { config }).replies[0]).toBe(
      "Let's practise 1 card. What's on the back of “cat”? Say the answer, or “show me” if you don't know.",
    );
    const question = { ...config, instruction: 'What is the French word for:' };
    expect(talk(flashcards, [], { config: question }).replies[0]).toContain(
      'What is the French word for “cat”?',
    );
  });
});

describe('flash cards: practice', () => {
  it('shows every card once in a shuffled order and ends when all were known', () => {
    const { replies, steps, memory, session } = practise((reply) => shown(reply).back);
    expect(replies[0]).toMatch(
      /^Let's practise 8 cards\. Say the French word for “[^”]+”\. Say the answer, or “show me” if you don't know\.$/,
    );
    expect(replies[1]).toMatch(/^Yes! Say the French word for “[^”]+”\.$/);
    const fronts = replies.slice(0, 8).map((r) => shown(r).front);
    expect(new Set(fronts).size).toBe(8);
    expect(replies.at(-1)).toBe('Yes! You knew all 8 the first time. Brilliant!');
    expect(replies).toHaveLength(9);
    expect(session).toBeUndefined();
    expect(memory).toEqual({ missed: [] });
    expect(steps[3]!.state).toEqual([
      `Card: “${fronts[3]}”`,
      'First time through: card 4 of 8',
      'Knew the first time: 3; missed: 0',
    ]);
    for (const step of steps)
      if (step.session)
        expect(flashcards.runtime.sessionSchema.safeParse(step.session.state).success).toBe(true);
    // Another seed, another order.
    const other = talk(flashcards, [], { seed: 7 }).replies[0]!;
    const orders = [1, 2, 3, 4, 5, 6, 7].map(
      (seed) => shown(talk(flashcards, [], { seed }).replies[0]!).front,
    );
    expect(new Set(orders).size).toBeGreaterThan(2);
    expect(other).toMatch(/^Let's practise 8 cards\./);
  });

  it('goes over the missed cards until each was known, and remembers them', () => {
    const missedOnce = new Set<string>();
    const { replies, memory, steps } = practise((reply, turn) => {
      const card = shown(reply);
      // Wrong on the first card, "show me" on the second, "I don't know" on the third…
      if (turn === 0) return 'banane';
      if (turn === 1) return 'show me';
      if (turn === 2) return "I don't know";
      // …and wrong once more on the first missed card when it comes back.
      if (turn === 8) return 'chaton';
      missedOnce.add(card.front);
      return card.back;
    });
    expect(replies[1]).toMatch(/^Not quite: it's “[^”]+”\. I'll ask that one again later\. Say /);
    expect(replies[2]).toMatch(/^It's “[^”]+”\. I'll ask that one again later\. Say /);
    expect(replies[8]).toMatch(
      /^Yes! You knew 5 of 8 the first time\. Let's go over the 3 you missed\. Say the French word for “[^”]+”\.$/,
    );
    const missed = replies.slice(0, 3).map((r) => shown(r).front);
    // The missed ones come back in the order they were missed; one missed again goes last.
    expect(shown(replies[8]!).front).toBe(missed[0]);
    expect(replies[9]).toMatch(/^Not quite: it's “[^”]+”\. Say the French word for “[^”]+”\.$/);
    expect(shown(replies[9]!).front).toBe(missed[1]);
    expect(shown(replies[10]!).front).toBe(missed[2]);
    expect(shown(replies[11]!).front).toBe(missed[0]);
    expect(steps[9]!.state[1]).toBe('Going over the missed ones: 3 left');
    expect(replies.at(-1)).toBe(
      'Yes! All done! You knew 5 of 8 the first time, and now you know the other 3 too.',
    );
    expect(memory).toEqual({ missed });
    expect(steps[1]!.matched).toMatch(/^“banane” is not “[^”]+”$/);
    expect(steps[2]!.matched).toBe('“show me” asks to see the answer');
  });

  it('starts with the cards missed last time, and says so', () => {
    const one = talk(flashcards, [], { memory: { missed: ['dog'] } }).replies[0]!;
    expect(one).toBe(
      "Let's practise 8 cards. Last time you missed “dog”, so that one comes first. Say the French word for “dog”. Say the answer, or “show me” if you don't know.",
    );
    const two = practise((reply, turn) => (turn < 2 ? shown(reply).back : undefined), {
      memory: { missed: ['bread', 'cat', 'a card since removed'] },
    });
    expect(two.replies[0]).toContain(
      'Last time you missed “cat” and “bread”, so those come first.',
    );
    expect(new Set(two.replies.slice(0, 2).map((r) => shown(r).front))).toEqual(
      new Set(['cat', 'bread']),
    );
    const many = talk(flashcards, [], { memory: { missed: ['cat', 'dog', 'apple', 'house'] } });
    expect(many.replies[0]).toContain('Last time you missed 4 cards, so those come first.');
  });

  it('takes the answer in a sentence, in capitals, or with a small typo', () => {
    const config = {
      instruction: 'Say the French word for',
      cards: [{ front: 'house', back: 'maison' }],
    };
    for (const line of ["I think it's maison", 'MAISON!', 'maisom'])
      expect(talk(flashcards, [line], { config }).replies[1], line).toBe(
        'Yes! You knew it the first time. Brilliant!',
      );
    expect(talk(flashcards, ['maison'], { config }).steps[1]!.matched).toBe(
      '“maison” is the answer, “maison”',
    );
  });

  it('reprompts when nothing like an answer was said, and gives up after three', () => {
    const { replies, steps, session } = talk(flashcards, [
      '?',
      'what is the weather going to be like tomorrow morning in the garden',
      '...',
    ]);
    const card = shown(replies[0]!);
    expect(replies[1]).toBe(
      `Say the French word for “${card.front}”. Say the answer, or “show me” if you don't know.`,
    );
    expect(steps.slice(1).map((s) => s.kind)).toEqual(['reprompt', 'reprompt', 'gave-up']);
    expect(session).toBeUndefined();
  });

  it('helps with an example from another card, repeats, starts over', () => {
    const { replies, steps } = talk(flashcards, ['help', 'say that again', 'start over']);
    const card = shown(replies[0]!);
    expect(replies[1]).toMatch(
      new RegExp(
        `^Say what goes with “${card.front}”\\. For “[^”]+” you would say “[^”]+”\\. Say “show me” if you don't know: I'll tell you and ask it again later\\.$`,
      ),
    );
    expect(replies[1]).not.toContain(`“${card.back}”`);
    expect(replies[2]).toBe(replies[0]);
    expect(steps[3]!.kind).toBe('restart');
    expect(replies[3]).toMatch(/^Let's practise 8 cards\./);
  });

  it('says the score so far on stop and remembers what still needs practice', () => {
    const { lines } = practise(
      (reply, turn) => (turn === 0 ? 'no idea' : turn < 3 ? shown(reply).back : undefined),
      {
        memory: { missed: ['cat', 'dog'] },
      },
    );
    const stopped = talk(flashcards, [...lines, 'stop'], { memory: { missed: ['cat', 'dog'] } });
    expect(stopped.replies.at(-1)).toBe('You knew 2 of 3 so far. Goodbye from French words.');
    const missedNow = shown(stopped.replies[0]!).front;
    // The card missed now; last time's other miss was answered, so it is not kept.
    expect(stopped.memory).toEqual({ missed: [missedNow] });
    expect(talk(flashcards, ['stop']).replies[1]).toBe('Goodbye from French words.');
  });

  it('starts again when the cards were edited during practice', () => {
    const { session } = talk(flashcards, []);
    const state = flashcards.runtime.sessionSchema.parse(session!.state);
    const step = flashcards.runtime.turn(
      {
        config: example,
        memory: { missed: [] },
        name: 'French words',
        now: 0,
        timeZone: 'UTC',
        random: () => 0.3,
      },
      { ...state, queue: [55] },
      'chat',
    );
    expect(step.reply).toMatch(
      /^The cards changed, so let's start again\. Let's practise 8 cards\./,
    );
  });

  it('understands the lines it suggests to try', () => {
    for (const line of flashcards.tryThese(example))
      expect(talk(flashcards, [line]).steps[1]!.kind, line).toBe('answer');
  });
});
