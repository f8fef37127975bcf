import { describe, expect, it } from 'vitest';
import { zonedParts, zonedToInstant } from '../clock/zoned.ts';
import type { HistoryIndex, Moment, StateChange } from './types.ts';
import { pastDays, tallyMoment, usualState, wilsonLower } from './usual.ts';

const TZ = 'Europe/London';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The instant of a wall-clock time in London, `daysAgo` calendar days before 31 January 2025. */
const clock = (daysAgo: number, hour: number, minute = 0) =>
  zonedToInstant({ year: 2025, month: 1, day: 31 - daysAgo, hour, minute }, TZ);

function indexOf(
  timelines: Record<string, StateChange[]>,
  since: number,
  moments: Moment[] = [],
): HistoryIndex {
  return {
    since,
    until: Infinity,
    timelines: new Map(Object.entries(timelines)),
    moments,
    personal: [],
  };
}

/** A device that turns `on` at one time and `off` at another on each of the past days. */
function daily(days: number, on: (day: number) => number, off: (day: number) => number) {
  const line: StateChange[] = [];
  for (let d = days; d >= 1; d--) {
    line.push({ at: on(d), from: 'off', to: 'on' }, { at: off(d), from: 'on', to: 'off' });
  }
  return line;
}

describe('sampling the past', () => {
  it('samples the same wall-clock time on past days, across a change of the clocks', () => {
    // Tuesday 1 April 2025, 22:00 BST; the clocks went forward on Sunday 30 March.
    const now = zonedToInstant({ year: 2025, month: 4, day: 1, hour: 22 }, TZ);
    const days = pastDays(indexOf({}, now - 10 * DAY), now, TZ, 7);
    expect(days.map((d) => zonedParts(d.at, TZ).hour)).toEqual([22, 22, 22, 22, 22, 22, 22]);
    expect(days.map((d) => zonedParts(d.at, TZ).day)).toEqual([31, 30, 29, 28, 27, 26, 25]);
    // 1 = Monday … 7 = Sunday.
    expect(days.map((d) => d.weekday)).toEqual([1, 7, 6, 5, 4, 3, 2]);
  });

  it('leaves out days the history does not reach far enough before', () => {
    const now = clock(0, 22);
    // The history began at 15:00 three days ago: too late to know that day's evening.
    expect(pastDays(indexOf({}, clock(3, 15)), now, TZ)).toHaveLength(2);
    expect(pastDays(indexOf({}, clock(3, 9)), now, TZ)).toHaveLength(3);
  });

  it('trusts a share more the more samples back it', () => {
    expect(wilsonLower(4, 4)).toBeLessThan(wilsonLower(14, 14));
    expect(wilsonLower(12, 14)).toBeLessThan(wilsonLower(14, 14));
    expect(wilsonLower(27, 28)).toBeGreaterThan(0.85);
    expect(wilsonLower(0, 0)).toBe(0);
  });
});

