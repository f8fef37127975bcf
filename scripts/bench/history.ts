// Generated history for the IndexedDB figures: the demo home lived in for a while, through the
// real execute() and advance(), so every event has the shape, changes and causes the app writes.
// People and the assistant act at random moments (more in the evening, little at night); the home
// simulates in between. The result is then spread evenly over `days` ending at `end`.
import type { Cause } from '../../src/domain/activity/cause.ts';
import type { HomeEvent } from '../../src/domain/activity/event.ts';
import type { Command } from '../../src/domain/home/commands.ts';
import { execute } from '../../src/domain/home/execute.ts';
import type { Home } from '../../src/domain/home/model.ts';
import { demoHome } from '../../src/domain/home/scenarios/demo.ts';
import { advance } from '../../src/domain/home/simulate.ts';
import { HISTORY_MIX, byDomain, randomCommand } from './commands.ts';
import { pick, seededRandom, weighted, type Random } from './lib.ts';

const DAY = 86_400_000;

const ROUTINES = [
  {
    routineId: 'routine.good_morning',
    routineName: 'Good morning',
    trigger: 'at 07:00 on weekdays',
  },
  {
    routineId: 'routine.good_night',
    routineName: 'Good night',
    trigger: 'when you say “good night”',
  },
  { routineId: 'routine.leaving', routineName: 'Leaving home', trigger: 'when everyone has left' },
  { routineId: 'routine.sunset', routineName: 'Sunset lights', trigger: 'at sunset' },
];
const TAUGHT = [
  { commandId: 'taught.movie_time', phrase: 'movie time' },
  { commandId: 'taught.cosy', phrase: 'make it cosy' },
  { commandId: 'taught.bedtime', phrase: 'bedtime for the kids' },
];
const REASONS = [
  'Nobody has moved in the room for 20 minutes',
  'It got dark outside',
  'The window was opened while heating',
];

/** A cause for a step of `size` commands, and how many commands it should carry. */
function causeFor(random: Random, firstName: string): { cause: Cause; size: number } {
  const kind = weighted(random, {
    manual: 60,
    voice: 20,
    routine: 4,
    taught: 2,
    automatic: 6,
    skill: 1,
    hunch: 2,
  });
  const said = (utterance: string): Cause => ({
    kind: 'voice',
    utterance,
    ...(random() < 0.5 ? { area: 'living_room' } : {}),
  });
  switch (kind) {
    case 'manual':
      return { cause: { kind: 'manual' }, size: 1 };
    case 'voice':
      return {
        cause: said(
          `${pick(random, ['turn on', 'turn off', 'dim', 'set'])} the ${firstName.toLowerCase()}`,
        ),
        size: 1,
      };
    case 'routine': {
      const routine = pick(random, ROUTINES);
      const cause: Cause = { kind: 'routine', ...routine };
      if (routine.routineId === 'routine.good_night') cause.parent = said('good night');
      return { cause, size: 3 + Math.floor(random() * 4) };
    }
    case 'taught': {
      const taught = pick(random, TAUGHT);
      return {
        cause: { kind: 'taught', ...taught, parent: said(taught.phrase) },
        size: 2 + Math.floor(random() * 3),
      };
    }
    case 'automatic':
      return { cause: { kind: 'automatic', reason: pick(random, REASONS) }, size: 1 };
    case 'skill':
      return {
        cause: {
          kind: 'skill',
          skillId: 'skill.away_mode',
          skillName: 'Away mode',
          parent: said('we are off'),
        },
        size: 3,
      };
    case 'hunch':
      return {
        cause: {
          kind: 'hunch',
          hunchId: 'hunch.back_door',
          text: 'The back door is often left unlocked at night',
        },
        size: 1,
      };
  }
}

/** How busy the house is at an hour of the day, relative (evenings busiest, nights quiet). */
const ACTIVITY = [
  1, 0.5, 0.3, 0.3, 0.3, 0.6, 3, 5, 4, 2, 1.5, 1.5, 2, 1.5, 1.5, 2, 3, 4, 5, 6, 6, 5, 4, 2,
];

export interface History {
  events: HomeEvent[];
  causes: Record<string, number>;
  generateMs: number;
}

export function generateHistory(count: number, end: number, days: number, seed: number): History {
  const started = performance.now();
  const random = seededRandom(seed);
  let t = end - days * DAY;
  let home: Home = demoHome(t);
  const areaIds = new Map(
    home.areas.flatMap((a) => [[a.name, a.id] as const, [a.id, a.id] as const]),
  );
  const domains = byDomain(home);
  const events: HomeEvent[] = [];
  // One step (advance the home, then a person or the assistant acts) every ~35 s on average at
  // activity 1; tuned so the raw history spans roughly `days` before it is spread exactly.
  while (events.length < count) {
    const hour = new Date(t).getUTCHours();
    const gap = (-Math.log(1 - random()) * 35_000) / (ACTIVITY[hour] ?? 1);
    const next = t + Math.max(1000, Math.round(gap));
    const simulated = advance(home, t, next);
    home = simulated.home;
    events.push(...simulated.events);
    t = next;
    const first = randomCommand(home, random, HISTORY_MIX, domains);
    const entityName = home.entities.find((e) => e.id === first.command.entityId)?.name ?? '';
    const { cause, size } = causeFor(random, entityName);
    const commands: Command[] = [first.command];
    while (commands.length < size)
      commands.push(randomCommand(home, random, HISTORY_MIX, domains).command);
    const done = execute(home, commands, cause, t);
    home = done.home;
    events.push(...done.events);
  }
  events.length = count;

  // Spread over exactly `days` ending at `end` (order kept); ids in the app's format, unique.
  const first = events[0]!.at;
  const last = events[events.length - 1]!.at;
  const scale = (days * DAY) / Math.max(1, last - first);
  const causes: Record<string, number> = {};
  const spread = events.map((event, i) => {
    const at = Math.round(end - days * DAY + (event.at - first) * scale);
    causes[event.cause.kind] = (causes[event.cause.kind] ?? 0) + 1;
    // advance() labels events with the area's name, execute() with its id; the Activity filters
    // and the [area+at] index use ids, so the history uses ids throughout.
    const area = event.area === undefined ? undefined : (areaIds.get(event.area) ?? event.area);
    return {
      ...event,
      id: `ev-${at.toString(36)}-b${i.toString(36)}`,
      at,
      ...(area === undefined ? {} : { area }),
    };
  });
  return { events: spread, causes, generateMs: performance.now() - started };
}
