// The chooser: one offer at most, the most welcome rule first, and rules that the person switched
// off — or keeps declining, or hardly ever accepts — not asked.
import { describe, expect, it } from 'vitest';
import { makeHome, makeLight } from '../../home/testing.ts';
import { EMPTY_MEMORY, type AnswerCounts, type AwarenessMemory } from '../types.ts';
import { acceptanceRate, chooseFollowUp, ruleStatus } from './choose.ts';
import type { FollowUpContext, FollowUpRule } from './context.ts';
import { RULES } from './rules.ts';
import { contextAfter } from './testing.ts';

const context: FollowUpContext = contextAfter(
  makeHome(makeLight({ state: 'on' })),
  [{ entityId: 'light.kitchen_ceiling', type: 'turn_off' }],
  '21:00',
);

/** A rule that always offers (or never does), counting how often it was asked. */
function fake(id: string, offers = true): FollowUpRule & { asked: number } {
  const rule = {
    id,
    title: `Rule ${id}`,
    asked: 0,
    offer: () => {
      rule.asked++;
      return offers ? { ruleId: id, question: `${id}?`, reason: id, commands: [] } : undefined;
    },
  };
  return rule;
}

const counts = (offered: number, accepted: number, declinedInARow = 0): AnswerCounts => ({
  offered,
  accepted,
  declined: offered - accepted,
  declinedInARow,
});
const memoryWith = (
  followUps: Record<string, AnswerCounts>,
  followUpsOff: string[] = [],
): AwarenessMemory => ({ ...EMPTY_MEMORY, followUps, followUpsOff });

describe('acceptanceRate', () => {
  it('starts a new rule at one half and learns from answers', () => {
    expect(acceptanceRate(undefined)).toBe(0.5);
    expect(acceptanceRate(counts(0, 0))).toBe(0.5);
    expect(acceptanceRate(counts(2, 2))).toBe(0.75);
    expect(acceptanceRate(counts(3, 0))).toBe(0.2);
    expect(acceptanceRate(counts(8, 6))).toBe(0.7);
  });

  it('never goes above 1 on counts that do not add up', () => {
    expect(acceptanceRate({ offered: 0, accepted: 5, declined: 0, declinedInARow: 0 })).toBe(6 / 7);
  });
});

describe('ruleStatus', () => {
  it('tells why a rule is not asked', () => {
    expect(ruleStatus(EMPTY_MEMORY, 'a')).toBe('on');
    expect(ruleStatus(memoryWith({}, ['a']), 'a')).toBe('off');
    expect(ruleStatus(memoryWith({ a: counts(4, 1, 3) }), 'a')).toBe('declined');
    expect(ruleStatus(memoryWith({ a: counts(4, 1, 2) }), 'a')).toBe('on');
    expect(ruleStatus(memoryWith({ a: counts(5, 0, 2) }), 'a')).toBe('unwelcome');
    expect(ruleStatus(memoryWith({ a: counts(4, 0, 2) }), 'a')).toBe('on');
    expect(ruleStatus(memoryWith({ a: counts(6, 1, 0) }), 'a')).toBe('on');
  });
});

describe('chooseFollowUp', () => {
  it('offers one at most, the first of equals in the rules’ order', () => {
    const rules = [fake('quiet', false), fake('a'), fake('b')];
    expect(chooseFollowUp(context, EMPTY_MEMORY, rules)?.ruleId).toBe('a');
    expect(chooseFollowUp(context, EMPTY_MEMORY, [fake('none', false)])).toBeUndefined();
  });

  it('prefers the rule the person accepts most', () => {
    const rules = [fake('a'), fake('b'), fake('c')];
    const memory = memoryWith({ a: counts(4, 1), b: counts(4, 4), c: counts(1, 0) });
    expect(chooseFollowUp(context, memory, rules)?.ruleId).toBe('b');
    // A new rule (0.5) beats one mostly declined (1 of 4: 0.33).
    expect(chooseFollowUp(context, memoryWith({ a: counts(4, 1) }), rules)?.ruleId).toBe('b');
  });

  it('does not ask a rule that could not win', () => {
    const welcome = fake('welcome');
    const other = fake('other');
    chooseFollowUp(context, memoryWith({ welcome: counts(3, 3) }), [welcome, other]);
    expect(other.asked).toBe(0);
  });

  it('skips rules switched off, declined three times in a row, or hardly ever accepted', () => {
    const rules = [fake('off'), fake('declined'), fake('unwelcome'), fake('left')];
    const memory = memoryWith({ declined: counts(3, 0, 3), unwelcome: counts(9, 1, 1) }, ['off']);
    expect(chooseFollowUp(context, memory, rules)?.ruleId).toBe('left');
    expect(chooseFollowUp(context, memoryWith({}, ['left']), [fake('left')])).toBeUndefined();
  });

  it('runs the real rules by default', () => {
    // Turning off a kitchen light at 21:00 with nothing else around offers nothing.
    expect(chooseFollowUp(context, EMPTY_MEMORY)).toBeUndefined();
    expect(RULES.every((r) => r.offer(context) === undefined)).toBe(true);
  });
});
