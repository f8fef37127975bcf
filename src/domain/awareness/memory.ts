// What the assistant remembers of a person's answers — its schema (storage, backups) and the pure
// updates the app and the conversation make: a hunch answered yes / not now / never, a device
// allowed to be put right on its own, a habit offer put off or refused, a follow-up offered,
// accepted or declined. Stored memory is read back leniently: each valid part is kept.
import { zonedParts, zonedToInstant } from '../clock/zoned.ts';
import { z } from '../zod.ts';
import { EMPTY_MEMORY, type AnswerCounts, type AwarenessMemory, type Hunch } from './types.ts';

const key = z.string().check(z.minLength(1), z.maxLength(400));
const ids = z.array(key).check(z.maxLength(2000));
const count = z.int().check(z.minimum(0));
const countsSchema = z.strictObject({
  offered: count,
  accepted: count,
  declined: count,
  declinedInARow: count,
});
const times = z.record(key, z.number());
const countsBy = z.record(key, countsSchema);

export const awarenessMemorySchema: z.ZodMiniType<AwarenessMemory> = z.strictObject({
  snoozed: times,
  neverAsk: ids,
  hunchKinds: countsBy,
  automatic: ids,
  habitSnoozed: times,
  habitNever: ids,
  followUps: countsBy,
  followUpsOff: ids,
});

/** Field by field: a broken part falls back to empty, the rest is kept. */
export function restoreMemory(stored: unknown): AwarenessMemory {
  const whole = awarenessMemorySchema.safeParse(stored);
  if (whole.success) return whole.data;
  const bag =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const part = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
    const result = schema.safeParse(value);
    return result.success ? result.data : fallback;
  };
  return {
    snoozed: part(times, bag.snoozed, {}),
    neverAsk: part(ids, bag.neverAsk, []),
    hunchKinds: part(countsBy, bag.hunchKinds, {}),
    automatic: part(ids, bag.automatic, []),
    habitSnoozed: part(times, bag.habitSnoozed, {}),
    habitNever: part(ids, bag.habitNever, []),
    followUps: part(countsBy, bag.followUps, {}),
    followUpsOff: part(ids, bag.followUpsOff, []),
  };
}

const NO_COUNTS: AnswerCounts = { offered: 0, accepted: 0, declined: 0, declinedInARow: 0 };
const HOUR = 3_600_000;
/** "Not now" lasts at least this long, even when asked just before the morning. */
const MIN_SNOOZE_MS = 2 * HOUR;
/** "Not now" on a habit offer: a week, so it comes back only if the habit goes on. */
const HABIT_SNOOZE_MS = 7 * 24 * HOUR;

/** Next 06:00 on the home's clock (at least two hours away): the end of "this evening". */
export function nextMorning(now: number, timeZone: string): number {
  const p = zonedParts(now, timeZone);
  let at = zonedToInstant(
    { year: p.year, month: p.month, day: p.day, hour: 6, minute: 0 },
    timeZone,
  );
  // Past 06:00 today: tomorrow's (the calendar day after, so DST changes are right).
  if (at <= now) {
    const t = zonedParts(now + 24 * HOUR, timeZone);
    at = zonedToInstant({ year: t.year, month: t.month, day: t.day, hour: 6, minute: 0 }, timeZone);
  }
  return Math.max(at, now + MIN_SNOOZE_MS);
}

function counted(counts: AnswerCounts | undefined, answer: 'offered' | 'accepted' | 'declined') {
  const c = counts ?? NO_COUNTS;
  switch (answer) {
    case 'offered':
      return { ...c, offered: c.offered + 1 };
    case 'accepted':
      return { ...c, accepted: c.accepted + 1, declinedInARow: 0 };
    case 'declined':
      return { ...c, declined: c.declined + 1, declinedInARow: c.declinedInARow + 1 };
  }
}

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);
const withOne = (list: readonly string[], id: string) =>
  list.includes(id) ? [...list] : [...list, id];

/** A hunch answered: yes counts for its kind; not now snoozes it until the morning; never stops asking about the device. */
export function answerHunch(
  memory: AwarenessMemory,
  hunch: Pick<Hunch, 'id' | 'entityId' | 'kind'>,
  answer: 'yes' | 'not-now' | 'never',
  now: number,
  timeZone: string,
): AwarenessMemory {
  const kinds = memory.hunchKinds;
  const seen = counted(kinds[hunch.kind], 'offered');
  if (answer === 'yes')
    return { ...memory, hunchKinds: { ...kinds, [hunch.kind]: counted(seen, 'accepted') } };
  const declined = { ...memory, hunchKinds: { ...kinds, [hunch.kind]: counted(seen, 'declined') } };
  if (answer === 'never')
    return { ...declined, neverAsk: withOne(memory.neverAsk, hunch.entityId) };
  return { ...declined, snoozed: { ...memory.snoozed, [hunch.id]: nextMorning(now, timeZone) } };
}

/** Lets the assistant put a device right on its own, or stops it. */
export function setAutomatic(memory: AwarenessMemory, entityId: string, on: boolean) {
  return {
    ...memory,
    automatic: on ? withOne(memory.automatic, entityId) : without(memory.automatic, entityId),
  };
}

/** A habit offer put off for a week, or never to be offered again. */
export function answerHabit(
  memory: AwarenessMemory,
  id: string,
  answer: 'not-now' | 'never',
  now: number,
): AwarenessMemory {
  if (answer === 'never') return { ...memory, habitNever: withOne(memory.habitNever, id) };
  return { ...memory, habitSnoozed: { ...memory.habitSnoozed, [id]: now + HABIT_SNOOZE_MS } };
}

/** A follow-up rule offered, accepted or declined: its acceptance is learned from these. */
export function countFollowUp(
  memory: AwarenessMemory,
  ruleId: string,
  answer: 'offered' | 'accepted' | 'declined',
): AwarenessMemory {
  return {
    ...memory,
    followUps: { ...memory.followUps, [ruleId]: counted(memory.followUps[ruleId], answer) },
  };
}

/**
 * A follow-up rule switched off or on by the person. Switched on again it starts afresh (its
 * answers forgotten), so a rule that went quiet after repeated declines can be brought back.
 */
export function setFollowUpOff(memory: AwarenessMemory, ruleId: string, off: boolean) {
  if (off) return { ...memory, followUpsOff: withOne(memory.followUpsOff, ruleId) };
  const { [ruleId]: _forgotten, ...followUps } = memory.followUps;
  return { ...memory, followUpsOff: without(memory.followUpsOff, ruleId), followUps };
}

/** Drops snoozes that are over, so the memory does not grow without end. */
export function pruneMemory(memory: AwarenessMemory, now: number): AwarenessMemory {
  const live = (times: Record<string, number>) =>
    Object.fromEntries(Object.entries(times).filter(([, until]) => until > now));
  const snoozed = live(memory.snoozed);
  const habitSnoozed = live(memory.habitSnoozed);
  const same =
    Object.keys(snoozed).length === Object.keys(memory.snoozed).length &&
    Object.keys(habitSnoozed).length === Object.keys(memory.habitSnoozed).length;
  return same ? memory : { ...memory, snoozed, habitSnoozed };
}

export { EMPTY_MEMORY };
