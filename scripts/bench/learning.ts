// Self-learning (issue 8): the scripted simulated person's misphrasings — how often they fail on
// the first day and on the last, with no wrong rewrite promoted — and what 1,000 learned
// rewrites cost a request: looking them up, and interpret() given them (as the app calls it).
import { demoHome } from '../../src/domain/home/scenarios/demo.ts';
import { interpret } from '../../src/domain/language/interpret.ts';
import { applyRewrites } from '../../src/domain/learning/apply.ts';
import { simulatePerson, syntheticRewrites } from '../../src/domain/learning/simulatedPerson.ts';
import { median, round, type Figure, type Section } from './lib.ts';

const NOW = Date.UTC(2025, 2, 3, 8, 0);

function time(runs: number, fn: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push((performance.now() - t0) * 1000);
  }
  return samples;
}

export async function benchLearning(): Promise<Section> {
  const run = simulatePerson({ days: 5, start: NOW });
  const withYes = simulatePerson({ days: 5, start: NOW, saysYesOnDay: 2 });

  const home = demoHome(NOW);
  const state = syntheticRewrites(1000, NOW);
  const requests = [
    'turn off the kitchen lights',
    'zorp17 blim',
    'what is the temperature in the living room',
    'zorp512 blim',
    'set the bedroom lamp to 40 percent',
  ];
  const learned = { home, learned: state.rewrites };
  for (const text of requests) interpret(text, learned);
  const applied = time(4000, (i) => applyRewrites(requests[i % requests.length]!, state));
  const alone = time(2000, (i) => interpret(requests[i % requests.length]!, { home }));
  const whole = time(2000, (i) => interpret(requests[i % requests.length]!, learned));

  const pct = (x: number) => round(x * 100, 0);
  const figures: Figure[] = [
    {
      name: 'Misphrasings failing, first day',
      value: pct(run.before),
      unit: '%',
      detail: `${run.days[0]?.said ?? 0} misphrased requests of a scripted person`,
    },
    {
      name: 'Misphrasings failing, last day',
      value: pct(run.after),
      unit: '%',
      detail: `day ${run.days.length}; ${pct(withYes.after)} % when the person says yes to the ${run.waitingForYes.length} safety-relevant ones; ${run.wrongPromoted.length} wrong rewrites promoted`,
    },
    {
      name: 'Applying 1,000 learned rewrites',
      value: round(median(applied), 1),
      unit: 'µs',
      detail: 'median of 4,000 requests',
    },
    {
      name: 'interpret() after 1,000 learned rewrites',
      value: round(median(whole), 1),
      unit: 'µs',
      budget: 50,
      detail: `median of 2,000, interpret() given the rewrites (the same requests with nothing learned: ${round(median(alone), 1)} µs)`,
    },
  ];
  return { title: 'Learning (Node)', figures, notes: [] };
}
