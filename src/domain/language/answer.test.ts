// Answers to "Which one: Kitchen ceiling or Kitchen countertop?", through `interpret` on a small
// home: a part of a name, an alias, a position, "both", and a new request that is no answer.
import { describe, expect, it } from 'vitest';
import { interpret } from './interpret.ts';
import { KITCHEN, smallHome } from './testset/smallHome.ts';
import type { Interpretation, PendingQuestion } from './types.ts';

const home = smallHome();

const asked: Interpretation = {
  text: 'set the light to 30%',
  intent: 'HassLightSet',
  slots: { brightness: 30, domain: 'light' },
  targets: [],
  ambiguous: KITCHEN,
  fromContext: ['area'],
};
const pending = (options: string[] = KITCHEN): PendingQuestion => ({
  kind: 'which',
  options,
  interpretation: { ...asked, ambiguous: options },
});
const answer = (text: string, options?: string[]) =>
  interpret(text, { home, area: 'kitchen', pending: pending(options) });
const isAnswer = (r: Interpretation) => (r.fromContext ?? []).includes('answer');

describe('answering "which one?"', () => {
  it.each([
    ['the countertop', 'light.kitchen_countertop'],
    ['ceiling', 'light.kitchen_ceiling'],
    ['the under-cabinet lights', 'light.kitchen_countertop'],
    ['kitchen countertop', 'light.kitchen_countertop'],
  ])('by a name or part of one: %s', (text, id) => {
    const r = answer(text);
    expect(r.targets).toEqual([id]);
    expect(isAnswer(r)).toBe(true);
  });

  it.each([
    ['the first one', 'light.kitchen_ceiling'],
    ['the second one', 'light.kitchen_countertop'],
    ['the 2nd', 'light.kitchen_countertop'],
    ['the last one', 'light.kitchen_countertop'],
  ])('by position: %s', (text, id) => {
    expect(answer(text).targets).toEqual([id]);
  });

  it.each(['both', 'both of them', 'all of them', 'all'])('all the options: %s', (text) => {
    const r = answer(text);
    expect([...r.targets].sort()).toEqual([...KITCHEN].sort());
    expect(r.slots.name).toBeUndefined();
  });

  it('completes the question with the answer: same intent and values, nothing left to ask', () => {
    const r = answer('the countertop');
    expect(r.intent).toBe('HassLightSet');
    expect(r.slots).toMatchObject({ brightness: 30, name: 'Kitchen countertop' });
    expect(r.ambiguous).toBeUndefined();
    expect(r.fromContext).toEqual(expect.arrayContaining(['area', 'answer']));
  });

  it('reads a new request as a new request', () => {
    const r = answer('turn on the bedside lamp');
    expect(r).toMatchObject({ intent: 'HassTurnOn', targets: ['light.bedroom_lamp'] });
    expect(isAnswer(r)).toBe(false);
  });

  it('reads a word both options share as no answer', () => {
    expect(isAnswer(answer('kitchen'))).toBe(false);
  });

  it('reads a position past the options as no answer', () => {
    expect(isAnswer(answer('the third one'))).toBe(false);
  });

  it('understands cancelling instead of answering', () => {
    expect(answer('never mind').intent).toBe('Cancel');
  });

  it('forgets a question about devices the home no longer has', () => {
    const r = answer('both', ['light.gone', 'light.also_gone']);
    expect(isAnswer(r)).toBe(false);
  });
});
