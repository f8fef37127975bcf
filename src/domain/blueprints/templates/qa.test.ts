import { describe, expect, it } from 'vitest';
import { ask, talk } from '../testing.ts';
import { qaBlueprint, type QaConfig } from './qa.ts';

const config: QaConfig = {
  items: [
    {
      phrasings: ['when is bin day', 'when do the bins go out'],
      answer: 'Wednesday night.',
    },
    {
      phrasings: ["what is the dog's name", 'what is our dog called'],
      answer: 'Biscuit.',
    },
    {
      phrasings: ['where do we keep the spare key'],
      answer: 'Under the blue flowerpot.',
    },
  ],
};

const problems = (value: unknown) => {
  const parsed = qaBlueprint.schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('Custom Q&A: the form', () => {
  it('has an example that passes its own form', () => {
    expect(problems(qaBlueprint.example)).toEqual([]);
    expect(qaBlueprint.fields.map((f) => f.key).sort()).toEqual(['intro', 'items']);
  });

  it('says what is wrong in plain words', () => {
    expect(problems({ items: [] })).toEqual(['add at least one question']);
    expect(problems({ items: [{ phrasings: [], answer: 'yes' }] })).toEqual([
      'add at least one way to ask',
    ]);
    expect(problems({ items: [{ phrasings: ['  '], answer: ' ' }] })).toEqual([
      'write the question or remove it',
      'write the answer',
    ]);
    expect(
      problems({
        items: [{ phrasings: Array.from({ length: 11 }, (_, i) => `q${i}`), answer: 'a' }],
      }),
    ).toEqual(['at most 10 ways to ask']);
    expect(problems({ items: [{ phrasings: ['q'], answer: 'a'.repeat(501) }] })).toEqual([
      'keep the answer under 500 letters',
    ]);
  });

  it('suggests things to try that it answers', () => {
    const lines = qaBlueprint.tryThese(qaBlueprint.example);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const step = ask(qaBlueprint, line);
      expect(qaBlueprint.example.items.map((i) => i.answer)).toContain(step.reply);
    }
    expect(qaBlueprint.tryThese(config)).toContain('when do the bins go out');
  });
});

describe('Custom Q&A: talking to it', () => {
  it('answers questions one after another until the person says no', () => {
    const { replies, steps, session } = talk(
      qaBlueprint,
      ["When's bin day?", 'and what is the dog called', 'no thanks'],
      { config, name: 'House facts' },
    );
    expect(replies[0]).toMatch(
      /^Welcome to House facts\. Ask me a question, like “.+\?” or “.+\?”\.$/,
    );
    expect(replies[1]).toBe('Wednesday night. Anything else? Ask another question, or say no.');
    expect(steps[1]!.matched).toContain('when is bin day');
    expect(steps[1]!.state).toEqual(['Questions answered: 1', 'Last answer: when is bin day']);
    expect(replies[2]).toMatch(/^Biscuit\. Anything else\?/);
    expect(replies[3]).toBe('All right. Bye for now!');
    expect(session).toBeUndefined();
  });

  it('opens with its own welcome and answers a question asked in other words', () => {
    const { replies } = talk(qaBlueprint, ['what day was grandma born']);
    expect(replies[0]).toMatch(/^Hi! I know all sorts of things about our family\. Ask me/);
    expect(replies[1]).toMatch(/^Grandma's birthday is on the 12th of May/);
  });

  it('ends with "nothing else" and with "that\'s all"', () => {
    expect(talk(qaBlueprint, ['nothing else'], { config }).session).toBeUndefined();
    const { steps } = talk(qaBlueprint, ["that's all"], { config });
    expect(steps[1]!.kind).toBe('stop');
  });

  it('reprompts with two questions it knows, and stops after three misses in a row', () => {
    const { replies, steps, session } = talk(
      qaBlueprint,
      ['what is the capital of Peru', 'how tall is a giraffe', 'who painted the Mona Lisa'],
      { config },
    );
    expect(steps[1]!.kind).toBe('reprompt');
    expect(replies[1]).toMatch(
      /^I don't know that one\. Ask me something else, like “.+\?” or “.+\?”, or say no to finish\.$/,
    );
    const quoted = [...replies[1]!.matchAll(/“(.+?)\?”/g)].map((m) => m[1]);
    expect(quoted).toHaveLength(2);
    for (const q of quoted) expect(config.items.map((i) => i.phrasings[0])).toContain(q);
    expect(steps[3]!.kind).toBe('gave-up');
    expect(session).toBeUndefined();
  });

  it('a known question between misses resets the count', () => {
    const { steps, session } = talk(
      qaBlueprint,
      ['what is the capital of Peru', 'how tall is a giraffe', 'when is bin day', 'what is love'],
      { config },
    );
    expect(steps.map((s) => s.kind)).toEqual([
      'start',
      'reprompt',
      'reprompt',
      'answer',
      'reprompt',
    ]);
    expect(session?.misses).toBe(1);
  });

  it('helps, repeats and starts over inside a session', () => {
    const { replies, steps } = talk(
      qaBlueprint,
      ['where is the spare key', 'repeat that', 'help', 'yes', 'start over'],
      { config },
    );
    expect(replies[2]).toBe(replies[1]);
    expect(replies[1]).toMatch(/^Under the blue flowerpot\./);
    expect(replies[3]).toMatch(
      /^Ask me a question, like “.+\?” or “.+\?”\. Say no when you're done\.$/,
    );
    expect(replies[4]).toMatch(/^Go ahead and ask, like “/);
    expect(steps[5]!.kind).toBe('restart');
    expect(steps[5]!.state).toEqual(['Questions answered: 0', 'Waiting for a question']);
  });

  it('answers a one-shot question without a session, and says so when it has no answer', () => {
    const answered = ask(qaBlueprint, 'what do we call our dog', { config });
    expect(answered.kind).toBe('ask');
    expect(answered.reply).toBe('Biscuit.');
    expect(answered.session).toBeUndefined();
    const unknown = ask(qaBlueprint, 'what is the meaning of life', {
      config,
      name: 'House facts',
    });
    expect(unknown.reply).toBe("I don't have an answer for that in House facts.");
    expect(unknown.session).toBeUndefined();
  });
});
