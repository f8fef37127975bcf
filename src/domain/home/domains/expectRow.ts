// Test-only: the one assertion every domain's command table shares. A row either changes the
// entity as expected (and the result is still a valid entity) or fails with a message and
// changes nothing at all.
import { expect } from 'vitest';
import { entitySchema, type Entity } from '../model.ts';
import { runOne, type CommandBody } from '../testing.ts';

export type Expected =
  | { state?: string; attributes?: Record<string, unknown>; absent?: string[]; noop?: boolean }
  | { error: string };

export type Row<E extends Entity> = [
  label: string,
  entity: E,
  command: CommandBody,
  expected: Expected,
];

export function expectRow<E extends Entity>(
  entity: E,
  command: CommandBody,
  expected: Expected,
  now?: number,
): void {
  const { after, result } = runOne(entity, command, now === undefined ? {} : { now });
  if ('error' in expected) {
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toContain(expected.error);
    expect(after).toBe(entity);
    expect(result.events).toEqual([]);
    return;
  }
  expect(result.errors).toEqual([]);
  expect(after).toMatchObject({
    ...(expected.state ? { state: expected.state } : {}),
    attributes: expected.attributes ?? {},
  });
  for (const key of expected.absent ?? []) expect(after.attributes).not.toHaveProperty(key);
  expect(entitySchema.parse(after)).toEqual(after);
  if (expected.noop) {
    expect(after).toBe(entity);
    expect(result.events).toEqual([]);
  } else {
    expect(result.events).toHaveLength(1);
  }
}
