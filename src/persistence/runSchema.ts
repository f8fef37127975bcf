// A routine run's trace as stored (domain/routines/run.ts holds the type and how runs advance).
// Typed as the domain's Run, so the two cannot drift apart unnoticed; used when runs are saved
// (a bad one is refused) and read back (a bad row is left out).
import { z } from '../domain/zod.ts';
import { causeSchema } from '../domain/activity/cause.ts';
import type { ConditionTrace, Run, StepTrace } from '../domain/routines/run.ts';

const id = z.string().check(z.minLength(1), z.maxLength(120));
const words = z.string().check(z.maxLength(2000));
const count = z.int().check(z.minimum(0));

const stepTraceSchema: z.ZodMiniType<StepTrace> = z.object({
  index: count,
  status: z.enum(['done', 'failed', 'skipped', 'waited']),
  detail: z.optional(words),
  eventIds: z.array(z.string()),
  at: z.number(),
});

const conditionTraceSchema: z.ZodMiniType<ConditionTrace> = z.object({
  ok: z.boolean(),
  why: words,
});

export const runSchema: z.ZodMiniType<Run> = z.object({
  id,
  routineId: id,
  routineName: words,
  trigger: words,
  startedAt: z.number(),
  status: z.enum(['waiting', 'done', 'failed', 'skipped', 'interrupted', 'stopped', 'missed']),
  conditions: z.array(conditionTraceSchema),
  steps: z.array(stepTraceSchema),
  next: count,
  resumeAt: z.optional(z.number()),
  depth: count,
  parent: z.optional(causeSchema),
});
