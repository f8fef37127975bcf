import { describe, expect, it } from 'vitest';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { NOW } from '../../domain/home/testing.ts';
import { routineSchema, type Routine } from '../../domain/routines/model.ts';
import type { SummaryContext } from '../../domain/routines/summary.ts';
import { isSame, versionDifferences } from './versionDiff.ts';

const ctx: SummaryContext = { home: demoHome(NOW), unit: 'C' };

const base: Routine = routineSchema.parse({
  id: 'routine-1',
  name: 'Good night',
  enabled: true,
  triggers: [{ type: 'phrase', phrases: ['good night'] }],
  conditionMode: 'all',
  conditions: [],
  actions: [
    { type: 'control', target: { kind: 'area', domain: 'light' }, command: 'turn_off' },
    { type: 'say', text: 'Sleep well' },
  ],
  createdAt: 0,
  updatedAt: 0,
});

const edit = (changes: Partial<Routine>): Routine => ({ ...base, ...changes });

describe('versionDifferences', () => {
  it('finds nothing between equal versions, whatever the switch or the dates', () => {
    const diff = versionDifferences(base, edit({ enabled: false, updatedAt: 5 }), ctx);
    expect(isSame(diff)).toBe(true);
  });

  it('lists what restoring brings back and takes out, in sentences', () => {
    const current = edit({
      triggers: [...base.triggers, { type: 'time', at: '22:30', days: [1, 2, 3, 4, 5] }],
      actions: [base.actions[0]!],
    });
    const diff = versionDifferences(base, current, ctx);
    expect(diff.bringsBack).toEqual(["Say 'Sleep well'"]);
    expect(diff.takesOut).toEqual(['At 22:30 on weekdays']);
    expect(diff.notes).toEqual([]);
  });

  it('words conditions as "only …" and marks switched-off steps', () => {
    const current = edit({
      conditions: [{ type: 'presence', is: 'home' }],
      actions: [{ ...base.actions[0]!, disabled: true }, base.actions[1]!],
    });
    const diff = versionDifferences(base, current, ctx);
    expect(diff.takesOut).toContain('Only if someone is home');
    expect(diff.takesOut.some((s) => s.endsWith('(switched off)'))).toBe(true);
    expect(diff.bringsBack).toHaveLength(1);
  });

  it('counts repeated steps one by one', () => {
    const say = base.actions[1]!;
    const diff = versionDifferences(edit({ actions: [say, say] }), edit({ actions: [say] }), ctx);
    expect(diff.bringsBack).toHaveLength(1);
    expect(diff.takesOut).toEqual([]);
  });

  it('notes a new name, a reordering and a change between all and any', () => {
    const conditions: Routine['conditions'] = [
      { type: 'presence', is: 'home' },
      { type: 'days', days: [6, 7] },
    ];
    const earlier = edit({ conditions, conditionMode: 'all' });
    const current = edit({
      name: 'Bedtime',
      conditions,
      conditionMode: 'any',
      actions: [base.actions[1]!, base.actions[0]!],
    });
    const diff = versionDifferences(earlier, current, ctx);
    expect(diff.bringsBack).toEqual([]);
    expect(diff.takesOut).toEqual([]);
    expect(diff.notes).toEqual([
      'It was called “Good night” (now “Bedtime”).',
      'It needed all its conditions to hold (now any one is enough).',
      'Its actions were in a different order.',
    ]);
  });
});
