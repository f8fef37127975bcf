import { describe, expect, it } from 'vitest';
import type { FieldErrors } from 'react-hook-form';
import type { RoutineForm } from './formShape.ts';
import { listProblems, problemsTitle } from './formErrors.ts';

describe('the problems summary', () => {
  it('lists every problem in the order of the form, saying where it is', () => {
    const actions = [] as unknown as Record<string, unknown>;
    actions[1] = { value: { type: 'custom', message: 'Enter a number from 0 to 100' } };
    actions.root = { type: 'too_big', message: 'At most 30 steps' };
    const errors = {
      actions,
      triggers: {
        0: {
          phrases: {
            root: { type: 'too_small', message: 'Add at least one phrase' },
          },
        },
      },
      name: { type: 'too_small', message: 'Give the routine a name', ref: { nodeName: 'INPUT' } },
    } as unknown as FieldErrors<RoutineForm>;
    expect(listProblems(errors)).toEqual([
      { name: 'name', where: 'Name', message: 'Give the routine a name' },
      { name: 'triggers.0.phrases', where: 'Trigger 1', message: 'Add at least one phrase' },
      { name: 'actions.1.value', where: 'Step 2', message: 'Enter a number from 0 to 100' },
      { name: 'actions', where: 'Do', message: 'At most 30 steps' },
    ]);
    expect(problemsTitle(1)).toBe('1 thing needs fixing');
    expect(problemsTitle(2)).toBe('2 things need fixing');
  });
});
