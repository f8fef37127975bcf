import { describe, expect, it } from 'vitest';
import { ask, talk } from '../testing.ts';
import type { GuideConfig } from './guideAnswers.ts';
import { babysitterBlueprint, houseguestBlueprint } from './guides.ts';

const problems = (value: unknown) => {
  const parsed = houseguestBlueprint.schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

const empty: GuideConfig = { places: [], rules: [], contacts: [], topics: [] };

/** A guide that is not one of the examples, so nothing below depends on their wording. */
const cabin: GuideConfig = {
  ...empty,
  welcome: 'Welcome to the cabin',
  wifiName: 'Lakeside',
  places: [
    { thing: 'firewood', place: 'stacked behind the shed' },
    { thing: 'life jackets', place: 'boathouse' },
  ],
  rules: ['No swimming after dark'],
  contacts: [{ name: 'Sam', role: 'warden', phone: '+44 7700 900999' }],
  topics: [{ topic: 'Bins', answer: 'recycling goes in the green box' }],
};

describe('Guides: the form', () => {
  it('have examples that pass the form, and a field for every part of it', () => {
    for (const blueprint of [houseguestBlueprint, babysitterBlueprint]) {
      expect(blueprint.schema.safeParse(blueprint.example).success).toBe(true);
      expect(blueprint.fields.map((f) => f.key).sort()).toEqual(
        Object.keys(blueprint.example).sort(),
      );
    }
    expect(houseguestBlueprint.example.topics.map((t) => t.topic)).toEqual([
      'check-out',
      'parking',
      'heating',
    ]);
    expect(babysitterBlueprint.example.topics.map((t) => t.topic)).toEqual([
      'bedtime',
      'allergies',
      'snacks',
      'screen time',
    ]);
  });

  it('say what is wrong in plain words', () => {
    expect(problems(empty)).toEqual([
      'fill in at least one section, such as the Wi-Fi or where things are',
    ]);
    expect(problems({ ...empty, places: [{ thing: '', place: ' ' }] })).toEqual([
      'write what it is',
      'write where it is',
    ]);
    expect(problems({ ...empty, contacts: [{ name: 'Sam', phone: 'call me' }] })).toEqual([
      'write the phone number with digits, like 07700 900123',
    ]);
    expect(problems({ ...empty, rules: Array.from({ length: 21 }, () => 'be kind') })).toEqual([
      'at most 20 rules',
    ]);
    expect(problems({ ...empty, wifiPassword: 'x'.repeat(65) })).toEqual([
      'keep it under 64 letters',
    ]);
  });

  it('suggest things to try that the guide answers', () => {
    for (const blueprint of [houseguestBlueprint, babysitterBlueprint]) {
      const lines = blueprint.tryThese(blueprint.example);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        const step = ask(blueprint, line);
        expect(step.reply, line).not.toMatch(/don't have an answer/);
        expect(step.matched, line).toBeDefined();
      }
    }
    expect(houseguestBlueprint.tryThese(cabin)).toEqual([
      'where can I find the firewood?',
      'who do I call in an emergency?',
      'what about bins?',
      'what are the house rules?',
    ]);
    const glasses = { ...empty, places: [{ thing: "Grandpa's glasses", place: 'on the piano' }] };
    expect(houseguestBlueprint.tryThese(glasses)).toEqual(["where can I find Grandpa's glasses?"]);
    expect(
      ask(houseguestBlueprint, "where can I find Grandpa's glasses?", { config: glasses }).reply,
    ).toBe("Grandpa's glasses are on the piano.");
  });
});

describe('Houseguest guide', () => {
  it('welcomes the guest and says what it can answer', () => {
    const { replies, session } = talk(houseguestBlueprint, []);
    expect(replies[0]).toBe(
      'Welcome to our home! Make yourself comfortable. Ask me about the Wi-Fi, where things are, the house rules, who to call, check-out, parking or heating.',
    );
    expect(session).toBeDefined();
  });

  it('answers the Wi-Fi, where things are and the rules, then ends on no', () => {
    const { replies, steps, session } = talk(houseguestBlueprint, [
      "what's the wifi password",
      'what is the network called',
      'where are the towels',
      'where can I find a spare blanket',
      'what are the house rules',
      'can I have friends over',
      'no',
    ]);
    expect(replies[1]).toBe(
      'The Wi-Fi password is “bluebird-2026”. The network is called “Hill House Guest”. Anything else? Ask another question, or say no.',
    );
    expect(replies[2]).toMatch(/^The Wi-Fi network is called “Hill House Guest”/);
    expect(replies[3]).toMatch(
      /^The towels are in the hall cupboard, on the top shelf\. Anything else/,
    );
    expect(replies[4]).toMatch(/^The spare blankets are in the chest at the foot of your bed\./);
    expect(steps[4]!.matched).toContain('spare blankets');
    expect(replies[5]).toMatch(/^The house rules: Please take your shoes off inside\. No smoking/);
    expect(replies[6]).toMatch(/^House rule: Feel free to have friends over, just let us know\./);
    expect(steps[6]!.state).toEqual([
      'Questions answered: 6',
      'Last answer: the rule “Feel free to have friends over, just let us know”',
    ]);
    expect(replies[7]).toBe('All right. Bye for now!');
    expect(session).toBeUndefined();
  });

  it('lists what it knows where things are when asked in general, without "anything else"', () => {
    const { replies } = talk(houseguestBlueprint, ['where is everything']);
    expect(replies[1]).toBe(
      'I know where to find the towels, the spare blankets, the coffee, the hairdryer and the spare key. Ask me about one, like “where are the towels?”',
    );
  });

  it('reprompts with questions it knows, helps, repeats, starts over and stops', () => {
    const { replies, steps } = talk(houseguestBlueprint, [
      'what is the meaning of life',
      'help',
      'say that again',
      'start over',
      'stop',
    ]);
    expect(steps[1]!.kind).toBe('reprompt');
    expect(replies[1]).toMatch(
      /^I don't know that one\. Ask me something else, like “.+\?” or “.+\?”, or say no to finish\.$/,
    );
    expect(replies[2]).toMatch(
      /^Ask me a question, like “.+\?” or “.+\?”\. Say no when you're done\.$/,
    );
    // "repeat" says again what the guide said last, not the help.
    expect(replies[3]).toBe(replies[1]);
    expect(replies[4]).toBe(replies[0]);
    expect(replies[5]).toBe('Goodbye from House guide.');
  });

  it('gives up after three questions in a row it cannot answer', () => {
    const { steps, session } = talk(houseguestBlueprint, [
      'what is the meaning of life',
      'how far away is the moon',
      'who won the cup final',
    ]);
    expect(steps.map((s) => s.kind)).toEqual(['start', 'reprompt', 'reprompt', 'gave-up']);
    expect(session).toBeUndefined();
  });
});

describe('Babysitter guide', () => {
  it('answers bedtime, allergies, the doctor and who to call', () => {
    const { replies } = talk(babysitterBlueprint, [
      'when is bedtime',
      'are there any allergies',
      "what's the doctor's number",
      'who do I call in an emergency',
      "where is Leo's inhaler",
      'nothing else',
    ]);
    expect(replies[0]).toMatch(
      /^Hi, and thank you for looking after Maya and Leo tonight! Ask me about the Wi-Fi/,
    );
    expect(replies[1]).toMatch(/^Leo goes to bed at 7:30 and Maya at 8\./);
    expect(replies[2]).toMatch(/^Leo is allergic to peanuts\./);
    expect(replies[3]).toMatch(/^Call Dr Patel \(doctor\) on 020 7946 0018\./);
    expect(replies[4]).toMatch(
      /^Call Emma \(mum\) on 07700 900123, Dr Patel \(doctor\) on 020 7946 0018 or Mrs Green \(neighbour\) on 07700 900456\./,
    );
    expect(replies[5]).toMatch(/^Leo's inhaler is on the shelf above the microwave\./);
    expect(replies[6]).toBe('All right. Bye for now!');
  });

  it('answers "can I have friends over" with the house rule about it', () => {
    expect(ask(babysitterBlueprint, 'can I have friends over').reply).toBe(
      'House rule: No friends over, please.',
    );
  });
});

describe('A guide made from scratch', () => {
  it('answers from what was written, in sentences', () => {
    const say = (q: string) => ask(houseguestBlueprint, q, { config: cabin, name: 'Cabin' }).reply;
    expect(say('where is the firewood')).toBe('The firewood is stacked behind the shed.');
    // Written as a place, not a sentence: still a sentence.
    expect(say('where are the life jackets')).toBe("You'll find the life jackets here: boathouse.");
    expect(say('what is the wifi called')).toBe('The Wi-Fi network is called “Lakeside”.');
    expect(say("what's the warden's number")).toBe('Call Sam (warden) on +44 7700 900999.');
    expect(say('what about the bins')).toBe('Recycling goes in the green box.');
    expect(say('can I go swimming after dark')).toBe('House rule: No swimming after dark.');
    expect(say('how tall is the Eiffel tower')).toBe("I don't have an answer for that in Cabin.");
  });

  it('opens with only the sections it has', () => {
    const { replies } = talk(houseguestBlueprint, [], {
      config: { ...empty, topics: [{ topic: 'Parking', answer: 'On the street.' }] },
      name: 'Flat',
    });
    expect(replies[0]).toBe('Welcome to Flat. Ask me about parking.');
  });
});
