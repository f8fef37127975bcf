import { describe, expect, it } from 'vitest';
import { talk } from '../testing.ts';
import { bedtimeBlueprint as bedtime, type BedtimeConfig } from './bedtime.ts';

const example = bedtime.example;

const problems = (config: unknown) =>
  bedtime.schema.safeParse(config).error?.issues.map((i) => [i.path.join('.'), i.message] as const);

/** A short story to see every word land in its place. */
const small: BedtimeConfig = {
  childName: 'Leo',
  story: '[Name] rode a [animal] to the [place]. The [animal] liked [snack].',
  blanks: [
    { blank: 'animal', question: 'What animal?', choices: ['horse', 'tiger', 'snail'] },
    { blank: '[place]', question: 'Where to?', choices: [] },
    { blank: 'snack', question: 'What snack?', choices: ['apples', 'cheese'] },
  ],
};

describe('bedtime story: the form', () => {
  it('accepts the example and has a field for every setting', () => {
    expect(bedtime.schema.safeParse(example).success).toBe(true);
    expect(bedtime.schema.safeParse(small).success).toBe(true);
    expect(bedtime.fields.map((f) => f.key).sort()).toEqual(Object.keys(example).sort());
  });

  it('names a blank of the story that has no question, and a question with no blank', () => {
    expect(problems({ ...small, story: `${small.story} Then came a [giant].` })).toEqual([
      ['blanks', 'the story has [giant]: add a blank called “giant” below'],
    ]);
    expect(problems({ ...small, story: '[name] rode a [animal] home, eating [snack].' })).toEqual([
      ['blanks.1.blank', 'the story has no [place]: put it in the story or remove this blank'],
    ]);
  });

  it('refuses [name] as a blank, the same blank twice, an empty bracket and a missing name', () => {
    const blank = (name: string) => ({ blank: name, question: 'Which?', choices: [] });
    expect(problems({ ...small, blanks: [...small.blanks, blank('Name')] })).toEqual([
      ['blanks.3.blank', '[name] is always Leo: remove this blank'],
    ]);
    expect(problems({ ...small, blanks: [...small.blanks, blank('Animal ')] })).toEqual([
      ['blanks.3.blank', '“animal” is already a blank above'],
    ]);
    expect(problems({ ...small, story: `${small.story} []` })).toEqual([
      ['story', 'a blank needs a word between the brackets, like [animal]'],
    ]);
    expect(problems({ ...small, childName: ' ' })).toEqual([
      ['childName', "write the child's name"],
    ]);
  });
});

