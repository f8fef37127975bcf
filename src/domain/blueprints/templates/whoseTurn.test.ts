import { describe, expect, it } from 'vitest';
import { ask, talk } from '../testing.ts';
import { whoseTurnBlueprint as blueprint, type WhoseTurnConfig } from './whoseTurn.ts';
import type { WhoseTurnMemory } from './whoseTurnRotation.ts';

const cat: WhoseTurnConfig = { tasks: [{ task: 'feed the cat', people: ['Maya', 'Leo', 'Emma'] }] };
const house: WhoseTurnConfig = {
  tasks: [
    { task: 'do the dishes', people: ['Maya', 'Leo', 'Emma'] },
    { task: 'walk the dog', people: ['Leo', 'Emma'] },
  ],
};

const DAY = 86_400_000;
const MARCH_3 = Date.UTC(2026, 2, 3, 18, 0);

const problems = (value: unknown) => {
  const parsed = blueprint.schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('Whose turn: the form', () => {
  it('has an example that passes its own form', () => {
    expect(problems(blueprint.example)).toEqual([]);
    expect(blueprint.fields.map((f) => f.key)).toEqual(['tasks']);
  });

  it('says what is wrong in plain words', () => {
    expect(problems({ tasks: [] })).toEqual(['add at least one task']);
    expect(problems({ tasks: [{ task: 'feed the cat', people: ['Maya'] }] })).toEqual([
      'add at least two people to take turns',
    ]);
    expect(problems({ tasks: [{ task: 'feed the cat', people: ['Maya', 'maya '] }] })).toEqual([
      'each name only once',
    ]);
    expect(problems({ tasks: [{ task: ' ', people: ['Maya', ''] }] })).toEqual([
      'write the task, like “do the dishes”',
      'write the name or remove it',
    ]);
    expect(
      problems({ tasks: [cat.tasks[0], { task: 'Feed the cat', people: ['Leo', 'Emma'] }] }),
    ).toEqual(['each task only once']);
  });

  it('suggests things to try that it understands', () => {
    const lines = blueprint.tryThese(blueprint.example);
    expect(lines).toEqual([
      'whose turn is it to do the dishes?',
      'who feeds the cat?',
      'who did it last?',
    ]);
    for (const line of lines) expect(ask(blueprint, line).kind, line).toBe('ask');
  });
});

describe('Whose turn: the rotation', () => {
  it('goes round fairly, one session after another, remembered in memory', () => {
    let memory: unknown;
    const said: string[] = [];
    for (let day = 0; day < 4; day++) {
      const { replies, memory: after } = talk(blueprint, [], {
        config: cat,
        memory,
        now: MARCH_3 + day * DAY,
      });
      said.push(replies[0]!);
      memory = after;
    }
    expect(said).toEqual([
      "It's Maya's turn to feed the cat. Next up: Leo.",
      "It's Leo's turn to feed the cat. Next up: Emma.",
      "It's Emma's turn to feed the cat. Next up: Maya.",
      "It's Maya's turn to feed the cat. Next up: Leo.",
    ]);
    const { tasks } = memory as WhoseTurnMemory;
    expect(tasks['feed the cat']!.queue).toEqual(['Leo', 'Emma', 'Maya']);
    expect(tasks['feed the cat']!.history.map((h) => h.person)).toEqual([
      'Maya',
      'Emma',
      'Leo',
      'Maya',
    ]);
  });

  it('asks which task when there are several, and understands the answer', () => {
    const { replies, steps } = talk(blueprint, ['the dishes'], { config: house });
    expect(replies[0]).toBe('Whose turn for what? Say one: do the dishes or walk the dog.');
    expect(replies[1]).toBe("It's Maya's turn to do the dishes. Next up: Leo.");
    expect(steps[1]!.state).toEqual(['Task: do the dishes', 'Turn: Maya']);
    expect(steps[1]!.matched).toContain('the dishes');
    const second = talk(blueprint, ['the second one'], { config: house });
    expect(second.replies[1]).toBe("It's Leo's turn to walk the dog. Next up: Emma.");
    expect(second.steps[1]!.matched).toBe('you chose “walk the dog”');
  });

  it('gives a skipped turn to the next person, and the skipped one goes first next time', () => {
    const first = talk(blueprint, ['whose turn is it to do the dishes', "Maya can't"], {
      config: house,
    });
    expect(first.replies[1]).toBe("It's Maya's turn to do the dishes. Next up: Leo.");
    expect(first.replies[2]).toBe(
      "Okay, it's Leo's turn to do the dishes. Maya goes first next time.",
    );
    expect(first.steps[2]!.state).toEqual(['Task: do the dishes', 'Turn: Leo', 'Skipped: Maya']);
    const next = talk(blueprint, ['whose turn to do the dishes', 'someone else'], {
      config: house,
      memory: first.memory,
      now: MARCH_3 + DAY,
    });
    expect(next.replies[1]).toBe("It's Maya's turn to do the dishes. Next up: Emma.");
    expect(next.replies[2]).toBe(
      "Okay, it's Emma's turn to do the dishes. Maya goes first next time.",
    );
    const third = talk(blueprint, ['whose turn is it for the dishes'], {
      config: house,
      memory: next.memory,
      now: MARCH_3 + 2 * DAY,
    });
    expect(third.replies[1]).toBe("It's Maya's turn to do the dishes. Next up: Leo.");
  });

  it('says so when everyone has been skipped', () => {
    const { replies, session, memory } = talk(
      blueprint,
      ['who walks the dog', 'skip', 'Emma is busy'],
      { config: house },
    );
    expect(replies[1]).toBe("It's Leo's turn to walk the dog. Next up: Emma.");
    expect(replies[3]).toBe(
      "Nobody is left: Leo and Emma can't walk the dog this time. Ask me again later.",
    );
    expect(session).toBeUndefined();
    expect((memory as WhoseTurnMemory).tasks['walk the dog']).toEqual({
      queue: ['Leo', 'Emma'],
      history: [],
    });
  });

  it('says who did it last, with the day in words', () => {
    const monday = talk(blueprint, ['the dishes'], { config: house, now: MARCH_3 });
    const last = (now: number, line = 'who did the dishes last') =>
      ask(blueprint, line, { config: house, memory: monday.memory, now }).reply;
    expect(last(MARCH_3 + 60_000)).toBe('Maya did the dishes today.');
    expect(last(MARCH_3 + DAY)).toBe('Maya did the dishes yesterday.');
    expect(last(MARCH_3 + 4 * DAY)).toBe('Maya did the dishes on Tuesday.');
    expect(last(MARCH_3 + 10 * DAY)).toBe('Maya did the dishes on 3 March.');
    expect(last(MARCH_3, 'who walked the dog last')).toBe(
      'Nobody has had a turn to walk the dog yet.',
    );
  });

  it('counts days in the home’s time zone', () => {
    const late = Date.UTC(2026, 2, 3, 23, 30);
    const given = talk(blueprint, [], { config: cat, now: late });
    const asked = (timeZone: string) =>
      ask(blueprint, 'who fed the cat last', {
        config: cat,
        memory: given.memory,
        now: Date.UTC(2026, 2, 4, 12),
        timeZone,
      }).reply;
    // 23:30 in London is 00:30 the next day in Berlin.
    expect(asked('Europe/London')).toBe('Maya fed the cat yesterday.');
    expect(asked('Europe/Berlin')).toBe('Maya fed the cat today.');
  });

  it('in a session, "who did it last" leaves out the turn it just gave', () => {
    const before = talk(blueprint, ['the dishes'], { config: house, now: MARCH_3 - DAY });
    const { replies } = talk(blueprint, ['the dishes', 'who did it last', 'who is next'], {
      config: house,
      memory: before.memory,
    });
    expect(replies[1]).toBe("It's Leo's turn to do the dishes. Next up: Emma.");
    expect(replies[2]).toBe('Maya did the dishes yesterday.');
    expect(replies[3]).toBe('Next up to do the dishes: Emma, then Maya.');
  });

  it('follows changes to the form: people removed leave, people added join at the end', () => {
    const { memory } = talk(blueprint, [], { config: cat });
    const changed: WhoseTurnConfig = {
      tasks: [{ task: 'Feed the cat', people: ['Maya', 'Emma', 'Grandpa'] }],
    };
    const { replies } = talk(blueprint, [], { config: changed, memory, now: MARCH_3 + DAY });
    // Leo was next but is gone; Emma follows, Grandpa joins after Maya.
    expect(replies[0]).toBe("It's Emma's turn to Feed the cat. Next up: Maya.");
  });
});

describe('Whose turn: talking to it', () => {
  it('answers a one-shot question without a session, moving the rotation on', () => {
    const step = ask(blueprint, 'who feeds the cat');
    expect(step.reply).toBe("It's Leo's turn to feed the cat. Next up: Maya.");
    expect(step.session).toBeUndefined();
    expect((step.memory as WhoseTurnMemory).tasks['feed the cat']!.queue).toEqual(['Maya', 'Leo']);
    const again = ask(blueprint, 'who feeds the cat', { memory: step.memory });
    expect(again.reply).toBe("It's Maya's turn to feed the cat. Next up: Leo.");
  });

  it('asks which task when a one-shot question names none', () => {
    const step = ask(blueprint, 'who did it last', { config: house });
    expect(step.reply).toBe('Who did what last? Say one: do the dishes or walk the dog.');
    expect(step.session).toBeDefined();
  });

  it('helps, repeats, starts over, stops and gives up after three misses', () => {
    const { replies, steps, session } = talk(
      blueprint,
      ['help', 'the dishes', 'repeat', 'help', 'start over', 'the blue one', 'banana', 'purple'],
      { config: house },
    );
    expect(replies[1]).toBe(
      "Tell me which task, and I'll say whose turn it is. Say a task: do the dishes or walk the dog.",
    );
    expect(replies[3]).toBe(replies[2]);
    expect(replies[4]).toBe(
      "I said it's Maya's turn to do the dishes. Say “skip” if Maya can't, ask “who did it last?”, or ask “whose turn is it to walk the dog?”.",
    );
    expect(steps[5]!.kind).toBe('restart');
    expect(replies[6]).toBe('Sorry, which task? Say one: do the dishes or walk the dog.');
    expect(steps.slice(6).map((s) => s.kind)).toEqual(['reprompt', 'reprompt', 'gave-up']);
    expect(session).toBeUndefined();
  });

  it('reprompts after a turn with what it expects, and ends on thanks', () => {
    const { replies, steps, session } = talk(
      blueprint,
      ['the dishes', 'what is the weather', 'thanks'],
      {
        config: house,
      },
    );
    expect(steps[2]!.kind).toBe('reprompt');
    expect(replies[2]).toBe(
      "Sorry, I didn't get that. Say “skip” if Maya can't, ask “who did it last?”, or ask “whose turn is it to walk the dog?”.",
    );
    expect(replies[3]).toBe('All right!');
    expect(session).toBeUndefined();
  });
});
