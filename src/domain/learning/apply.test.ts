import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { interpret } from '../language/interpret.ts';
import { applyRewrites } from './apply.ts';
import { observe } from './observe.ts';
import { syntheticRewrites } from './simulatedPerson.ts';
import { EMPTY_LEARNING, type LearningState } from './types.ts';

const AT = Date.UTC(2025, 2, 3, 18, 0);
const home = demoHome(AT);
const learnt = (times: number): LearningState => {
  let state = EMPTY_LEARNING;
  for (let i = 0; i < times; i++) {
    const pair = {
      failed: { text: 'kill the big lamp', at: AT + i },
      worked: { text: 'turn off the living room lamp', at: AT + i },
      reason: 'same-words' as const,
    };
    state = observe(state, pair, { home }, AT + i).state;
  }
  return state;
};

describe('applying rewrites', () => {
  it('turns the whole request into the words that worked', () => {
    const result = applyRewrites('Hey, kill the big lamps please', learnt(2));
    expect(result.text).toBe('turn off the living room lamp');
    expect(result.rewrite?.from).toBe('kill big lamp');
    expect(interpret(result.text, { home }).targets).toEqual(['light.living_room_lamp']);
  });

  it('applies only promoted rewrites', () => {
    expect(applyRewrites('kill the big lamp', learnt(1))).toEqual({
      text: 'kill the big lamp',
      rewrites: [],
    });
  });

  it('never rewrites a phrase inside a longer request', () => {
    expect(applyRewrites('kill the big lamp slowly', learnt(2)).rewrites).toEqual([]);
  });

  it('rewrites a whole part of a compound request', () => {
    const result = applyRewrites('kill the big lamp and close the living room blinds', learnt(2));
    expect(result.text).toBe('turn off the living room lamp and close living room blinds');
    expect(result.rewrites).toHaveLength(1);
    const meaning = interpret(result.text, { home });
    expect(meaning.parts?.map((p) => p.targets)).toEqual([
      ['light.living_room_lamp'],
      ['cover.living_room_blinds'],
    ]);
    expect(applyRewrites('open the blinds and close the door', learnt(2)).rewrites).toEqual([]);
  });

  it('looks a request up in one step among 1,000 rewrites', () => {
    const state = syntheticRewrites(1000, AT);
    expect(applyRewrites('zorp999 blim', state).text).toBe('turn on the kitchen light');
    expect(applyRewrites('turn on the porch light', state).rewrites).toEqual([]);
    const requests = ['turn on the porch light', 'zorp512 blim', 'what is the temperature'];
    const runs = 20_000;
    const started = performance.now();
    for (let i = 0; i < runs; i++) applyRewrites(requests[i % 3]!, state);
    const micros = ((performance.now() - started) * 1000) / runs;
    console.info(`applyRewrites with 1,000 rewrites: ${micros.toFixed(2)} µs per call`);
  });
});
