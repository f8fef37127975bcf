import { describe, expect, it } from 'vitest';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { makeHome, NOW } from '../../domain/home/testing.ts';
import { routineSchema } from '../../domain/routines/model.ts';
import { blankDraft, draftFor, findStarter } from './drafts.ts';

describe('drafts', () => {
  it('starts blank with one empty phrase and one empty step, which do not validate yet', () => {
    const draft = draftFor(demoHome(NOW), null);
    expect(draft).toEqual(blankDraft());
    expect(draft.triggers).toEqual([{ type: 'phrase', phrases: [''] }]);
    expect(routineSchema.safeParse({ ...draft, id: 'r', createdAt: 0, updatedAt: 0 }).success).toBe(
      false,
    );
  });

  it("fills in a starter for this home's devices, as a copy", () => {
    const home = demoHome(NOW);
    const draft = draftFor(home, 'good_night');
    expect(draft.name).toBe('Good night');
    expect(draft.actions.some((a) => a.type === 'control')).toBe(true);
    draft.triggers.length = 0;
    expect(findStarter(home, 'good_night')?.draft.triggers.length).toBeGreaterThan(0);
  });

  it('falls back to the blank form for an unknown starter or one that fits no device', () => {
    expect(draftFor(demoHome(NOW), 'no_such_thing')).toEqual(blankDraft());
    expect(findStarter(makeHome(), 'movie')).toBeUndefined();
  });
});
