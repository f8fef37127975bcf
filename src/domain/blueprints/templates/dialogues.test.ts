import { describe, expect, it } from 'vitest';
import { ask, talk } from '../testing.ts';
import { dialoguesBlueprint as dialogues, type DialoguesConfig } from './dialogues.ts';

const example = dialogues.example;

const problems = (config: unknown) =>
  dialogues.schema
    .safeParse(config)
    .error?.issues.map((i) => [i.path.join('.'), i.message] as const);

/** A booking desk whose blank has no known values: filled from the words where it stands. */
const restaurant: DialoguesConfig = {
  greeting: 'Chez Emma, good evening!',
  examples: [
    { said: 'Book a table for [people]', reply: 'A table for [people]. See you tonight!' },
    { said: 'Are you open on [day]?', reply: 'Yes, we are open on [day] from six.' },
  ],
  blanks: [],
  fallback: 'I can only book tables.',
};

describe('sample dialogues: the form', () => {
  it('accepts the examples and has a field for every setting', () => {
    expect(dialogues.schema.safeParse(example).success).toBe(true);
    expect(dialogues.schema.safeParse(restaurant).success).toBe(true);
    expect(dialogues.fields.map((f) => f.key).sort()).toEqual(Object.keys(example).sort());
  });

  it('says when an answer uses a blank its sentence does not have', () => {
    const examples = [{ said: "I'd like a pizza", reply: 'A [size] pizza, coming up!' }];
    expect(problems({ ...example, examples, blanks: [] })).toEqual([
      [
        'examples.0.reply',
        'the answer uses [size], but what is said has no [size]: add it there or take it out of the answer',
      ],
    ]);
  });

  it('needs words besides blanks, names in brackets, and blanks that examples use', () => {
    const only = [{ said: '[size] [topping]', reply: 'A [size] pizza' }];
    expect(problems({ ...example, examples: only, blanks: [] })).toEqual([
      ['examples.0.said', 'write some words besides the blanks, so the skill can tell it apart'],
    ]);
    const empty = [{ said: "I'd like a [] pizza", reply: 'Coming up!' }];
    expect(problems({ ...example, examples: empty, blanks: [] })).toEqual([
      ['examples.0', 'a blank needs a word between the brackets, like [size]'],
    ]);
    const blanks = [
      ...example.blanks,
      { blank: 'crust', values: ['thin'] },
      { blank: 'Size', values: [] },
    ];
    expect(problems({ ...example, blanks })).toEqual([
      ['blanks.3.blank', 'no example has [crust]: use it in one or remove it here'],
      ['blanks.4.blank', '“size” is already listed above'],
    ]);
    expect(problems({ ...example, examples: [], blanks: [] })).toEqual([
      ['examples', 'add at least one example'],
    ]);
  });
});

