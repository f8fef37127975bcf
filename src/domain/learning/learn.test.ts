import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { confirm, forget, reportOutcome, setPaused } from './learn.ts';
import { observe } from './observe.ts';
import { syntheticRewrites } from './simulatedPerson.ts';
import {
  EMPTY_LEARNING,
  MAX_REWRITES,
  learningStateSchema,
  type LearningState,
  type RephrasePair,
} from './types.ts';

const AT = Date.UTC(2025, 2, 3, 18, 0);
const DAY = 86_400_000;
const context = { home: demoHome(AT) };
const pair = (failed: string, worked: string, at = AT): RephrasePair => ({
  failed: { text: failed, at: at - 30_000 },
  worked: { text: worked, at },
  reason: 'same-words',
});
const lamp = (at = AT) => pair('kill the big lamp', 'turn off the living room lamp', at);
const door = (at = AT) => pair('let me in the front', 'unlock the front door', at);

/** Observes the same pair on `times` days. */
function seen(
  p: (at: number) => RephrasePair,
  times: number,
  state: LearningState = EMPTY_LEARNING,
) {
  for (let i = 0; i < times; i++)
    state = observe(state, p(AT + i * DAY), context, AT + i * DAY).state;
  return state;
}

describe('learning rewrites', () => {
  it('records a candidate with its normalized words and evidence', () => {
    const { state, rewrite, change } = observe(EMPTY_LEARNING, lamp(), context, AT);
    expect(change).toBe('created');
    expect(rewrite).toMatchObject({
      from: 'kill big lamp',
      to: 'turn off the living room lamp',
      status: 'candidate',
      wins: 1,
      losses: 0,
      confirmed: false,
      sensitive: false,
      createdAt: AT,
      evidence: [{ at: AT, failed: 'kill the big lamp', worked: 'turn off the living room lamp' }],
    });
    expect(state.rewrites).toHaveLength(1);
    expect(learningStateSchema.safeParse(state).success).toBe(true);
  });

  it('promotes on the second win, and counts wins after that', () => {
    const once = seen(lamp, 1);
    const { state, change, rewrite } = observe(once, lamp(AT + DAY), context, AT + DAY);
    expect(change).toBe('promoted');
    expect(rewrite).toMatchObject({ status: 'promoted', wins: 2, promotedAt: AT + DAY });
    expect(observe(state, lamp(AT + 2 * DAY), context, AT + 2 * DAY).change).toBe('counted');
  });

  it('the same words said differently are the same rewrite', () => {
    const state = seen(lamp, 1);
    const again = pair('Hey, kill the big lamps please', 'turn off the living room lamp', AT + DAY);
    expect(observe(state, again, context, AT + DAY).change).toBe('promoted');
  });

  it('never promotes a sensitive rewrite on its own, however often it wins', () => {
    const state = seen(door, 5);
    const [rewrite] = state.rewrites;
    expect(rewrite).toMatchObject({ status: 'candidate', sensitive: true, wins: 5 });
    expect(observe(state, door(AT + 9 * DAY), context, AT + 9 * DAY).waitsForYes).toBe(true);
    const yes = confirm(state, rewrite!.id, AT + 10 * DAY);
    expect(yes.change).toBe('promoted');
    expect(yes.rewrite).toMatchObject({ status: 'promoted', confirmed: true });
  });

  it('a yes promotes at once', () => {
    const state = seen(lamp, 1);
    expect(confirm(state, state.rewrites[0]!.id, AT).rewrite?.status).toBe('promoted');
    expect(confirm(state, 'nope', AT).change).toBe('ignored');
  });

  it('ignores pairs with nothing to learn', () => {
    expect(observe(EMPTY_LEARNING, pair('the', 'turn on the lamp'), context, AT).change).toBe(
      'ignored',
    );
    expect(
      observe(EMPTY_LEARNING, pair('turn on the lamps', 'turn on the lamp'), context, AT).change,
    ).toBe('ignored');
  });

  it('learns nothing while paused, and again once resumed', () => {
    const paused = setPaused(EMPTY_LEARNING, true);
    expect(observe(paused, lamp(), context, AT)).toMatchObject({
      change: 'ignored',
      state: paused,
    });
    expect(observe(setPaused(paused, false), lamp(), context, AT).change).toBe('created');
  });

  it('a rival that gets promoted takes the words over', () => {
    let state = seen(lamp, 2);
    const other = (at: number) => pair('kill the big lamp', 'turn off the bedside lamp', at);
    state = seen((at) => other(at + 5 * DAY), 2, state);
    const byTo = Object.fromEntries(state.rewrites.map((r) => [r.to, r.status]));
    expect(byTo).toEqual({
      'turn off the living room lamp': 'candidate',
      'turn off the bedside lamp': 'promoted',
    });
  });
});

