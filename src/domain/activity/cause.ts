// Why something happened. Every event carries a cause; causes nest (voice -> routine -> taught
// command) through `parent`, the thing that set this one off.
import { z } from '../zod.ts';

const text = z.string().check(z.maxLength(500));
const recordId = z.string().check(z.maxLength(120));

type CauseBase = { parent?: Cause };

export type Cause =
  | ({ kind: 'manual' } & CauseBase)
  | ({ kind: 'voice'; utterance: string; area?: string } & CauseBase)
  | ({
      kind: 'routine';
      routineId: string;
      routineName: string;
      trigger: string;
      /** The run whose trace explains it. */
      runId?: string;
    } & CauseBase)
  | ({ kind: 'taught'; commandId: string; phrase: string; taughtAt?: number } & CauseBase)
  | ({ kind: 'skill'; skillId: string; skillName: string } & CauseBase)
  | ({ kind: 'hunch'; hunchId: string; text: string } & CauseBase)
  | ({
      kind: 'automatic';
      reason: string;
      /** The hunch acted on, so undoing it can say "not again this evening". */
      hunchId?: string;
      hunchKind?: string;
    } & CauseBase)
  /** A follow-up the assistant offered ("Lock the doors too?") and the person accepted. */
  | ({ kind: 'offer'; ruleId: string; question: string } & CauseBase)
  | ({ kind: 'import'; source: string } & CauseBase)
  | ({ kind: 'simulation'; process: SimulationProcess } & CauseBase)
  | ({ kind: 'scenario'; scenario: string } & CauseBase);

export type CauseKind = Cause['kind'];
export type SimulationProcess = 'thermostat' | 'cover' | 'media' | 'sensor' | 'history';

const MAX_DEPTH = 8;

export const causeSchema: z.ZodMiniType<Cause> = z
  .lazy(() => {
    const parent = z.optional(causeSchema);
    return z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('manual'), parent }),
      z.strictObject({ kind: z.literal('voice'), utterance: text, area: z.optional(text), parent }),
      z.strictObject({
        kind: z.literal('routine'),
        routineId: recordId,
        routineName: text,
        trigger: text,
        runId: z.optional(recordId),
        parent,
      }),
      z.strictObject({
        kind: z.literal('taught'),
        commandId: recordId,
        phrase: text,
        taughtAt: z.optional(z.number()),
        parent,
      }),
      z.strictObject({ kind: z.literal('skill'), skillId: recordId, skillName: text, parent }),
      z.strictObject({ kind: z.literal('hunch'), hunchId: recordId, text, parent }),
      z.strictObject({
        kind: z.literal('automatic'),
        reason: text,
        hunchId: z.optional(text),
        hunchKind: z.optional(text),
        parent,
      }),
      z.strictObject({ kind: z.literal('offer'), ruleId: recordId, question: text, parent }),
      z.strictObject({ kind: z.literal('import'), source: text, parent }),
      z.strictObject({
        kind: z.literal('simulation'),
        process: z.enum(['thermostat', 'cover', 'media', 'sensor', 'history']),
        parent,
      }),
      z.strictObject({ kind: z.literal('scenario'), scenario: text, parent }),
    ]);
  })
  .check(z.refine((c) => causeDepth(c) <= MAX_DEPTH, `a cause chain is at most ${MAX_DEPTH} deep`));

export function causeDepth(cause: Cause): number {
  let depth = 1;
  for (let c = cause.parent; c; c = c.parent) depth++;
  return depth;
}

/** The chain from the cause itself out to the first thing that set it off. */
export function causeChain(cause: Cause): Cause[] {
  const chain: Cause[] = [];
  for (let c: Cause | undefined = cause; c && chain.length < MAX_DEPTH; c = c.parent) {
    chain.push(c);
  }
  return chain;
}

/** The outermost cause: what a person did (or the clock) that started it all. */
export function rootCause(cause: Cause): Cause {
  const chain = causeChain(cause);
  return chain[chain.length - 1] ?? cause;
}
