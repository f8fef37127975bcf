import { describe, expect, it } from 'vitest';
import { routineSchema, type Routine } from '../../domain/routines/model.ts';
import type { RoutineVersion } from '../../persistence/routines.ts';
import { routineAtRun, targetRun } from './runLookup.ts';

const routine = (name: string): Routine =>
  routineSchema.parse({
    id: 'routine-1',
    name,
    enabled: true,
    triggers: [{ type: 'phrase', phrases: ['hello'] }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'say', text: 'hi' }],
    createdAt: 0,
    updatedAt: 0,
  });
const version = (seq: number, savedAt: number, name: string): RoutineVersion => ({
  seq,
  routineId: 'routine-1',
  savedAt,
  routine: routine(name),
});

describe('routineAtRun', () => {
  const versions = [version(3, 300, 'third'), version(2, 200, 'second'), version(1, 100, 'first')];

  it('picks the version saved last before the run started', () => {
    expect(routineAtRun(250, versions, routine('now'))?.name).toBe('second');
    expect(routineAtRun(300, versions, routine('now'))?.name).toBe('third');
  });

  it('uses the current routine when no kept version is that old', () => {
    expect(routineAtRun(50, versions, routine('now'))?.name).toBe('now');
    expect(routineAtRun(50, undefined, undefined)).toBeUndefined();
  });
});

describe('targetRun', () => {
  it('reads ?run= first, then #run-', () => {
    expect(targetRun('run=abc', '#run-xyz')).toBe('abc');
    expect(targetRun('', '#run-xyz')).toBe('xyz');
    expect(targetRun('?other=1', '')).toBeUndefined();
    expect(targetRun('', '#something')).toBeUndefined();
  });
});