describe('sample dialogues: talking', () => {
  it('greets, then answers variations of the examples with their blanks filled', () => {
    const cases: [string, string][] = [
      ['can I get a large pizza please', 'A large pizza, coming up! Anything to drink?'],
      ["I'd like a medium pizza", 'A medium pizza, coming up! Anything to drink?'],
      ['I would like a gigantic pizza', 'A gigantic pizza, coming up! Anything to drink?'],
      [
        'a small pizza with olives please',
        'A small pizza with olives. Great choice! Anything to drink?',
      ],
      [
        "I'd like a large pizza with anchovies",
        'A large pizza with anchovies. Great choice! Anything to drink?',
      ],
      ['can I also have an orange juice', 'One orange juice, coming right up.'],
      ['how long does it take?', "About twenty minutes. Tony's oven is very fast!"],
      [
        'what toppings have you got',
        'We have mushrooms, pepperoni, olives, pineapple and extra cheese.',
      ],
    ];
    for (const [said, reply] of cases) {
      const { replies, steps } = talk(dialogues, [said]);
      expect(replies[0]).toBe("Welcome to Tony's Pizza! What can I get you?");
      expect(replies[1], said).toBe(reply);
      expect(steps[1]!.kind, said).toBe('answer');
    }
  });

  it('says which example it took and where each blank came from', () => {
    const known = talk(dialogues, ['can I get a large pizza please']).steps[1]!;
    expect(known.matched).toContain("“I'd like a [size] pizza”");
    expect(known.matched).toMatch(/; size: “large” \(a known size\)$/);
    const between = talk(dialogues, ["I'd like a large pizza with anchovies"]).steps[1]!;
    // Which example (in describeMatch's words), then where each blank came from.
    expect(between.matched).toContain("“I'd like a [size] pizza with [topping]”");
    expect(between.matched).toMatch(
      /; size: “large” \(a known size\); topping: “anchovies” \(the words where \[topping\] is\)$/,
    );
    expect(between.state).toEqual(['Listening for sentences like the 6 examples', 'Answered: 1']);
  });

  it('fills a blank with no known values from the words where it stands', () => {
    const { replies } = talk(
      dialogues,
      ['could you book a table for six people please', 'are you open on Sunday'],
      { config: restaurant },
    );
    expect(replies[1]).toBe('A table for 6 people. See you tonight!');
    expect(replies[2]).toBe('Yes, we are open on sunday from six.');
  });

  it('asks for a blank it could not fill, and completes the answer', () => {
    const { replies, steps } = talk(dialogues, [
      "I'd like a pizza",
      'medium please',
      'I want a pizza',
      'a really big one',
    ]);
    expect(replies[1]).toBe('What size? You could say small, medium or large.');
    expect(steps[1]!.state).toEqual(["Example: “I'd like a [size] pizza”", 'Waiting for: size']);
    expect(replies[2]).toBe('A medium pizza, coming up! Anything to drink?');
    expect(steps[2]!.matched).toBe('size: “medium” (a known size)');
    expect(replies[3]).toBe('What size? You could say small, medium or large.');
    expect(replies[4]).toBe('A really big pizza, coming up! Anything to drink?');
    expect(steps[4]!.matched).toBe('size: “really big” (the words where [size] is)');
    for (const step of steps)
      if (step.session)
        expect(dialogues.runtime.sessionSchema.safeParse(step.session.state).success).toBe(true);
  });

  it('keeps what was filled while asking for the rest', () => {
    const { replies, steps } = talk(dialogues, ['I would like a pizza with ham', 'small']);
    expect(replies[1]).toBe('What size? You could say small, medium or large.');
    expect(steps[1]!.state).toContain('So far: topping = ham');
    expect(replies[2]).toBe('A small pizza with ham. Great choice! Anything to drink?');
  });

  it('takes a new request instead of the answer it asked for', () => {
    const { replies } = talk(dialogues, ["I'd like a pizza", 'how much do I owe you']);
    expect(replies[2]).toBe("That's twelve dollars. Thank you for ordering!");
  });

  it('answers far-off sentences with the fallback and something to say, and gives up after three', () => {
    const { replies, steps, session } = talk(dialogues, [
      "what's the weather like",
      'turn on the kitchen lights',
      'tell me a story',
    ]);
    expect(replies[1]).toMatch(
      /^Sorry, I only know about pizza here\. You could say “[^”[\]]+”\.$/,
    );
    const suggestion = /“([^”]+)”/.exec(replies[1]!)![1]!;
    // What it suggests is understood.
    expect(talk(dialogues, [suggestion]).steps[1]!.kind).toBe('answer');
    expect(steps.slice(1).map((s) => s.kind)).toEqual(['reprompt', 'reprompt', 'gave-up']);
    expect(session).toBeUndefined();
  });

  it('helps with examples, repeats, starts over and stops', () => {
    const { replies, steps } = talk(dialogues, [
      'help',
      "I'd like a pizza",
      'help',
      'repeat',
      'start over',
      'stop',
    ]);
    expect(replies[1]).toBe(
      "Talk to me like in the examples. You could say “I'd like a small pizza” or “I'd like a small pizza with mushrooms”.",
    );
    expect(replies[3]).toBe(
      "I need the size for “I'd like a [size] pizza”. Say a word or two, like “small”.",
    );
    expect(replies[4]).toBe('What size? You could say small, medium or large.');
    expect(steps[4]!.kind).toBe('repeat');
    expect(replies[5]).toBe("Welcome to Tony's Pizza! What can I get you?");
    expect(steps[5]!.state).toEqual(['Listening for sentences like the 6 examples', 'Answered: 0']);
    expect(replies[6]).toBe('Goodbye from Pizza shop.');
  });

  it('answers a whole request in one go, and opens a session otherwise', () => {
    const once = ask(dialogues, 'a large pizza with pepperoni');
    expect(once.kind).toBe('ask');
    expect(once.reply).toBe('A large pizza with pepperoni. Great choice! Anything to drink?');
    expect(once.session).toBeUndefined();
    expect(once.matched).toContain('topping: “pepperoni” (a known topping)');
    expect(ask(dialogues, 'a pizza').kind).toBe('start');
    expect(ask(dialogues, 'the weather').kind).toBe('start');
  });

  it('listens afresh when the example it was asking about was removed', () => {
    const { session } = talk(dialogues, ["I'd like a pizza"]);
    const state = dialogues.runtime.sessionSchema.parse(session!.state);
    const step = dialogues.runtime.turn(
      {
        config: { ...example, examples: example.examples.slice(2) },
        memory: {},
        name: 'Pizza shop',
        now: 0,
        timeZone: 'UTC',
        random: () => 0,
      },
      { ...state, pending: { ...state.pending!, example: 5 } },
      'how long will it take',
    );
    expect(step.reply).toBe("About twenty minutes. Tony's oven is very fast!");
  });

  it('understands the lines it suggests to try', () => {
    for (const config of [example, restaurant]) {
      const lines = dialogues.tryThese(config);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines)
        expect(talk(dialogues, [line], { config }).steps[1]!.kind, line).toBe('answer');
    }
  });
});
