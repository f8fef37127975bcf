// The usual state of a device at a time of the week. We look at the device at the same wall-clock
// time (on the home's clock) on each past day the history covers, up to four weeks back, and count
// the states it was in — over the same weekday, the same kind of day (weekday or weekend) and all
// days — or, around a moment, its state a few minutes after each past good night or leaving. When
// nobody is home, only the days when nobody was home at that time count: the heating is off when
// the house is empty on a Tuesday, not on a Tuesday someone stayed in. The most convincing count
// is the evidence, but only if the days most like today bear it out (what is usual at 23:00 on a
// Tuesday may not be on a Friday).
import { zoneOffsetMs, zonedParts } from '../clock/zoned.ts';
import { lastAtOrBefore, nobodyHomeAt, settledState, stateAt } from './timeline.ts';
import type { Evidence, HistoryIndex, MomentKind, Population, StateChange } from './types.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** How far back the usual state is read: four weeks, so each weekday counts four times. */
export const WEEKS_BACK = 4;
/** The state this long after each past moment is "the state after good night". */
export const AFTER_MOMENT_MS = 10 * MINUTE;
/** Fewest samples each population needs before it says anything. */
export const MIN_SAMPLES: Record<Population['kind'], number> = {
  weekday: 4,
  dayType: 7,
  days: 7,
  moment: 5,
};
/** Samples a narrower population needs before a wider one may speak for it… */
const MIN_TO_CONFIRM: Record<Population['kind'], number> = {
  weekday: 1,
  dayType: 4,
  days: 0,
  moment: 0,
};
/** …and the share of them that must be in the wider one's usual state: two in three. */
const CONFIRM_SHARE = 2 / 3;
/**
 * A day counts only if the history saw this much of it before the time: what happened in the
 * hours before (did it turn off, or was it off all along?) is part of the evidence.
 */
export const LEAD_IN_MS = 12 * 60 * MINUTE;
/** A device changes regularly when it does on this share of the agreeing days… */
const REGULAR_SHARE = 0.75;
/** …judged in a narrower count only when it has this many agreeing days. */
const MIN_TO_JUDGE_CHANGE = 3;
/**
 * The usual state is settled at a time when it has held this long before it: a light that goes
 * off at 22:30 give or take half an hour is not settled "off" at 22:45.
 */
export const HELD_MS = 60 * MINUTE;
/** How sure to be of a share before trusting it (z of the Wilson lower bound, one-sided 90 %). */
const WILSON_Z = 1.28;

/** The same wall-clock time on one past day. */
export interface PastDay {
  at: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Whether the house was empty then; undefined when the home has no people to tell by. */
  nobodyHome?: boolean;
}

/** How one population's samples fell out. */
export interface Tally {
  population: Population;
  /** The most common state (settled: a cover still closing counts as closed). */
  usual: string;
  agreeing: number;
  sampled: number;
  /** Settled state → how many samples were in it. */
  counts: ReadonlyMap<string, number>;
  /** Newest first. */
  samples: { at: number; state: string }[];
}

export interface Usual {
  evidence: Evidence;
  /** The counts, narrowest first, for "is the present state rare?". */
  tallies: Tally[];
  /** How sure the evidence is (lower bound of the agreeing share), 0–1. */
  strength: number;
  /** Of the agreeing samples, how many had already been `usual` for HELD_MS by then. */
  held: number;
  /**
   * How long before this time the device regularly turns `usual`, when it does so on nearly every
   * day like today (a porch light off at bedtime); undefined for one only sometimes switched.
   */
  changedAgo?: number;
}

const weekdayOf = (at: number, timeZone: string) => zonedParts(at, timeZone).weekday || 7;
const isWeekend = (weekday: number) => weekday >= 6;

/**
 * The same wall-clock time as `now` on each of the past `days` days, newest first, leaving out
 * the days the history does not cover well enough. Across a clock change the time moves with the
 * clock, so 22:00 is 22:00 on both sides.
 */
export function pastDays(
  index: HistoryIndex,
  now: number,
  timeZone: string,
  days = WEEKS_BACK * 7,
): PastDay[] {
  const offset = zoneOffsetMs(now, timeZone);
  const today = weekdayOf(now, timeZone);
  const out: PastDay[] = [];
  for (let k = 1; k <= days; k++) {
    const naive = now - k * DAY;
    const at = naive + offset - zoneOffsetMs(naive, timeZone);
    if (at - LEAD_IN_MS < index.since) break;
    const nobodyHome = nobodyHomeAt(index, at);
    out.push({
      at,
      weekday: ((today - 1 - (k % 7) + 7) % 7) + 1,
      ...(nobodyHome === undefined ? {} : { nobodyHome }),
    });
  }
  return out;
}

