// Who leaves and comes home when. Tom drives to work through the garage; Emma takes Maya and Leo
// to school through the front door and, Monday to Thursday, works until she collects them, so the
// house stands empty in the middle of those days. On Fridays Emma works from home. Weekends bring
// a Saturday shopping trip, Tom's Sunday football and some Sunday visits to the grandparents.
import { hm, type HistoryDay } from './calendar.ts';
import { PEOPLE } from './devices.ts';
import { between, chance, jitter } from './random.ts';

export interface Movement {
  /** When they go through the door. */
  at: number;
  who: readonly string[];
  kind: 'leave' | 'arrive';
  door: 'front' | 'garage';
}

const { emma, tom, maya, leo } = PEOPLE;
const MINUTE = 60_000;

/**
 * The day's movements, in time order. `schoolReturn` is when Emma and the children are back on
 * a workday (the "home from school" habit starts just after it); without it they come back at
 * about a quarter to four.
 */
export function planMovements(day: HistoryDay, schoolReturn?: number): Movement[] {
  const r = day.random;
  const at = (minutes: number, spread: number) => day.at(minutes + jitter(r, spread));
  const moves: Movement[] = [];
  const go = (
    time: number,
    who: readonly string[],
    kind: Movement['kind'],
    door: Movement['door'],
  ) => moves.push({ at: time, who, kind, door });

  if (day.weekday >= 1 && day.weekday <= 5) {
    // Now and then Tom is off sick or works from home: he stays in all day.
    const tomWorks = chance(r, 0.96);
    if (tomWorks) go(at(hm(7, 55), 4), [tom], 'leave', 'garage');
    const schoolRun = at(hm(8, 25), 3);
    go(schoolRun, [emma, maya, leo], 'leave', 'front');
    const back = schoolReturn ?? at(hm(15, 42), 5);
    if (day.weekday === 5) {
      go(schoolRun + between(r, 25, 35) * MINUTE, [emma], 'arrive', 'front');
      go(back - between(r, 22, 28) * MINUTE, [emma], 'leave', 'front');
    }
    // Wednesday is Maya's swimming: Tom collects her on his way home.
    const swimming = day.weekday === 3 && tomWorks;
    go(back, swimming ? [emma, leo] : [emma, maya, leo], 'arrive', 'front');
    if (tomWorks) {
      const tomBack = day.weekday === 5 ? at(hm(17, 45), 8) : at(hm(18, 25), 8);
      go(tomBack, swimming ? [tom, maya] : [tom], 'arrive', 'garage');
    }
  } else if (day.weekday === 6) {
    if (chance(r, 0.7)) {
      go(at(hm(10, 30), 10), [emma, tom, maya, leo], 'leave', 'front');
      go(at(hm(12, 50), 12), [emma, tom, maya, leo], 'arrive', 'front');
    } else if (chance(r, 0.5)) {
      go(at(hm(10), 12), [emma], 'leave', 'front');
      go(at(hm(11, 40), 12), [emma], 'arrive', 'front');
    }
  } else {
    if (chance(r, 0.6)) {
      go(at(hm(9, 20), 4), [tom], 'leave', 'front');
      go(at(hm(12), 6), [tom], 'arrive', 'front');
    }
    if (chance(r, 0.45)) {
      go(at(hm(14), 10), [emma, tom, maya, leo], 'leave', 'front');
      go(at(hm(17, 35), 12), [emma, tom, maya, leo], 'arrive', 'front');
    }
  }
  return moves.sort((a, b) => a.at - b.at);
}

/** Who is home when, from a day's movements: everyone sleeps at home. */
export class Presence {
  private readonly spans: { from: number; to: number }[] = [];
  readonly arrivals: number[] = [];

  constructor(moves: readonly Movement[]) {
    const home = new Set<string>(Object.values(PEOPLE));
    let emptySince: number | undefined;
    for (const move of moves) {
      for (const person of move.who) {
        if (move.kind === 'leave') home.delete(person);
        else home.add(person);
      }
      if (home.size === 0 && emptySince === undefined) emptySince = move.at;
      if (home.size > 0 && emptySince !== undefined) {
        this.spans.push({ from: emptySince, to: move.at });
        emptySince = undefined;
      }
      if (move.kind === 'arrive') this.arrivals.push(move.at);
    }
    if (emptySince !== undefined) this.spans.push({ from: emptySince, to: Infinity });
  }

  /** Whether anyone is home at `at`. */
  someoneHome(at: number): boolean {
    return !this.spans.some((s) => at >= s.from && at < s.to);
  }

  /** The stretches of the day when the house is empty. */
  get empty(): readonly { from: number; to: number }[] {
    return this.spans;
  }

  /** The first moment at or after `at` when someone is home. */
  nextHome(at: number): number {
    const span = this.spans.find((s) => at >= s.from && at < s.to);
    return span ? span.to : at;
  }
}
