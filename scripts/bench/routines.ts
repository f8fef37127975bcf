// Figure 6, routines: the runner's cost with 1,000 enabled routines on the demo home — the time
// of one scheduler tick (a second of simulated time at 1×, an hour at 3600×), and a simulated
// week at 3600× run tick by tick, every due run made (its actions executed), checked to be made
// exactly once against the whole week asked at once.
import { demoHome } from '../../src/domain/home/scenarios/demo.ts';
import type { Home } from '../../src/domain/home/model.ts';
import type { Action, Routine, Trigger } from '../../src/domain/routines/model.ts';
import { runRoutines } from '../../src/domain/routines/engine.ts';
import { dueRuns, Scheduler } from '../../src/domain/routines/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/settings/settings.ts';
import { median, pick, round, seededRandom, type Figure, type Section } from './lib.ts';

const ROUTINES = 1000;
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
// Monday 2 March 2026, 00:00 in the demo home's time zone (London, GMT then).
const START = Date.parse('2026-03-02T00:00:00Z');

function generate(home: Home): Routine[] {
  const random = seededRandom(4);
  const lights = home.entities.filter((e) => e.domain === 'light').map((e) => e.id);
  const areas = home.areas.map((a) => a.id);
  const dayChoices = [[1, 2, 3, 4, 5], [6, 7], [1, 2, 3, 4, 5, 6, 7], [2, 4], [5]];
  return Array.from({ length: ROUTINES }, (_, i): Routine => {
    const hh = String(Math.floor(random() * 24)).padStart(2, '0');
    const mm = String(Math.floor(random() * 60)).padStart(2, '0');
    const days = pick(random, dayChoices);
    const trigger: Trigger =
      random() < 0.8
        ? { type: 'time', at: `${hh}:${mm}`, days }
        : {
            type: 'sun',
            event: random() < 0.5 ? 'sunrise' : 'sunset',
            offsetMinutes: Math.round(random() * 120 - 60),
            days,
          };
    const actions: Action[] = [
      {
        type: 'control',
        target: { kind: 'entity', entityId: pick(random, lights) },
        command: random() < 0.5 ? 'turn_on' : 'turn_off',
      },
      {
        type: 'control',
        target: { kind: 'area', areaId: pick(random, areas), domain: 'light' },
        command: 'set_brightness',
        value: Math.round(random() * 99) + 1,
      },
    ];
    return {
      id: `routine_${i}`,
      name: `Routine ${i}`,
      enabled: true,
      triggers: [trigger],
      conditionMode: 'all',
      conditions: [],
      actions,
      createdAt: 0,
      updatedAt: 0,
    };
  });
}

function tickTimes(routines: Routine[], stepMs: number, ticks: number): number[] {
  const scheduler = new Scheduler();
  // The first tick plans every routine; the figure is the steady state after it.
  scheduler.due(routines, START - stepMs, START, DEFAULT_SETTINGS);
  const times: number[] = [];
  for (let i = 0; i < ticks; i++) {
    const from = START + i * stepMs;
    const t = performance.now();
    scheduler.due(routines, from, from + stepMs, DEFAULT_SETTINGS);
    times.push((performance.now() - t) * 1000);
  }
  return times;
}

export async function benchRoutines(): Promise<Section> {
  let home = demoHome(START);
  const routines = generate(home);
  const settings = DEFAULT_SETTINGS;

  const second = tickTimes(routines, 1000, 600);
  const hour = tickTimes(routines, HOUR, 48);

  // A week at 3600×: one simulated hour per real second, 168 ticks.
  const expected = dueRuns(routines, START, START + WEEK, settings).length;
  let made = 0;
  let events = 0;
  const scheduler = new Scheduler();
  const started = performance.now();
  const world = { routines, settings, newId: () => `run_${made++}` };
  for (let from = START; from < START + WEEK; from += HOUR) {
    const starts = scheduler
      .due(routines, from, from + HOUR, settings)
      .map((due) => ({ routineId: due.routine.id, trigger: 'schedule', at: due.at }));
    // The app's runner step: conditions, actions, and the device triggers the changes set off.
    const out = runRoutines(home, world, { starts }, from + HOUR);
    home = out.home;
    events += out.events.length;
  }
  const weekMs = performance.now() - started;

  const figures: Figure[] = [
    {
      name: 'Scheduler tick, 1,000 routines, 1 s at 1×',
      value: round(median(second), 1),
      unit: 'µs',
      detail: 'median of 600 ticks',
    },
    {
      name: 'Scheduler tick, 1,000 routines, 1 h at 3600×',
      value: round(median(hour) / 1000, 2),
      unit: 'ms',
      detail: 'median of 48 ticks',
    },
    {
      name: 'A week at 3600×, every due run made',
      value: round(weekMs, 0),
      unit: 'ms',
      detail: `first tick plans all 1,000; ${made.toLocaleString('en-GB')} runs (${expected.toLocaleString('en-GB')} due: ${made === expected ? 'each exactly once' : 'MISMATCH'}), ${events.toLocaleString('en-GB')} events, 168 ticks`,
    },
  ];
  if (made !== expected) throw new Error(`made ${made} runs, ${expected} were due`);
  return {
    title: 'Routines (Node)',
    figures,
    notes: [
      `  ${ROUTINES} enabled routines on the demo home: 80 % at a time of day, 20 % at sunrise or sunset with an offset; two light actions each`,
    ],
    raw: { made, expected, events, weekMs },
  };
}
