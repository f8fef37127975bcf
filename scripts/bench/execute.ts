// Figure 3, the domain core in Node: execute() on the demo home with a realistic command mix, one
// command per call (a tap on a tile) and 20 per call (a routine or "goodnight"), and advance():
// one 1-second tick (the running app) and one 1-day jump ("skip a day").
import type { Cause } from '../../src/domain/activity/cause.ts';
import type { Command } from '../../src/domain/home/commands.ts';
import { execute } from '../../src/domain/home/execute.ts';
import type { Home } from '../../src/domain/home/model.ts';
import { demoScenario } from '../../src/domain/home/scenarios/demo.ts';
import { advance } from '../../src/domain/home/simulate.ts';
import { THROUGHPUT_MIX, byDomain, randomCommand } from './commands.ts';
import { round, seededRandom, type Figure, type Section } from './lib.ts';

const RUN_MS = 1200;
const WARMUP_MS = 300;

/** Calls `op` until `ms` have passed; returns calls made and the time they took. */
function timed(ms: number, op: () => void): { calls: number; elapsed: number } {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    // Check the clock every 16 calls: reading it costs more than some of the calls measured.
    for (let i = 0; i < 16; i++) op();
    calls += 16;
    elapsed = performance.now() - start;
  }
  return { calls, elapsed };
}

function measure(op: () => void): { usPerCall: number; calls: number } {
  timed(WARMUP_MS, op);
  const { calls, elapsed } = timed(RUN_MS, op);
  return { usPerCall: (elapsed * 1000) / calls, calls };
}

export async function benchExecute(): Promise<Section> {
  const { home: demo, startAt } = demoScenario.build(Date.UTC(2026, 2, 3, 12, 0));
  const t0 = startAt ?? Date.UTC(2026, 2, 3, 19, 30);
  const random = seededRandom(20260303);
  const domains = byDomain(demo);
  const cause: Cause = { kind: 'manual' };
  // Each command is made for the home as the previous ones left it (so "next" only with a queue);
  // replayed from the demo home in the same order, every one of them is valid.
  const commands: Command[] = [];
  for (let home: Home = demo, at = t0; commands.length < 4000; at += 1000) {
    const { command } = randomCommand(home, random, THROUGHPUT_MIX, domains);
    commands.push(command);
    home = execute(home, [command], cause, at).home;
  }

  const batchRun = (size: number) => {
    let home: Home = demo;
    let at = t0;
    let next = 0;
    let events = 0;
    let errors = 0;
    let executed = 0;
    const batches: Command[][] = [];
    for (let i = 0; i + size <= commands.length; i += size)
      batches.push(commands.slice(i, i + size));
    const result = measure(() => {
      if (next === 0) home = demo; // the sequence starts over: so does the home
      const batch = batches[next]!;
      next = (next + 1) % batches.length;
      at += 1000;
      const out = execute(home, batch, cause, at);
      home = out.home;
      events += out.events.length;
      errors += out.errors.length;
      executed += batch.length;
    });
    return { ...result, events, errors, executed };
  };

  const one = batchRun(1);
  const twenty = batchRun(20);
  for (const run of [one, twenty]) {
    if (run.errors > 0)
      throw new Error(
        `execute() refused ${run.errors} of ${run.executed} generated commands: the mix is wrong.`,
      );
  }

  // advance(): ticks of one second, threaded as the running app does; every simulated hour the
  // home goes back to the demo evening, so media keeps playing and rooms keep warming.
  let home: Home = demo;
  let at = t0;
  let ticks = 0;
  let tickEvents = 0;
  const tick = measure(() => {
    if (ticks++ % 3600 === 0) {
      home = demo;
      at = t0;
    }
    const out = advance(home, at, at + 1000);
    home = out.home;
    at += 1000;
    tickEvents += out.events.length;
  });

  const DAY = 86_400_000;
  let dayEvents = 0;
  const day = measure(() => {
    dayEvents = advance(demo, t0, t0 + DAY).events.length;
  });

  const perSecond = (usPerCall: number, perCall: number) => Math.round((1e6 / usPerCall) * perCall);
  const figures: Figure[] = [
    {
      name: 'execute(), 1 command per call',
      value: round(one.usPerCall, 2),
      unit: 'µs/op',
      detail: `${perSecond(one.usPerCall, 1).toLocaleString('en-GB')} commands/s; ${round(one.events / one.executed, 2)} events/command`,
    },
    {
      name: 'execute(), 20 commands per call',
      value: round(twenty.usPerCall, 2),
      unit: 'µs/op',
      detail: `${round(twenty.usPerCall / 20, 2)} µs/command, ${perSecond(twenty.usPerCall, 20).toLocaleString('en-GB')} commands/s`,
    },
    {
      name: 'advance(), 1-second tick',
      value: round(tick.usPerCall, 2),
      unit: 'µs/op',
      detail: `${round(tickEvents / ticks, 3)} events/tick`,
    },
    {
      name: 'advance(), 1-day jump',
      value: round(day.usPerCall, 1),
      unit: 'µs/op',
      detail: `${dayEvents} events in the day`,
    },
  ];
  return {
    title: 'execute() throughput (Node)',
    figures,
    notes: [
      `  demo home: ${demo.entities.length} entities; mix ${Object.entries(THROUGHPUT_MIX)
        .map(([k, v]) => `${k} ${v}%`)
        .join(', ')}; home threaded from call to call`,
    ],
    raw: { one, twenty, tick: { ...tick, ticks, tickEvents }, day: { ...day, dayEvents } },
  };
}
