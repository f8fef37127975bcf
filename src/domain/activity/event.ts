// An event: one entity changed, from what to what, when (simulated time) and why.
import { z } from '../zod.ts';
import { causeSchema, type Cause } from './cause.ts';

export type AttributeValue = string | number | boolean | null | readonly string[];

export interface Change {
  /** "state" or an attribute name such as "brightness". */
  key: string;
  from: AttributeValue;
  to: AttributeValue;
}

export interface HomeEvent {
  id: string;
  /** Simulated epoch milliseconds. */
  at: number;
  entityId: string;
  /** Denormalized at the time of the event so the log reads right after renames and moves. */
  entityName: string;
  domain: string;
  area?: string;
  changes: Change[];
  cause: Cause;
}

const value = z.union([
  z.string().check(z.maxLength(2000)),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
]);

export const eventSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  at: z.int().check(z.minimum(0)),
  entityId: z.string().check(z.minLength(1), z.maxLength(200)),
  entityName: z.string().check(z.maxLength(200)),
  domain: z.string().check(z.maxLength(40)),
  area: z.optional(z.string().check(z.maxLength(120))),
  changes: z
    .array(z.strictObject({ key: z.string().check(z.maxLength(60)), from: value, to: value }))
    .check(z.minLength(1), z.maxLength(50)),
  cause: causeSchema,
});

let counter = 0;
/** Unique enough across tabs and reloads; time-ordered for readability in exports. */
export function newEventId(at: number): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `ev-${at.toString(36)}-${counter.toString(36)}${random}`;
}