/** Lower bound of the share k/n that we can be about 90 % sure of: few samples count for less. */
export function wilsonLower(k: number, n: number): number {
  if (n === 0) return 0;
  const p = k / n;
  const z2 = WILSON_Z * WILSON_Z;
  const centre = p + z2 / (2 * n);
  const margin = WILSON_Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return (centre - margin) / (1 + z2 / n);
}

function tally(population: Population, samples: { at: number; state: string }[]): Tally {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
  let usual = '';
  let agreeing = 0;
  for (const [state, n] of counts) {
    if (n > agreeing) [usual, agreeing] = [state, n];
  }
  return { population, usual, agreeing, sampled: samples.length, counts, samples };
}

/**
 * The tallies by time of week, narrowest first: same weekday, same kind of day, all days. With
 * `nobodyHome` known, only the days when the house was as it is now (empty, or not) at that
 * time; a population says so when that left any day out.
 */
export function tallyDays(
  entityId: string,
  line: readonly StateChange[],
  days: readonly PastDay[],
  today: number,
  nobodyHome?: boolean,
): Tally[] {
  const all: { at: number; state: string; weekday: number; unlike: boolean }[] = [];
  for (const day of days) {
    const state = stateAt(line, day.at);
    if (state === undefined) continue;
    const unlike = nobodyHome !== undefined && day.nobodyHome !== nobodyHome;
    all.push({ at: day.at, state: settledState(entityId, state), weekday: day.weekday, unlike });
  }
  const weekend = isWeekend(today);
  const population = (
    base: Exclude<Population, { kind: 'moment' }>,
    fits: (s: { weekday: number }) => boolean,
  ): Tally => {
    const among = all.filter(fits);
    const like = among.filter((s) => !s.unlike).map((s) => ({ at: s.at, state: s.state }));
    const filtered = like.length < among.length && nobodyHome !== undefined;
    return tally(filtered ? { ...base, nobodyHome } : base, like);
  };
  return [
    population({ kind: 'weekday', weekday: today }, (s) => s.weekday === today),
    population(
      { kind: 'dayType', dayType: weekend ? 'weekend' : 'weekday' },
      (s) => isWeekend(s.weekday) === weekend,
    ),
    population({ kind: 'days' }, () => true),
  ];
}

/** The state a few minutes after each past moment of a kind, up to four weeks back, newest first. */
export function tallyMoment(
  index: HistoryIndex,
  entityId: string,
  kind: MomentKind,
  now: number,
): Tally {
  const line = index.timelines.get(entityId) ?? [];
  const samples: { at: number; state: string }[] = [];
  const oldest = now - WEEKS_BACK * 7 * DAY;
  for (let i = index.moments.length - 1; i >= 0; i--) {
    const moment = index.moments[i]!;
    if (moment.at < oldest) break;
    const at = moment.at + AFTER_MOMENT_MS;
    // The moment happening now is what is being judged, not evidence about it.
    if (moment.kind !== kind || at >= now - AFTER_MOMENT_MS) continue;
    const state = stateAt(line, at);
    if (state !== undefined) samples.push({ at, state: settledState(entityId, state) });
  }
  return tally({ kind: 'moment', moment: kind }, samples);
}

/**
 * The most convincing tally: enough samples, and borne out by the narrower ones. A wider count
 * speaks for today only if the days most like today agree with it — the last same weekdays and
 * the same kind of day — so a Saturday is not judged by the weekdays before anyone knows what
 * Saturdays are like, nor a Friday by the Tuesdays.
 */
export function chooseTally(
  tallies: readonly Tally[],
): { tally: Tally; strength: number } | undefined {
  let best: { tally: Tally; strength: number } | undefined;
  tallies.forEach((t, i) => {
    if (t.sampled < MIN_SAMPLES[t.population.kind]) return;
    if (!tallies.slice(0, i).every((narrow) => bearsOut(narrow, t.usual))) return;
    const strength = wilsonLower(t.agreeing, t.sampled);
    if (!best || strength > best.strength) best = { tally: t, strength };
  });
  return best;
}

