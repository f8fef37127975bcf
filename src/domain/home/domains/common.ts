// What every domain handler shares: the handler contract, the result type and the validation of
// numbers coming from people (panel sliders, speech, taught commands restored from storage).
import type { Command } from '../commands.ts';
import type { Entity } from '../model.ts';

/** A handler either returns the entity as it would be after the command, or says why not. */
export type Outcome<E extends Entity> = { entity: E } | { error: string };

export interface DomainHandler<E extends Entity> {
  /**
   * Applies one command, without mutating `entity`. Returning an equal entity is fine: execute()
   * diffs the result, so a no-op yields no event and keeps the old object.
   */
  apply(entity: E, command: Command, now: number): Outcome<E>;
}

export const ok = <E extends Entity>(entity: E): Outcome<E> => ({ entity });
export const fail = <E extends Entity>(error: string): Outcome<E> => ({ error });

export interface Range {
  /** Starts the sentence: "Brightness", "Volume". */
  label: string;
  min: number;
  max: number;
  /** Printed after the limits: "%", "°C", "K". */
  unit: string;
}

/** How a value a person gave is quoted back to them in an error. */
export function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/**
 * Checks an absolute value. Out-of-range values are refused, never clamped: a person who asked
 * for 150 % should hear that it can't be done rather than silently get 100 %.
 */
export function checkRange(value: unknown, range: Range): string | undefined {
  const limits = `${range.min} and ${range.max} ${range.unit}`;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return `${range.label} must be a number between ${limits}; ${show(value)} is not a number.`;
  }
  if (value < range.min || value > range.max) {
    return `${range.label} must be between ${limits}; ${show(value)} is out of range.`;
  }
  return undefined;
}

/** Checks the step of an adjust_* command. The step must be finite; the result is then clamped. */
export function checkStep(by: unknown, range: Range): string | undefined {
  if (typeof by !== 'number' || !Number.isFinite(by)) {
    return `A change of ${range.label.toLowerCase()} must be a number of ${range.unit}; ${show(by)} is not.`;
  }
  return undefined;
}

export function clamp(value: number, range: Pick<Range, 'min' | 'max'>): number {
  return Math.min(range.max, Math.max(range.min, value));
}

export const PERCENT = { min: 0, max: 100 } as const;
