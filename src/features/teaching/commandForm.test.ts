import { describe, expect, it } from 'vitest';
import type { Action } from '../../domain/routines/model.ts';
import { MAX_TAUGHT_STEPS } from '../../domain/teaching/model.ts';
import {
  addSteps,
  blankCommandForm,
  commandFormSchema,
  commandFromForm,
  commandToForm,
  type CommandForm,
} from './commandForm.ts';

const dim: Action = {
  type: 'control',
  target: { kind: 'area', areaId: 'living_room', domain: 'light' },
  command: 'set_brightness',
  value: 20,
};
const close: Action = {
  type: 'control',
  target: { kind: 'entity', entityId: 'cover.living_room_blinds' },
  command: 'close',
};

function problems(values: CommandForm): string[] {
  const result = commandFormSchema.safeParse(values);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('command form', () => {
  it('round-trips phrases and steps', () => {
    const command = { phrases: ['movie mode', 'film time'], steps: [dim, close] };
    const values = commandToForm(command);
    expect(problems(values)).toEqual([]);
    expect(commandFromForm(values)).toEqual({ kind: 'command', ...command });
  });

  it('does not share its steps with the item it was opened from', () => {
    const command = { phrases: ['movie mode'], steps: [dim] };
    const values = commandToForm(command);
    (values.steps[0]!.action as { value: number }).value = 90;
    expect(dim.value).toBe(20);
  });

  it('tidies phrases', () => {
    const values = { phrases: [{ text: '  movie   mode ' }], steps: [{ action: dim }] };
    expect(commandFromForm(values).phrases).toEqual(['movie mode']);
  });

  it('asks for a phrase and a step, in plain words', () => {
    expect(problems(blankCommandForm())).toEqual([
      'phrases.0.text: Write the phrase, or remove it',
      'steps: Add at least one step: say what it should do, or use the home as it is now',
    ]);
  });

  it('points at a phrase written twice', () => {
    const values = {
      phrases: [{ text: 'Movie mode' }, { text: 'film time' }, { text: 'movie mode!' }],
      steps: [{ action: dim }],
    };
    expect(problems(values)).toEqual([
      'phrases.2.text: This phrase is already above: change it, or remove it',
    ]);
  });

  it('adds steps only as far as there is room', () => {
    const many = Array.from({ length: MAX_TAUGHT_STEPS - 1 }, () => dim);
    expect(addSteps(many, [close, close, close])).toEqual({ steps: [close], dropped: 2 });
    expect(addSteps([], [dim, close])).toEqual({ steps: [dim, close], dropped: 0 });
  });
});