/** A narrower tally has enough samples to judge by, and most of them are in `state`. */
function bearsOut(narrow: Tally, state: string): boolean {
  const n = narrow.counts.get(state) ?? 0;
  // A hair under two in three, so that 2 of 3 counts despite rounding.
  return (
    narrow.sampled >= MIN_TO_CONFIRM[narrow.population.kind] &&
    n >= CONFIRM_SHARE * narrow.sampled - 1e-9
  );
}

/**
 * How the device came to be `usual` at this time on the agreeing days: the share of them on which
 * it turned so in the hours before (rather than being so all along), and how long before this
 * time it usually did (the median).
 */
function changeBefore(line: readonly StateChange[], tally: Tally): { share: number; ago?: number } {
  const agos: number[] = [];
  for (const s of tally.samples) {
    if (s.state !== tally.usual) continue;
    const i = lastAtOrBefore(line, s.at);
    if (i >= 0 && s.at - line[i]!.at <= LEAD_IN_MS) agos.push(s.at - line[i]!.at);
  }
  if (agos.length === 0) return { share: 0 };
  agos.sort((a, b) => a - b);
  return { share: agos.length / Math.max(1, tally.agreeing), ago: agos[agos.length >> 1]! };
}

/**
 * How long before this time the device regularly turns `usual` — if it does so on nearly every
 * day like today, in the chosen count and in each narrower one with enough agreeing days — or
 * undefined for a device that is only sometimes switched at all.
 */
function regularChange(
  line: readonly StateChange[],
  tallies: readonly Tally[],
  chosen: Tally,
): number | undefined {
  let ago = 0;
  for (const t of tallies.slice(0, tallies.indexOf(chosen) + 1)) {
    if (t !== chosen && (t.usual !== chosen.usual || t.agreeing < MIN_TO_JUDGE_CHANGE)) continue;
    const change = changeBefore(line, t);
    if (change.ago === undefined || change.share < REGULAR_SHARE) return undefined;
    ago = Math.max(ago, change.ago);
  }
  return ago;
}

/** How many of the agreeing samples had been `usual` for at least HELD_MS by then. */
function heldFor(line: readonly StateChange[], tally: Tally): number {
  let held = 0;
  for (const s of tally.samples) {
    if (s.state !== tally.usual) continue;
    const i = lastAtOrBefore(line, s.at);
    if (i < 0 || s.at - line[i]!.at >= HELD_MS) held++;
  }
  return held;
}

/** Since when the device has been in its present state, as the timeline says. */
function presentSince(line: readonly StateChange[], now: number): number | undefined {
  const i = lastAtOrBefore(line, now);
  return i >= 0 ? line[i]!.at : undefined;
}

export interface UsualOptions {
  /** Read the state after past moments of this kind instead of by time of week. */
  moment?: MomentKind;
  /** The past days to sample (from pastDays), when the caller asks about many devices at once. */
  days?: readonly PastDay[];
  /**
   * Whether the house is empty now: compare only with days when it was (or was not) empty at this
   * time. Undefined: every day counts.
   */
  nobodyHome?: boolean;
}

/** The usual state of a device at `now`, with its evidence, or nothing if the history can't say. */
export function usualState(
  index: HistoryIndex,
  entityId: string,
  now: number,
  timeZone: string,
  options: UsualOptions = {},
): Usual | undefined {
  const line = index.timelines.get(entityId);
  if (!line || line.length === 0) return undefined;
  const tallies = options.moment
    ? [tallyMoment(index, entityId, options.moment, now)]
    : tallyDays(
        entityId,
        line,
        options.days ?? pastDays(index, now, timeZone),
        weekdayOf(now, timeZone),
        options.nobodyHome,
      );
  const chosen = chooseTally(tallies);
  if (!chosen) return undefined;
  const { tally: t, strength } = chosen;
  const since = presentSince(line, now);
  const byNow = !options.moment && changeBefore(line, t).share > 0.5;
  const changedAgo = options.moment ? undefined : regularChange(line, tallies, t);
  const evidence: Evidence = {
    population: t.population,
    usual: t.usual,
    agreeing: t.agreeing,
    sampled: t.sampled,
    samples: t.samples,
    ...(since === undefined ? {} : { since }),
    byNow,
  };
  return {
    evidence,
    tallies,
    strength,
    held: heldFor(line, t),
    ...(changedAgo === undefined ? {} : { changedAgo }),
  };
}
