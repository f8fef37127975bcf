import { describe, expect, it } from 'vitest';
import {
  answerHabit,
  answerHunch,
  countFollowUp,
  nextMorning,
  pruneMemory,
  restoreMemory,
  setAutomatic,
  setFollowUpOff,
} from './memory.ts';
import { EMPTY_MEMORY } from './types.ts';

const TZ = 'Europe/London';
/** Tuesday 14 January 2025, 22:40 in London (UTC in winter). */
const EVENING = Date.UTC(2025, 0, 14, 22, 40);
const hunch = { id: 'light.porch|on', entityId: 'light.porch', kind: 'light:on' };

describe('answers to hunches', () => {
  it('"not now" waits until the next morning: never again the same evening', () => {
    const m = answerHunch(EMPTY_MEMORY, hunch, 'not-now', EVENING, TZ);
    expect(m.snoozed[hunch.id]).toBe(Date.UTC(2025, 0, 15, 6, 0));
    expect(m.hunchKinds['light:on']).toEqual({
      offered: 1,
      accepted: 0,
      declined: 1,
      declinedInARow: 1,
    });
  });

  it('"not now" just before the morning still lasts two hours', () => {
    const early = Date.UTC(2025, 0, 15, 5, 30);
    expect(nextMorning(early, TZ)).toBe(early + 2 * 3_600_000);
  });

  it('the morning is 06:00 on the home clock, in summer time too', () => {
    const summer = Date.UTC(2025, 5, 10, 21, 0); // 22:00 in London (BST)
    expect(nextMorning(summer, TZ)).toBe(Date.UTC(2025, 5, 11, 5, 0));
  });

  it('"never" stops asking about the device; "yes" counts as accepted', () => {
    const never = answerHunch(EMPTY_MEMORY, hunch, 'never', EVENING, TZ);
    expect(never.neverAsk).toEqual(['light.porch']);
    expect(answerHunch(never, hunch, 'never', EVENING, TZ).neverAsk).toEqual(['light.porch']);
    const yes = answerHunch(never, hunch, 'yes', EVENING, TZ);
    expect(yes.hunchKinds['light:on']).toMatchObject({ accepted: 1, declinedInARow: 0 });
  });
});

describe('other answers', () => {
  it('automatic actions per device', () => {
    const on = setAutomatic(EMPTY_MEMORY, 'cover.garage_door', true);
    expect(on.automatic).toEqual(['cover.garage_door']);
    expect(setAutomatic(on, 'cover.garage_door', false).automatic).toEqual([]);
  });

  it('habit offers: not now for a week, or never', () => {
    expect(answerHabit(EMPTY_MEMORY, 'h1', 'not-now', EVENING).habitSnoozed.h1).toBe(
      EVENING + 7 * 86_400_000,
    );
    expect(answerHabit(EMPTY_MEMORY, 'h1', 'never', EVENING).habitNever).toEqual(['h1']);
  });

  it('follow-ups count declines in a row, and a rule switched on again starts afresh', () => {
    let m = countFollowUp(EMPTY_MEMORY, 'tv-late', 'offered');
    m = countFollowUp(m, 'tv-late', 'declined');
    m = countFollowUp(m, 'tv-late', 'declined');
    expect(m.followUps['tv-late']).toEqual({
      offered: 1,
      accepted: 0,
      declined: 2,
      declinedInARow: 2,
    });
    m = countFollowUp(m, 'tv-late', 'accepted');
    expect(m.followUps['tv-late']?.declinedInARow).toBe(0);
    const off = setFollowUpOff(m, 'tv-late', true);
    expect(off.followUpsOff).toEqual(['tv-late']);
    const on = setFollowUpOff(off, 'tv-late', false);
    expect(on.followUpsOff).toEqual([]);
    expect(on.followUps['tv-late']).toBeUndefined();
  });

  it('prunes snoozes that are over and keeps the rest', () => {
    const m = { ...EMPTY_MEMORY, snoozed: { a: 10, b: 30 }, habitSnoozed: { c: 5 } };
    expect(pruneMemory(m, 20)).toEqual({ ...EMPTY_MEMORY, snoozed: { b: 30 }, habitSnoozed: {} });
    const kept = { ...EMPTY_MEMORY, snoozed: { b: 30 } };
    expect(pruneMemory(kept, 20)).toBe(kept);
  });
});

describe('stored memory read back', () => {
  it('keeps each valid part and empties a broken one', () => {
    const stored = { ...EMPTY_MEMORY, neverAsk: ['light.porch'], snoozed: 'nonsense', extra: 1 };
    expect(restoreMemory(stored)).toEqual({ ...EMPTY_MEMORY, neverAsk: ['light.porch'] });
    expect(restoreMemory(undefined)).toEqual(EMPTY_MEMORY);
    expect(restoreMemory([1, 2])).toEqual(EMPTY_MEMORY);
  });
});
