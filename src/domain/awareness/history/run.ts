// Living the plan: acts in time order through the real execute(), with the home's own simulation
// (advance(): rooms warming and cooling, blinds travelling, the TV moving on to the next episode,
// motion sensors clearing) run between them, so every event is one the app itself would write.
import type { HomeEvent } from '../../activity/event.ts';
import { execute, type CommandError } from '../../home/execute.ts';
import type { Home } from '../../home/model.ts';
import { advance } from '../../home/simulate.ts';
import type { Act } from './act.ts';

export interface Lived {
  home: Home;
  events: HomeEvent[];
  /** Commands the home refused: none for a sound plan. */
  errors: CommandError[];
  /** Per habit occurrence ("name|day"), when it started and the events its acts caused. */
  habits: Map<string, { start: number; events: HomeEvent[] }>;
}

/** Devices whose state moves on by itself, or (sensors) steers what does: see simulate.ts. */
const SIMULATED: ReadonlySet<string> = new Set([
  'climate',
  'cover',
  'media_player',
  'binary_sensor',
  'sensor',
]);

/** Runs `acts` (in any order) on `home` from `from` to `until`; acts after `until` are left out. */
export function live(home: Home, acts: readonly Act[], from: number, until: number): Lived {
  const domains = new Map(home.entities.map((e) => [e.id, e.domain]));
  // Lights, plugs, locks, fans and people do nothing by themselves, so the simulation need not be
  // brought up to the moment of an act that only touches them: advance() gives the same result
  // in one longer step (it is independent of how time is cut), and it halves the work.
  const simulated = (a: Act) =>
    a.commands.some((c) => SIMULATED.has(domains.get(c.entityId) ?? ''));
  const order = acts
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.at >= from && a.at <= until)
    .sort((x, y) => x.a.at - y.a.at || x.i - y.i);
  const events: HomeEvent[] = [];
  const errors: CommandError[] = [];
  const habits: Lived['habits'] = new Map();
  let now = from;
  for (const { a } of order) {
    if (a.at > now && simulated(a)) {
      const simulated = advance(home, now, a.at);
      home = simulated.home;
      events.push(...simulated.events);
      now = a.at;
    }
    const done = execute(home, a.commands, a.cause, a.at);
    home = done.home;
    events.push(...done.events);
    errors.push(...done.errors);
    if (a.habit !== undefined) {
      const occurrence = habits.get(a.habit) ?? { start: a.at, events: [] };
      occurrence.start = Math.min(occurrence.start, a.at);
      occurrence.events.push(...done.events);
      habits.set(a.habit, occurrence);
    }
  }
  const rest = advance(home, now, until);
  events.push(...rest.events);
  // Stable: events of one moment keep the order they happened in.
  events.sort((x, y) => x.at - y.at);
  return { home: rest.home, events, errors, habits };
}