describe('bedtime story: telling', () => {
  it('asks for each blank, then tells the story with the words and the name, and ends', () => {
    const { replies, steps, session, memory } = talk(bedtime, ['tiger', 'the moon', 'cheese'], {
      config: small,
    });
    expect(replies).toEqual([
      "Let's make up a story for Leo! What animal? You could say horse, tiger or snail, or “surprise me”.",
      'Tiger! Where to? Say any word or two.',
      'Moon! What snack? You could say apples or cheese, or “surprise me”.',
      'Cheese! Leo rode a tiger to the moon. The tiger liked cheese. The end. Sleep tight, Leo.',
    ]);
    expect(session).toBeUndefined();
    expect(memory).toEqual({ told: 1 });
    expect(steps[2]!.state).toEqual([
      'Question 3 of 3: What snack?',
      'Chosen so far: animal: tiger, place: moon',
    ]);
    expect(steps[1]!.matched).toBe('“tiger” is the choice “tiger”');
    expect(steps[2]!.matched).toBe('“moon” goes in the story as said');
    for (const step of steps)
      if (step.session)
        expect(bedtime.runtime.sessionSchema.safeParse(step.session.state).success).toBe(true);
  });

  it('tells the example story with Maya and her words', () => {
    const { replies } = talk(bedtime, ['an owl', 'the big oak tree', 'peanut butter', 'gold']);
    const story = replies.at(-1)!;
    expect(story).toMatch(
      /^Gold! Once upon a time, Maya found a tiny owl hiding under the big oak tree\./,
    );
    expect(story).toContain('So Maya packed a peanut butter sandwich');
    expect(story).toContain('a little door glowing gold in the moonlight');
    expect(story).not.toContain('[');
    expect(story.endsWith('The end. Sleep tight, Maya.')).toBe(true);
  });

  it('picks a choice at random for "surprise me", and says which', () => {
    const picks = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { replies, steps } = talk(bedtime, ['surprise me'], { config: small, seed });
      const word = /^I pick (\w+)! Where to\?/.exec(replies[1]!)?.[1];
      expect(small.blanks[0]!.choices).toContain(word);
      expect(steps[1]!.matched).toBe(`“surprise me”: “${word}” picked at random from the choices`);
      picks.add(word!);
    }
    expect(picks.size).toBeGreaterThan(1);
    // A blank without choices is the child's to fill.
    const { replies, steps } = talk(bedtime, ['horse', 'you choose'], { config: small });
    expect(replies[2]).toBe('This one is up to you! Where to? Say any word or two.');
    expect(steps[2]!.kind).toBe('answer');
  });

  it('reprompts for a word that is not a choice or too many words, and gives up after three', () => {
    const choices = talk(bedtime, ['a penguin'], { config: small });
    expect(choices.replies[1]).toBe(
      'Pick one of these: horse, tiger or snail, or say “surprise me”.',
    );
    expect(choices.steps[1]!.kind).toBe('reprompt');
    const long = talk(bedtime, ['horse', 'to the very big old castle on the hill'], {
      config: small,
    });
    expect(long.replies[2]).toBe('Just a word or two, please. Where to?');
    expect(long.steps[2]!.kind).toBe('reprompt');
    const three = talk(bedtime, ['a penguin', 'a giraffe', 'a zebra'], { config: small });
    expect(three.steps.at(-1)!.kind).toBe('gave-up');
    expect(three.session).toBeUndefined();
  });

  it('helps, repeats and starts over in the middle of the questions', () => {
    const { replies, steps } = talk(bedtime, ['snail', 'help', 'repeat', 'start over'], {
      config: small,
    });
    expect(replies[2]).toBe(
      "I'm asking: Where to? Any word or two will do, the sillier the better. 1 more after this one, then the story.",
    );
    expect(replies[3]).toBe('Snail! Where to? Say any word or two.');
    expect(steps[3]!.kind).toBe('repeat');
    expect(replies[4]).toBe(replies[0]);
    expect(steps[4]!.state[1]).toBe('Nothing chosen yet');
    const first = talk(bedtime, ['help'], { config: small }).replies[1];
    expect(first).toBe(
      "I'm asking: What animal? Say one of horse, tiger or snail, like “horse”, or “surprise me”. 2 more after this one, then the story.",
    );
    const stopped = talk(bedtime, ['snail', 'stop'], { config: small });
    expect(stopped.replies.at(-1)).toBe('Goodbye from Bedtime story.');
  });

  it('counts the stories told across sessions', () => {
    const { memory, steps } = talk(bedtime, ['tiger', 'moon', 'cheese', 'open it again'], {
      config: small,
      memory: { told: 2 },
    });
    expect(memory).toEqual({ told: 3 });
    expect(steps.at(-1)!.state).toContain('Stories told before: 3');
  });

  it('tells a story without blanks at once, and does not say "the end" twice', () => {
    const config = { childName: 'Emma', story: 'Emma counted sheep. The end!', blanks: [] };
    const { replies, session } = talk(bedtime, [], { config });
    expect(replies[0]).toBe('Emma counted sheep. The end! Sleep tight, Emma.');
    expect(session).toBeUndefined();
  });

  it('understands the lines it suggests to try', () => {
    for (const config of [example, small]) {
      const lines = bedtime.tryThese(config);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines)
        expect(talk(bedtime, [line], { config }).steps[1]!.kind, line).not.toBe('reprompt');
    }
    const freeFirst = { ...small, blanks: [small.blanks[1]!, small.blanks[0]!, small.blanks[2]!] };
    for (const line of bedtime.tryThese(freeFirst))
      expect(talk(bedtime, [line], { config: freeFirst }).steps[1]!.kind, line).not.toBe(
        'reprompt',
      );
  });
});
