import { describe, expect, it } from 'vitest';
import { ask, talk } from '../testing.ts';
import { choresBlueprint as blueprint, type ChoresConfig } from './chores.ts';

/** Tuesday 3 March 2026, 18:00 UTC (the tests' default clock). */
const TUESDAY = Date.UTC(2026, 2, 3, 18, 0);

const problems = (value: unknown) => {
  const parsed = blueprint.schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

const small: ChoresConfig = {
  chores: [
    { chore: 'walk the dog', person: 'Sam', days: [1, 2] },
    { chore: 'walk the dog', person: 'Alex', days: [1, 3] },
    { chore: 'wash up', person: 'Alex', days: [2] },
  ],
};

describe('Chore chart: the form', () => {
  it('has an example that passes its own form', () => {
    expect(problems(blueprint.example)).toEqual([]);
    expect(blueprint.fields.map((f) => f.key)).toEqual(['chores']);
  });

  it('says what is wrong in plain words', () => {
    expect(problems({ chores: [] })).toEqual(['add at least one chore']);
    expect(problems({ chores: [{ chore: 'feed the cat', person: 'Leo', days: [] }] })).toEqual([
      'choose at least one day',
    ]);
    expect(problems({ chores: [{ chore: '', person: ' ', days: [1, 1] }] })).toEqual([
      'write the chore, like “feed the cat”',
      'write who does it',
      'choose each day only once',
    ]);
    expect(problems({ chores: [{ chore: 'x', person: 'Leo', days: [7] }] })).toHaveLength(1);
  });

  it('suggests things to try that it understands', () => {
    const lines = blueprint.tryThese(blueprint.example);
    expect(lines).toEqual([
      'what are my chores today?',
      "what are Maya's chores on Saturday?",
      'who empties the dishwasher today?',
    ]);
    expect(ask(blueprint, lines[0]!).reply).toBe("Who's asking: Emma, Maya or Leo?");
    expect(ask(blueprint, lines[1]!).reply).toBe("Maya's chores on Saturday: water the plants.");
    expect(ask(blueprint, lines[2]!).reply).toBe('Emma empties the dishwasher today.');
  });
});

describe('Chore chart: talking to it', () => {
  it('asks who is asking, then remembers it for the rest of the session', () => {
    const { replies, steps } = talk(blueprint, [
      'what are my chores today?',
      'Maya',
      'and tomorrow?',
      'what do I do on Friday',
    ]);
    expect(replies[0]).toBe(
      'Ask me about chores, like “what does Emma do tomorrow?” or “who empties the dishwasher today?”.',
    );
    expect(replies[1]).toBe("Who's asking: Emma, Maya or Leo?");
    expect(steps[1]!.state).toEqual([
      'Not yet known who is asking',
      'Waiting to hear who is asking, for today',
    ]);
    expect(replies[2]).toBe('Your chores today, Maya: set the table.');
    expect(steps[2]!.state).toEqual(['Asking: Maya']);
    expect(replies[3]).toBe('Your chores tomorrow, Maya: feed the cat and water the plants.');
    expect(replies[4]).toBe('Your chores on Friday, Maya: feed the cat.');
  });

  it('answers for a person and a day, and for a chore', () => {
    const { replies } = talk(blueprint, [
      "what are Leo's chores on Saturday",
      'what does Maya do tomorrow',
      'who feeds the cat today',
      "what are Leo's chores on Sunday",
      'who does what today',
      'does Maya feed the cat on Monday',
    ]);
    expect(replies.slice(1)).toEqual([
      "Leo's chores on Saturday: feed the cat and tidy up the toys.",
      "Maya's chores tomorrow: feed the cat and water the plants.",
      'Leo feeds the cat today.',
      'Leo has no chores on Sunday. Lucky Leo!',
      'Today: Emma empties the dishwasher; Maya sets the table; Leo feeds the cat and takes out the recycling.',
      'Yes, Maya feeds the cat on Monday.',
    ]);
  });

  it('follows up on the same person with just a day', () => {
    const { replies } = talk(blueprint, ['what does Leo do today', 'and on Sunday?']);
    expect(replies[2]).toBe('Leo has no chores on Sunday. Lucky Leo!');
  });

  it('says who does a chore when several share it, and when nobody does', () => {
    const say = (q: string) => ask(blueprint, q, { config: small }).reply;
    // Monday 2 March: both walk the dog.
    expect(say('who walks the dog on Monday')).toBe('Sam and Alex walk the dog on Monday.');
    expect(say('who has to walk the dog on Sunday')).toBe('Nobody has to walk the dog on Sunday.');
    expect(say('does Sam wash up today')).toBe('No. Alex washes up today.');
  });

  it('takes an introduction as who is asking', () => {
    const { replies } = talk(blueprint, ["I'm Leo", 'what do I do on Saturday']);
    expect(replies[1]).toBe('Hi Leo! Ask me about your chores, like “what are my chores today?”.');
    expect(replies[2]).toBe('Your chores on Saturday, Leo: feed the cat and tidy up the toys.');
  });

  it('answers for today in the home’s time zone', () => {
    // 23:30 on Tuesday in London is already Wednesday in Berlin.
    const late = Date.UTC(2026, 2, 3, 23, 30);
    const who = (timeZone: string) =>
      ask(blueprint, 'who feeds the cat today', { now: late, timeZone }).reply;
    expect(who('Europe/London')).toBe('Leo feeds the cat today.');
    expect(who('Europe/Berlin')).toBe('Maya feeds the cat today.');
  });

  it('answers one-shot questions, opening a session only to ask who is asking', () => {
    const step = ask(blueprint, "what are Leo's chores on Saturday");
    expect(step.kind).toBe('ask');
    expect(step.session).toBeUndefined();
    expect(step.matched).toBe('heard the name Leo; the day: on Saturday');
    const mine = ask(blueprint, 'what are my chores tomorrow', { now: TUESDAY });
    expect(mine.reply).toBe("Who's asking: Emma, Maya or Leo?");
    expect(mine.session).toBeDefined();
    // Not a question for the chart: the session opens with what it can do.
    expect(ask(blueprint, 'play some music').kind).toBe('start');
  });

  it('reprompts for a name, helps, repeats, starts over and stops', () => {
    const { replies, steps } = talk(blueprint, [
      'what are my chores',
      'the blue one',
      'help',
      'repeat',
      'Emma',
      'help',
      'start over',
      'stop',
    ]);
    expect(steps[2]!.kind).toBe('reprompt');
    expect(replies[2]).toBe("Sorry, who's asking? Say your name: Emma, Maya or Leo.");
    expect(replies[3]).toBe("Tell me who's asking: Emma, Maya or Leo.");
    expect(replies[4]).toBe(replies[2]);
    expect(replies[5]).toBe('Your chores today, Emma: empty the dishwasher.');
    expect(replies[6]).toBe(
      'Ask about a person and a day, or about a chore, like “what does Emma do tomorrow?” or “who empties the dishwasher today?”.',
    );
    expect(steps[7]!.kind).toBe('restart');
    expect(steps[7]!.state).toEqual(['Not yet known who is asking']);
    expect(replies[8]).toBe('Goodbye from Chore chart.');
  });

  it('gives up after three things in a row it cannot answer, and ends on thanks', () => {
    const missed = talk(blueprint, ['sing a song', 'what is the weather', 'tell me a joke']);
    expect(missed.steps.map((s) => s.kind)).toEqual(['start', 'reprompt', 'reprompt', 'gave-up']);
    expect(missed.replies[1]).toBe(
      "Sorry, I didn't get that. Ask about a person or a chore, like “what does Emma do tomorrow?” or “who empties the dishwasher today?”.",
    );
    const thanked = talk(blueprint, ['who feeds the cat today', 'thanks']);
    expect(thanked.replies[2]).toBe('All right!');
    expect(thanked.session).toBeUndefined();
  });
});
