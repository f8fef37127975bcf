import { describe, expect, it } from 'vitest';
import type { Action, Routine, Trigger } from './model.ts';
import { routineSchema } from './model.ts';
import { findRunLoop, findSelfTrigger } from './loops.ts';

const say: Trigger = { type: 'phrase', phrases: ['go'] };
const runs = (routineId: string, disabled?: boolean): Action => ({
  type: 'run_routine',
  routineId,
  ...(disabled ? { disabled } : {}),
});
const notify: Action = { type: 'notify', title: 'Hello' };

function routine(
  id: string,
  name: string,
  actions: Action[],
  triggers: Trigger[] = [say],
): Routine {
  const r: Routine = {
    id,
    name,
    enabled: true,
    triggers,
    conditionMode: 'all',
    conditions: [],
    actions,
    createdAt: 0,
    updatedAt: 0,
  };
  // Every routine in these tests is one the editor could save.
  expect(routineSchema.safeParse(r).success).toBe(true);
  return r;
}

describe('findRunLoop', () => {
  it('finds nothing when routines run others without coming back', () => {
    const b = routine('b', 'Lights out', [notify]);
    const a = routine('a', 'Good night', [runs('b')]);
    expect(findRunLoop(a, [b])).toBeUndefined();
  });

  it('refuses a routine that runs itself', () => {
    const a = routine('a', 'Good night', [runs('a')]);
    expect(findRunLoop(a, [])?.message).toBe('Good night would run itself, again and again.');
  });

  it('refuses A → B → A, naming both', () => {
    const b = routine('b', 'Lights out', [runs('a')]);
    const a = routine('a', 'Good night', [runs('b')]);
    const loop = findRunLoop(a, [b]);
    expect(loop?.path).toEqual(['Good night', 'Lights out', 'Good night']);
    expect(loop?.message).toBe(
      'Good night runs Lights out, which runs Good night again: they would never stop.',
    );
  });

  it('follows longer chains and uses the edited version, not the stored one', () => {
    const stored = routine('a', 'Good night', [notify]);
    const b = routine('b', 'Lights out', [runs('c')]);
    const c = routine('c', 'Lock up', [runs('a')]);
    const edited = routine('a', 'Good night', [runs('b')]);
    expect(findRunLoop(stored, [stored, b, c])).toBeUndefined();
    expect(findRunLoop(edited, [stored, b, c])?.path).toEqual([
      'Good night',
      'Lights out',
      'Lock up',
      'Good night',
    ]);
  });

  it('ignores disabled actions and routines that no longer exist', () => {
    const b = routine('b', 'Lights out', [runs('a', true), runs('gone')]);
    const a = routine('a', 'Good night', [runs('b')]);
    expect(findRunLoop(a, [b])).toBeUndefined();
  });

  it('does not loop forever on a cycle that does not include the routine saved', () => {
    const b = routine('b', 'B', [runs('c')]);
    const c = routine('c', 'C', [runs('b')]);
    const a = routine('a', 'A', [runs('b')]);
    expect(findRunLoop(a, [b, c])).toBeUndefined();
  });
});

describe('findSelfTrigger', () => {
  const opens: Trigger = { type: 'state', entityId: 'light.hallway', to: 'on' };
  const areaOf = (id: string) => (id === 'light.hallway' ? 'hallway' : undefined);

  it('reports a routine that changes the device that starts it', () => {
    const r = routine(
      'a',
      'Hall light',
      [
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'light.hallway' },
          command: 'turn_on',
        },
      ],
      [opens],
    );
    expect(findSelfTrigger(r, areaOf)).toBe(
      'Hall light changes the device that starts it, so it would start itself again.',
    );
  });

  it('counts "all lights in the hallway" and "all lights" as that device too', () => {
    const inRoom = routine(
      'a',
      'Hall',
      [
        {
          type: 'control',
          target: { kind: 'area', areaId: 'hallway', domain: 'light' },
          command: 'turn_off',
        },
      ],
      [opens],
    );
    const everywhere = routine(
      'b',
      'All',
      [{ type: 'control', target: { kind: 'area', domain: 'light' }, command: 'turn_off' }],
      [opens],
    );
    expect(findSelfTrigger(inRoom, areaOf)).toBeDefined();
    expect(findSelfTrigger(everywhere, areaOf)).toBeDefined();
  });

  it('is quiet for other rooms, other kinds, disabled actions and phrase triggers', () => {
    const other = routine(
      'a',
      'Kitchen',
      [
        {
          type: 'control',
          target: { kind: 'area', areaId: 'kitchen', domain: 'light' },
          command: 'turn_off',
        },
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'light.hallway' },
          command: 'turn_on',
          disabled: true,
        },
        { type: 'control', target: { kind: 'area', domain: 'lock' }, command: 'lock' },
      ],
      [opens],
    );
    expect(findSelfTrigger(other, areaOf)).toBeUndefined();
    const spoken = routine('b', 'Spoken', [
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'light.hallway' },
        command: 'turn_on',
      },
    ]);
    expect(findSelfTrigger(spoken, areaOf)).toBeUndefined();
  });
});
