import { describe, expect, it } from 'vitest';
import { ask, talk } from '../testing.ts';
import { complimentsBlueprint, funFactsBlueprint, jokesBlueprint } from './randomLists.ts';

const all = [funFactsBlueprint, jokesBlueprint, complimentsBlueprint];

/** The item a reply says, without "Want another?" or the note that a new round began. */
const item = (reply: string) =>
  reply
    .replace(/ Want another\?$/, '')
    .replace(/^That was all \d+ of them, so here they come again\. /, '');

describe('random lists: the three blueprints', () => {
  it('are fun facts, jokes and compliments in their categories', () => {
    expect(all.map((b) => [b.id, b.category, b.title])).toEqual([
      ['funFacts', 'learning', 'Fun facts'],
      ['jokes', 'fun', 'Jokes'],
      ['compliments', 'fun', 'Compliments'],
    ]);
  });

  it('accept their examples, and say what is wrong with a list', () => {
    for (const blueprint of all) {
      expect(blueprint.schema.safeParse(blueprint.example).success, blueprint.id).toBe(true);
      expect(blueprint.fields.map((f) => f.key)).toEqual(['items']);
    }
    const problems = (config: unknown) =>
      jokesBlueprint.schema
        .safeParse(config)
        .error?.issues.map((i) => [i.path.join('.'), i.message] as const);
    expect(problems({ items: [] })).toEqual([['items', 'add at least one']]);
    expect(problems({ items: ['Knock knock.', '  '] })).toEqual([
      ['items.1', 'write it or remove it'],
    ]);
    expect(problems({ items: Array(201).fill('Ha.') })).toEqual([['items', 'at most 200']]);
  });
});

describe('random lists: saying them', () => {
  it('says every item once before any repeats, across sessions', () => {
    const items = jokesBlueprint.example.items;
    const n = items.length;
    // Sessions of different lengths: "no" ends one, and the next line opens the next.
    const lines = [
      'another',
      'one more',
      'no',
      'open',
      'yes',
      'tell me another joke',
      'no thanks',
      'open',
      'more',
      'another',
      'another',
      'another',
      'next',
      'another',
    ];
    const { replies, steps, memory } = talk(jokesBlueprint, lines);
    const said = replies.filter((_, i) => steps[i]!.session).map(item);
    expect(said.length).toBeGreaterThanOrEqual(n + 3);
    const round = said.slice(0, n);
    expect(new Set(round).size).toBe(n);
    for (const joke of round) expect(items).toContain(joke);
    // The next round starts with a note, not with the joke just told.
    const next = replies.filter((_, i) => steps[i]!.session)[n]!;
    expect(next).toMatch(/^That was all 8 of them, so here they come again\. /);
    expect(said[n]).not.toBe(said[n - 1]);
    expect(new Set(said.slice(n)).size).toBe(said.length - n);
    expect(jokesBlueprint.runtime.memorySchema.safeParse(memory).success).toBe(true);
  });

  it('remembers what was said between separate sessions and one-shot asks', () => {
    const items = funFactsBlueprint.example.items;
    let memory: unknown;
    const heard: string[] = [];
    for (let i = 0; i < items.length; i++) {
      // Every other fact asked in one go, the rest in a session.
      if (i % 2 === 0) {
        const step = ask(funFactsBlueprint, 'for a fun fact', { memory, seed: i });
        expect(step.session).toBeUndefined();
        expect(step.reply).not.toContain('Want another?');
        heard.push(step.reply);
        memory = step.memory;
      } else {
        const session = talk(funFactsBlueprint, ['no'], { memory, seed: i });
        heard.push(item(session.replies[0]!));
        expect(session.replies[1]).toBe('Okay, see you next time!');
        memory = session.memory;
      }
    }
    expect(new Set(heard).size).toBe(items.length);
    expect(memory).toEqual({ said: expect.any(Array) });
    expect((memory as { said: number[] }).said).toHaveLength(items.length);
  });

  it('goes on for another, in many words, and stops for no', () => {
    const { replies, steps, session } = talk(complimentsBlueprint, [
      'another one please',
      'give me another compliment',
      'sure',
      'no more',
    ]);
    for (const reply of replies.slice(0, 4)) expect(reply).toMatch(/ Want another\?$/);
    expect(steps[2]!.matched).toContain('“give me another compliment”');
    expect(replies[4]).toBe('Okay, see you next time!');
    expect(session).toBeUndefined();
    expect(steps[3]!.state).toEqual([
      'Said 4 this time',
      'This round: 4 of 8 said; none repeats until all were said',
    ]);
  });

  it('reprompts for anything else, helps and repeats, and gives up after three', () => {
    const { replies, steps } = talk(jokesBlueprint, ['help', 'repeat', 'purple', 'banana', 'what']);
    expect(replies[1]).toBe('Say “another” for one more joke, or “no” to stop.');
    expect(replies[2]).toBe(replies[0]);
    expect(replies[3]).toBe('Say “another” for one more joke, or “no” to stop.');
    expect(steps.slice(3).map((s) => s.kind)).toEqual(['reprompt', 'reprompt', 'gave-up']);
    expect(talk(jokesBlueprint, ['stop']).replies[1]).toBe('Goodbye from Jokes.');
  });

  it('forgets items that were removed from the list, and works with one item', () => {
    const config = { items: ['You are great.'] };
    const { replies } = talk(complimentsBlueprint, ['another', 'another'], {
      config,
      memory: { said: [5, 7] },
    });
    expect(replies[0]).toBe('You are great. Want another?');
    expect(replies[1]).toBe('You are great. Want another?');
  });

  it('understands the lines it suggests to try', () => {
    for (const blueprint of all)
      for (const line of blueprint.tryThese(blueprint.example))
        expect(talk(blueprint, [line]).steps[1]!.kind, `${blueprint.id}: ${line}`).toBe('answer');
  });
});
