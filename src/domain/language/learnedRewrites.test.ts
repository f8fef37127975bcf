// interpret() with rewrites learned from rephrasing (context.learned): a promoted rewrite reads a
// whole request, or a whole part of a compound one, as the words that worked; candidates are not
// used; the person's own routine phrases still come first; `rewrite` says what was used.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from './interpret.ts';
import type { LearnedWords } from './types.ts';

const home = demoHome(NOW);
const learned = (status: LearnedWords['status']): LearnedWords => ({
  id: 'rw_lamp',
  from: 'kill big lamp',
  to: 'turn off the living room lamp',
  status,
  createdAt: 1000,
  promotedAt: 2000,
});

describe('interpret with learned rewrites', () => {
  it('reads a promoted rewrite and keeps the words said', () => {
    const meant = interpret('Kill the big lamp!', { home, learned: [learned('promoted')] });
    expect(meant).toMatchObject({
      text: 'Kill the big lamp!',
      intent: 'HassTurnOff',
      targets: ['light.living_room_lamp'],
      rewrite: {
        id: 'rw_lamp',
        from: 'Kill the big lamp!',
        to: 'turn off the living room lamp',
        learnedAt: 2000,
        all: ['rw_lamp'],
      },
    });
  });

  it('does not use a candidate, nor a rewrite inside a longer request', () => {
    expect(
      interpret('kill the big lamp', { home, learned: [learned('candidate')] }).targets,
    ).toEqual([]);
    const longer = interpret('kill the big lamp in the kitchen', {
      home,
      learned: [learned('promoted')],
    });
    expect(longer.rewrite).toBeUndefined();
  });

  it('reads a whole part of a compound request', () => {
    const both = interpret('kill the big lamp and lock the front door', {
      home,
      learned: [learned('promoted')],
    });
    expect(both.parts?.map((p) => p.targets)).toEqual([
      ['light.living_room_lamp'],
      ['lock.front_door'],
    ]);
    expect(both.rewrite?.from).toBe('kill big lamp');
  });

  it("lets the person's routine phrase win over a rewrite", () => {
    const meant = interpret('kill the big lamp', {
      home,
      learned: [learned('promoted')],
      routines: [{ id: 'r1', name: 'Lamp off', phrases: ['kill the big lamp'] }],
    });
    expect(meant.intent).toBe('RunRoutine');
    expect(meant.rewrite).toBeUndefined();
  });
});
