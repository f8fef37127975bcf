// generateHistory(): weeks of plausible life in the demo home, from a seed. The Bennetts' days are
// planned as acts (calendar.ts → day.ts), a few anomalies are planted in the plan, and the plan is
// lived through the real execute() and advance() (run.ts). Events get ids made from the seed, so
// the same seed gives the very same history, byte for byte.
import type { HomeEvent } from '../../activity/event.ts';
import { domainAccepts } from '../../home/capabilities.ts';
import type { CommandError } from '../../home/execute.ts';
import type { Home } from '../../home/model.ts';
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import type { Act } from './act.ts';
import { plantAnomalies, plantAtEnd } from './anomalies.ts';
import { historyDays } from './calendar.ts';
import { planDay } from './day.ts';
import { D } from './devices.ts';
import { plantedHabits, HABITS, type HabitKey } from './habits.ts';
import { mixSeed, seededRandom } from './random.ts';
import { live } from './run.ts';
import { settleActs } from './settle.ts';
import type { GeneratedHistory, HabitStep, HistoryOptions, PlantedAnomaly } from './types.ts';

export type {
  GeneratedHistory,
  HabitStep,
  HistoryOptions,
  PlantedAnomaly,
  PlantedHabit,
} from './types.ts';

const DAY = 86_400_000;
const DEFAULT_ANOMALIES = 4;

/** Leaves out what the home cannot do: a device it lacks, or a command its kind does not take. */
function fitToHome(acts: readonly Act[], home: Home): Act[] {
  const domains = new Map(home.entities.map((e) => [e.id, e.domain]));
  return acts.flatMap((a) => {
    const commands = a.commands.filter((c) => {
      const domain = domains.get(c.entityId);
      return domain !== undefined && domainAccepts(domain, c.type);
    });
    if (commands.length === a.commands.length) return [a];
    return commands.length > 0 ? [{ ...a, commands }] : [];
  });
}

function stepDone(event: HomeEvent, step: HabitStep): boolean {
  if (event.entityId !== step.entityId) return false;
  const { key, value } = step.attribute ?? { key: 'state', value: step.state };
  return event.changes.some((c) => c.key === key && c.to === value);
}

/** ev-<time>-h<seed>.<n>: unlike newEventId's, never random, and never equal to one of those. */
function renumber(events: readonly HomeEvent[], seed: number): HomeEvent[] {
  const tag = (seed >>> 0).toString(36);
  return events.map((e, i) => ({ ...e, id: `ev-${e.at.toString(36)}-h${tag}.${i.toString(36)}` }));
}

/** What the generator plans and lives, with the commands the home refused (a test expects none). */
export function generateWithErrors(
  home: Home,
  options: HistoryOptions,
): { history: GeneratedHistory; errors: CommandError[] } {
  const { seed, end, timeZone } = options;
  if (!Number.isFinite(end) || !(options.days > 0))
    throw new Error('The history needs an end and at least one day.');
  const start = end - options.days * DAY;
  // The sun follows the home's default location (the demo home's London) in the given zone.
  const location = { ...DEFAULT_SETTINGS.location, timeZone };
  const days = historyDays(start, end, seed, location);
  const byHand = options.habits ?? true;

  let acts: Act[] = [...settleActs(home, days[0]!.start + 60_000)];
  for (const day of days) acts.push(...planDay(day, timeZone, byHand));
  acts = fitToHome(acts, home);

  // Only what the home has can be left in an unusual state.
  const has = (id: string) => home.entities.some((e) => e.id === id);
  const random = seededRandom(mixSeed(seed, 0x0a40a1));
  const count = options.anomalies ?? DEFAULT_ANOMALIES;
  const planted = plantAnomalies(acts, days, { start, end }, count, has, random);
  acts = planted.acts;
  const anomalies: PlantedAnomaly[] = planted.anomalies;
  if (options.anomalyAtEnd && has(D.garageDoor)) {
    const last = plantAtEnd(acts, end, random);
    acts = last.acts;
    anomalies.push(last.anomaly);
  }

  const lived = live(home, fitToHome(acts, home), days[0]!.start, end);
  const done = new Map<HabitKey, number[]>();
  for (const [key, occurrence] of lived.habits) {
    const habit = HABITS.find((h) => key.startsWith(`${h.key}|`));
    if (!habit || occurrence.start < start) continue;
    // Done only if every step really left its device as the step says (not already so).
    if (!habit.steps.every((step) => occurrence.events.some((e) => stepDone(e, step)))) continue;
    done.set(habit.key, [...(done.get(habit.key) ?? []), occurrence.start]);
  }
  const events = renumber(
    lived.events.filter((e) => e.at >= start && e.at <= end),
    seed,
  );
  const history: GeneratedHistory = {
    events,
    home: lived.home,
    habits: byHand
      ? plantedHabits(done).filter((h) => h.steps.every((step) => has(step.entityId)))
      : [],
    anomalies,
  };
  return { history, errors: lived.errors };
}

export function generateHistory(home: Home, options: HistoryOptions): GeneratedHistory {
  return generateWithErrors(home, options).history;
}