describe('the usual state', () => {
  // A porch light on at 16:30 and off at 22:40, every day for 21 days.
  const porch = daily(
    21,
    (d) => clock(d, 16, 30),
    (d) => clock(d, 22, 40),
  );
  const index = indexOf({ 'light.porch': porch }, clock(21, 9));

  it('is what the device was at this time on (nearly) every past day, with the evidence', () => {
    const usual = usualState(index, 'light.porch', clock(0, 23, 30), TZ)!;
    expect(usual.evidence).toMatchObject({
      population: { kind: 'days' },
      usual: 'off',
      agreeing: 21,
      sampled: 21,
      byNow: true,
    });
    expect(usual.evidence.samples[0]).toEqual({ at: clock(1, 23, 30), state: 'off' });
    expect(usual.evidence.samples).toHaveLength(21);
    // It goes off about 50 minutes before 23:30, and had been off that long on every day.
    expect(usual.changedAgo).toBe(50 * MINUTE);
    expect(usual.held).toBe(0);
    expect(usualState(index, 'light.porch', clock(0, 23, 59), TZ)!.held).toBe(21);
    expect(usual.evidence.since).toBe(porch.at(-1)!.at);
  });

  it('is "off" rather than "off by now" for a device that was off all along', () => {
    const usual = usualState(index, 'light.porch', clock(0, 13), TZ)!;
    expect(usual.evidence.usual).toBe('off');
    expect(usual.evidence.byNow).toBe(false);
    expect(usual.changedAgo).toBeUndefined();
  });

  it('follows the day of the week when that day differs', () => {
    // On Fridays (31 Jan 2025 is one) the light stays on until 23:50.
    const fridayLate = daily(
      28,
      (d) => clock(d, 16, 30),
      (d) => clock(d, zonedParts(clock(d, 12), TZ).weekday === 5 ? 23 : 22, 50),
    );
    const idx = indexOf({ 'light.porch': fridayLate }, clock(29, 0));
    const friday = usualState(idx, 'light.porch', clock(0, 23, 10), TZ)!;
    expect(friday.evidence).toMatchObject({
      population: { kind: 'weekday', weekday: 5 },
      usual: 'on',
      agreeing: 4,
      sampled: 4,
    });
    const thursday = usualState(idx, 'light.porch', clock(1, 23, 10), TZ)!;
    expect(thursday.evidence.usual).toBe('off');
    expect(thursday.evidence.population.kind).not.toBe('weekday');
  });

  it('says nothing when the days most like today are too few to bear the others out', () => {
    // Two weeks in, with a Friday that was unlike the other days: nothing to go on for Fridays.
    const line = daily(
      13,
      (d) => clock(d, 16, 30),
      (d) => clock(d, d === 7 ? 23 : 22, 50),
    );
    const idx = indexOf({ 'light.porch': line }, clock(14, 0));
    expect(usualState(idx, 'light.porch', clock(0, 23, 10), TZ)).toBeUndefined();
    expect(usualState(idx, 'light.porch', clock(1, 23, 10), TZ)?.evidence.usual).toBe('off');
  });

  it('compares an empty house with the days it was empty then, and says so', () => {
    // Heating off when everyone is out on weekdays; at weekends, and on Tuesday 28 January when
    // Ann stayed in, it stays on.
    const heating: StateChange[] = [];
    const person: StateChange[] = [];
    for (let d = 21; d >= 1; d--) {
      const weekday = zonedParts(clock(d, 12), TZ).weekday;
      if (weekday === 0 || weekday === 6 || d === 3) continue;
      heating.push(
        { at: clock(d, 8, 20), from: 'heat', to: 'off' },
        { at: clock(d, 15, 50), from: 'off', to: 'heat' },
      );
      person.push(
        { at: clock(d, 8, 25), from: 'home', to: 'not_home' },
        { at: clock(d, 15, 45), from: 'not_home', to: 'home' },
      );
    }
    const idx = indexOf({ 'climate.living_room': heating, 'person.ann': person }, clock(22, 0));
    const now = clock(0, 10);
    const empty = usualState(idx, 'climate.living_room', now, TZ, { nobodyHome: true })!;
    expect(empty.evidence).toMatchObject({
      population: { kind: 'dayType', dayType: 'weekday', nobodyHome: true },
      usual: 'off',
      agreeing: 14,
      sampled: 14,
    });
    // Every weekday counted, the one Ann stayed in too.
    const all = usualState(idx, 'climate.living_room', now, TZ)!;
    expect(all.evidence).toMatchObject({ usual: 'off', agreeing: 14, sampled: 15 });
    expect(all.evidence.population).toEqual({ kind: 'dayType', dayType: 'weekday' });
    // Someone home now: only days someone was home at 10:00 count, and no Friday was one.
    expect(usualState(idx, 'climate.living_room', now, TZ, { nobodyHome: false })).toBeUndefined();
  });

  it('after a moment, is the state a few minutes after each earlier one of its kind', () => {
    const garage: StateChange[] = [
      { at: clock(5, 18), from: 'closed', to: 'open' },
      { at: clock(5, 23, 30), from: 'open', to: 'closed' },
    ];
    const moments: Moment[] = [1, 2, 3, 4, 5, 6, 0].map((d) => ({
      kind: 'bedtime',
      at: clock(d, 23),
      marker: 'Good night ran',
    }));
    moments.push({ kind: 'leaving', at: clock(3, 8), marker: 'everyone left' });
    moments.sort((a, b) => a.at - b.at);
    const idx = indexOf({ 'cover.garage_door': garage }, clock(10, 0), moments);
    const tally = tallyMoment(idx, 'cover.garage_door', 'bedtime', clock(0, 23, 1));
    // Tonight's good night is what is judged, not evidence; the one five days ago left it open.
    expect(tally.sampled).toBe(6);
    expect(tally.samples.map((s) => s.state)).toEqual([
      'closed',
      'closed',
      'closed',
      'closed',
      'open',
      'closed',
    ]);
    expect(tally.samples[0]!.at).toBe(clock(1, 23, 10));
    const usual = usualState(idx, 'cover.garage_door', clock(0, 23, 1), TZ, {
      moment: 'bedtime',
    })!;
    expect(usual.evidence).toMatchObject({
      population: { kind: 'moment', moment: 'bedtime' },
      usual: 'closed',
      agreeing: 5,
      sampled: 6,
      byNow: false,
    });
  });

  it('needs a timeline: a device that never changed has no usual state to tell', () => {
    expect(usualState(index, 'light.kitchen', clock(0, 23), TZ)).toBeUndefined();
  });
});
