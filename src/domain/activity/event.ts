// An event: one entity changed, from what to what, when (simulated time) and why.
import { z } from 'zod';
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
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(200)).max(500),
]);

export const eventSchema = z.strictObject({
  id: z.string().min(1).max(120),
  at: z.number().int().min(0),
  entityId: z.string().min(1).max(200),
  entityName: z.string().max(200),
  domain: z.string().max(40),
  area: z.string().max(120).optional(),
  changes: z
    .array(z.strictObject({ key: z.string().max(60), from: value, to: value }))
    .min(1)
    .max(50),
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