describe('demotion', () => {
  it('a promoted rewrite that keeps failing is dropped', () => {
    let state = seen(lamp, 2);
    const id = state.rewrites[0]!.id;
    const first = reportOutcome(state, id, 'failed', AT + 3 * DAY);
    expect(first.change).toBe('counted');
    expect(first.rewrite).toMatchObject({
      losses: 1,
      lastUsedAt: AT + 3 * DAY,
      status: 'promoted',
    });
    state = first.state;
    const second = reportOutcome(state, id, 'undone', AT + 4 * DAY);
    expect(second.change).toBe('dropped');
    expect(second.state.rewrites).toHaveLength(0);
  });

  it('a rewrite with a good record survives a couple of failures', () => {
    let state = seen(lamp, 2);
    const id = state.rewrites[0]!.id;
    for (let i = 0; i < 3; i++) state = reportOutcome(state, id, 'worked', AT).state;
    state = reportOutcome(state, id, 'failed', AT).state;
    state = reportOutcome(state, id, 'failed', AT).state;
    expect(state.rewrites[0]).toMatchObject({ wins: 5, losses: 2, status: 'promoted' });
    state = reportOutcome(state, id, 'failed', AT).state;
    expect(state.rewrites).toHaveLength(0);
  });

  it('counts nothing while paused, but remembers the use', () => {
    const state = setPaused(seen(lamp, 2), true);
    const id = state.rewrites[0]!.id;
    const after = reportOutcome(reportOutcome(state, id, 'failed', AT).state, id, 'failed', AT + 1);
    expect(after.rewrite).toMatchObject({ losses: 0, lastUsedAt: AT + 1 });
  });

  it('forgets on request', () => {
    const state = seen(lamp, 1);
    expect(forget(state, state.rewrites[0]!.id).rewrites).toHaveLength(0);
    expect(forget(state, 'other')).toBe(state);
  });
});

describe('the cap', () => {
  it('drops the stalest candidate, never a promoted rewrite while candidates remain', () => {
    const full = syntheticRewrites(MAX_REWRITES, AT);
    const rewrites = full.rewrites.map((r, i) =>
      i < 2
        ? {
            ...r,
            status: 'candidate' as const,
            createdAt: AT + i,
            evidence: [{ ...r.evidence[0]!, at: AT + i }],
          }
        : r,
    );
    const oldest = rewrites[0]!.id;
    const { state } = observe({ ...full, rewrites }, lamp(AT + DAY), context, AT + DAY);
    expect(state.rewrites).toHaveLength(MAX_REWRITES);
    expect(state.rewrites.some((r) => r.id === oldest)).toBe(false);
    expect(state.rewrites.some((r) => r.id === rewrites[1]!.id)).toBe(true);
    expect(state.rewrites.some((r) => r.from === 'kill big lamp')).toBe(true);
  });
});

describe('the schema', () => {
  it('refuses what storage must not hold', () => {
    const state = seen(lamp, 1);
    const rewrite = state.rewrites[0]!;
    const bad = (r: object) =>
      learningStateSchema.safeParse({ ...state, rewrites: [{ ...rewrite, ...r }] }).success;
    expect(bad({})).toBe(true);
    expect(bad({ from: '' })).toBe(false);
    expect(bad({ wins: -1 })).toBe(false);
    expect(bad({ status: 'maybe' })).toBe(false);
    expect(bad({ evidence: Array.from({ length: 11 }, () => rewrite.evidence[0]) })).toBe(false);
    expect(learningStateSchema.safeParse({ ...EMPTY_LEARNING, paused: 'no' }).success).toBe(false);
  });
});
